// What only the browser build shows: the extension runs in the web worker extension host from the
// installed .vsix, and finds `.smslintrc.json` on a file system of any URI scheme through the editor.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { activateExtension, describeDiagnostic, waitForDiagnostics, closeEverything } = require('../../vscode/suite/editor-session');
const { MemoryFileSystem } = require('./memory-file-system');

/* global SMS_EXPECTED_EXTENSION_PATH, importScripts */

describe('SMS Templates in the browser', () => {
  let extension;

  before(async () => {
    extension = await activateExtension();
  });

  afterEach(async () => {
    await closeEverything();
  });

  it('runs in the web worker extension host, from the installed .vsix', async () => {
    assert.equal(typeof importScripts, 'function', 'a worker global scope');
    assert.equal(extension.extensionKind, vscode.ExtensionKind.UI);
    assert.equal(extension.extensionUri.path, SMS_EXPECTED_EXTENSION_PATH);
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, 'client'))), 'no source tree beside the bundles');
  });

  it('a failed assertion says what it compared (npm assert in the worker, no ReferenceError)', () => {
    assert.throws(
      () => assert.equal('GSM-7 · 1 SMS', 'UCS-2 · 2 SMS'),
      (error) => error instanceof assert.AssertionError && error.message.includes("+ 'GSM-7 · 1 SMS'\n- 'UCS-2 · 2 SMS'"),
    );
  });

  it('finds .smslintrc.json on a file system of another scheme, walking up from the template', async () => {
    const files = new MemoryFileSystem();
    const registration = vscode.workspace.registerFileSystemProvider('sms-memfs', files);
    try {
      files.put('/campaign/.smslintrc.json', '{ "rules": { "non-gsm-character": "error" } }\n');
      files.put('/campaign/spring/offer.sms', 'Contoso: it’s spring. Reply STOP to opt out.\n');
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('sms-memfs:/campaign/spring/offer.sms'));
      await vscode.window.showTextDocument(document);
      assert.equal(document.languageId, 'sms');
      const expected = [{ code: 'non-gsm-character', severity: 'error', range: [0, 11, 0, 12] }];
      await waitForDiagnostics(
        document.uri,
        (diagnostics) => JSON.stringify(diagnostics.map(describeDiagnostic)) === JSON.stringify(expected),
        'non-gsm-character as an error, from sms-memfs:/campaign/.smslintrc.json',
      );
    } finally {
      await closeEverything();
      registration.dispose();
    }
  });
});

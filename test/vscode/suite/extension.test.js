// The extension in a real VS Code: diagnostics, hover, code actions, settings, status bar,
// workspace diagnostics and inlay hints, all through the public VS Code API.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const {
  activateExtension,
  openTemplate,
  describeDiagnostic,
  waitForDiagnostics,
  waitFor,
  waitForStatus,
  updateSetting,
  closeEverything,
  hoverText,
  startJsonLanguageFeatures,
  workspaceUri,
} = require('./editor-session');

const docs = 'https://github.com/sms-templates/vscode-sms-templates/blob/main/docs/rules.md';

// Expected diagnostics per fixture, with default settings: [rule, severity, [line, char, line, char]].
const expectedDiagnostics = {
  'curly-quote.sms': [{ code: 'non-gsm-character', severity: 'warning', range: [0, 56, 0, 57] }],
  'several-characters.sms': [
    { code: 'non-gsm-character', severity: 'warning', range: [0, 0, 0, 1] },
    { code: 'non-gsm-character', severity: 'warning', range: [0, 3, 0, 4] },
    { code: 'non-gsm-character', severity: 'warning', range: [0, 5, 0, 6] },
    { code: 'non-gsm-character', severity: 'warning', range: [0, 33, 0, 34] },
  ],
  'broken-front-matter.sms': [
    { code: 'invalid-front-matter', severity: 'error', range: [2, 13, 2, 16] },
    { code: 'invalid-front-matter', severity: 'error', range: [3, 0, 3, 6] },
    { code: 'non-gsm-character', severity: 'warning', range: [5, 33, 5, 34] },
  ],
  'unopened.sms': [{ code: 'non-gsm-character', severity: 'warning', range: [0, 29, 0, 30] }],
  'long.sms': [],
};

// The status bar text for each state, in the SPEC's `GSM-7 · 2 SMS · 187/306` form.
const expectedStatus = {
  curlyQuote: 'UCS-2 · 2 SMS · 90/134',
  curlyQuoteFixed: 'GSM-7 · 1 SMS · 90/160',
  long: 'GSM-7 · 2 SMS · 186/306',
};

const curlyQuoteFixedText = "Contoso: your parcel arrives today between 9 and 11. Don't miss it! Reply STOP to opt out.\n";
const severalCharactersFixedText = '"Hi" - your table for 2 is booked... See you soon. Reply STOP to opt out.\n';
const saveFixFixedText = 'Contoso: doors open at 7 - bring your ticket. Reply STOP to opt out.\n';

const sameAs = (expected) => (diagnostics) =>
  JSON.stringify(diagnostics.map(describeDiagnostic)) === JSON.stringify(expected);

describe('SMS Templates in VS Code', () => {
  let extension;

  before(async () => {
    // The tests edit fixtures and revert them in afterEach: an editor that saves edits by itself
    // would keep them on disk, and later tests would open the edited text.
    assert.equal(vscode.workspace.getConfiguration('files').get('autoSave'), 'off', 'files.autoSave must be off for this suite');
    extension = await activateExtension();
    await startJsonLanguageFeatures();
  });

  afterEach(async () => {
    await closeEverything();
  });

  it('runs the extension from the installed .vsix, not from the source tree', function () {
    const expected = process.env.SMS_EXPECTED_EXTENSION_PATH;
    if (!expected) this.skip(); // Only the code-server runner installs the .vsix and says where.
    assert.equal(fs.realpathSync(extension.extensionPath), fs.realpathSync(expected));
    assert.equal(fs.existsSync(path.join(extension.extensionPath, 'client')), false);
  });

  it('opens .sms files as the sms language', async () => {
    const { document } = await openTemplate('curly-quote.sms');
    assert.equal(document.languageId, 'sms');
  });

  it('reports a curly apostrophe as non-gsm-character with source, docs link and narrow range', async () => {
    const { document } = await openTemplate('curly-quote.sms');
    const [diagnostic] = await waitForDiagnostics(document.uri, sameAs(expectedDiagnostics['curly-quote.sms']), 'the curly apostrophe warning');
    assert.equal(diagnostic.source, 'sms');
    assert.equal(diagnostic.code.target.toString(true), `${docs}#non-gsm-character`);
    assert.match(diagnostic.message, /forces UCS-2: 2 segments instead of 1/);
  });

  it('hover on the curly apostrophe names its code point and its GSM look-alike', async () => {
    const { document } = await openTemplate('curly-quote.sms');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 56));
    const text = hoverText(hovers);
    assert.match(text, /U\+2019/);
    assert.match(text, /not GSM/i);
    assert.match(text, /`'`/);
  });

  it('hover on plain body text shows the encoding and the segment count', async () => {
    const { document } = await openTemplate('curly-quote.sms');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 3));
    const text = hoverText(hovers);
    assert.match(text, /UCS-2/);
    assert.match(text, /2 segments|2 SMS/);
  });

  it('quick fix swaps the curly apostrophe and the warning goes away', async () => {
    const { document } = await openTemplate('curly-quote.sms');
    const [diagnostic] = await waitForDiagnostics(document.uri, sameAs(expectedDiagnostics['curly-quote.sms']), 'the curly apostrophe warning');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const swap = actions.find((action) => action.title.startsWith("’ → '"));
    assert.ok(swap, `no "’ → '" quick fix among ${JSON.stringify(actions.map((action) => action.title))}`);
    assert.ok(swap.edit, 'the quick fix carries its edit');
    assert.equal(await vscode.workspace.applyEdit(swap.edit), true);
    assert.equal(document.getText(), curlyQuoteFixedText);
    await waitForDiagnostics(document.uri, sameAs([]), 'no diagnostics after the fix');
  });

  it('status bar shows the active template’s count and follows an edit', async () => {
    const api = extension.exports;
    assert.equal(typeof (api && api.statusText), 'function', 'the extension exports statusText()');
    assert.equal(typeof api.onDidChangeStatus, 'function', 'the extension exports onDidChangeStatus');
    const { document, editor } = await openTemplate('curly-quote.sms');
    await waitForStatus(api, expectedStatus.curlyQuote);
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 56, 0, 57), "'"));
    assert.equal(document.getText(), curlyQuoteFixedText);
    await waitForStatus(api, expectedStatus.curlyQuoteFixed);
    await openTemplate('long.sms');
    await waitForStatus(api, expectedStatus.long);
  });

  it('onDidChangeStatus fires with the new status bar text when the active template changes', async () => {
    const api = extension.exports;
    await openTemplate('curly-quote.sms');
    await waitForStatus(api, expectedStatus.curlyQuote);
    const fired = [];
    const subscription = api.onDidChangeStatus((text) => fired.push(text));
    try {
      await openTemplate('long.sms');
      await waitForStatus(api, expectedStatus.long);
    } finally {
      subscription.dispose();
    }
    assert.equal(fired[fired.length - 1], expectedStatus.long);
    assert.ok(fired.every((text) => text !== expectedStatus.curlyQuote), `fired again with the old text: ${JSON.stringify(fired)}`);
  });

  it('source.fixAll.sms replaces every look-alike and nothing else', async () => {
    const { document } = await openTemplate('several-characters.sms');
    await waitForDiagnostics(document.uri, sameAs(expectedDiagnostics['several-characters.sms']), 'four look-alike warnings');
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, whole, 'source.fixAll.sms');
    const fixAll = actions.find((action) => action.kind && action.kind.value === 'source.fixAll.sms');
    assert.ok(fixAll, `no source.fixAll.sms action among ${JSON.stringify(actions.map((action) => action.title))}`);
    assert.equal(await vscode.workspace.applyEdit(fixAll.edit), true);
    assert.equal(document.getText(), severalCharactersFixedText);
    await waitForDiagnostics(document.uri, sameAs([]), 'no diagnostics after fix all');
  });

  it('"fix all in file" quick fix is offered next to the single fix', async () => {
    const { document } = await openTemplate('several-characters.sms');
    const [first] = await waitForDiagnostics(document.uri, sameAs(expectedDiagnostics['several-characters.sms']), 'four look-alike warnings');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, first.range, vscode.CodeActionKind.QuickFix.value);
    const fixes = actions.filter((action) => action.edit);
    const all = fixes.find((action) => action.edit.size === 1 && action.edit.get(document.uri).length === 4);
    assert.ok(all, `no quick fix with all four edits among ${JSON.stringify(fixes.map((action) => action.title))}`);
    assert.equal(await vscode.workspace.applyEdit(all.edit), true);
    assert.equal(document.getText(), severalCharactersFixedText);
  });

  it('editor.codeActionsOnSave with source.fixAll.sms fixes the file when it is saved', async () => {
    const uri = workspaceUri('save-fix.sms');
    const original = await vscode.workspace.fs.readFile(uri);
    await updateSetting('editor', 'codeActionsOnSave', { 'source.fixAll.sms': 'explicit' }, { languageId: 'sms' });
    try {
      const { document, editor } = await openTemplate('save-fix.sms');
      await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.length === 1, 'the en dash warning');
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), ' '));
      await editor.edit((edit) => edit.delete(new vscode.Range(0, 0, 0, 1)));
      await vscode.commands.executeCommand('workbench.action.files.save');
      assert.equal(document.isDirty, false);
      assert.equal(document.getText(), saveFixFixedText);
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), saveFixFixedText);
    } finally {
      await updateSetting('editor', 'codeActionsOnSave', undefined, { languageId: 'sms' });
      await vscode.workspace.fs.writeFile(uri, original);
    }
  });

  it('fix on save applies safe fixes only: a transliteration and an appended opt-out stay offered', async () => {
    const uri = workspaceUri('save-unsafe.sms');
    const original = await vscode.workspace.fs.readFile(uri);
    await updateSetting('editor', 'codeActionsOnSave', { 'source.fixAll.sms': 'explicit' }, { languageId: 'sms' });
    try {
      const { document, editor } = await openTemplate('save-unsafe.sms');
      await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.length === 3, 'ó, the en dash and the missing opt-out');
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), ' '));
      await editor.edit((edit) => edit.delete(new vscode.Range(0, 0, 0, 1)));
      await vscode.commands.executeCommand('workbench.action.files.save');
      assert.equal(document.getText(), 'Su código - listo\n');
      const left = await waitForDiagnostics(document.uri, (diagnostics) => diagnostics.length === 2, 'ó and the missing opt-out left');
      const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, left.find((d) => d.range.start.character === 4).range, vscode.CodeActionKind.QuickFix.value);
      const titles = actions.map((action) => action.title);
      assert.ok(titles.some((title) => title.startsWith('ó → o [unsafe: changes spelling]')), JSON.stringify(titles));
      assert.ok(actions.filter((action) => action.title.includes('[unsafe')).every((action) => action.isPreferred !== true), JSON.stringify(titles));
    } finally {
      await updateSetting('editor', 'codeActionsOnSave', undefined, { languageId: 'sms' });
      await vscode.workspace.fs.writeFile(uri, original);
    }
  });

  it('sms.maxSegments = 1 reports segment-overflow on the text past the first segment', async () => {
    const { document } = await openTemplate('long.sms');
    await waitForDiagnostics(document.uri, sameAs([]), 'a clean two-segment message');
    await updateSetting('sms', 'maxSegments', 1);
    try {
      await waitForDiagnostics(document.uri, sameAs([{ code: 'segment-overflow', severity: 'warning', range: [0, 153, 0, 186] }]), 'segment-overflow after the setting change');
    } finally {
      await updateSetting('sms', 'maxSegments', undefined);
    }
    await waitForDiagnostics(document.uri, sameAs([]), 'no overflow once the setting is back');
  });

  it('sms.rules turns a rule off and changes another rule’s severity', async () => {
    const { document } = await openTemplate('broken-front-matter.sms');
    await waitForDiagnostics(document.uri, sameAs(expectedDiagnostics['broken-front-matter.sms']), 'the broken front matter diagnostics');
    await updateSetting('sms', 'rules', { 'non-gsm-character': 'off', 'invalid-front-matter': 'warning' });
    try {
      await waitForDiagnostics(
        document.uri,
        sameAs([
          { code: 'invalid-front-matter', severity: 'warning', range: [2, 13, 2, 16] },
          { code: 'invalid-front-matter', severity: 'warning', range: [3, 0, 3, 6] },
        ]),
        'the rules setting to take effect',
      );
    } finally {
      await updateSetting('sms', 'rules', undefined);
    }
  });

  it('broken front matter: an error on each bad key or value, and the body is still linted', async () => {
    const { document } = await openTemplate('broken-front-matter.sms');
    const diagnostics = await waitForDiagnostics(document.uri, sameAs(expectedDiagnostics['broken-front-matter.sms']), 'the broken front matter diagnostics');
    assert.match(diagnostics[0].message, /maxSegments/);
    assert.match(diagnostics[1].message, /colour/);
  });

  it('workspace diagnostics report a template that was never opened', async () => {
    const uri = workspaceUri('unopened.sms');
    await waitForDiagnostics(uri, sameAs(expectedDiagnostics['unopened.sms']), 'workspace diagnostics for unopened.sms');
    assert.equal(vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString()), false);
  });

  it('an inlay hint marks where the second segment starts', async () => {
    const { document } = await openTemplate('long.sms');
    const hints = await vscode.commands.executeCommand('vscode.executeInlayHintProvider', document.uri, new vscode.Range(0, 0, document.lineCount, 0));
    assert.deepEqual(hints.map((hint) => [hint.position.line, hint.position.character]), [[0, 153]]);
  });

  it('typing the message body pops up no word completions (Enter starts a new line)', async () => {
    const { document } = await openTemplate('long.sms');
    // After "to" in "open 8am to": every other word of the message is a word-based candidate.
    const position = new vscode.Position(0, document.lineAt(0).text.indexOf(' to 9pm') + 3);
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, position);
    assert.deepEqual(list.items.map((item) => item.label), []);
  });

  it('front matter values are suggested as you type, quoted or not', () => {
    const quickSuggestions = vscode.workspace.getConfiguration('editor', { languageId: 'sms' }).get('quickSuggestions');
    assert.deepEqual(quickSuggestions, { other: 'on', comments: 'off', strings: 'on' });
  });

  it('the segments view wraps its lines, so each segment reads in full', async () => {
    const { document } = await openTemplate('long.sms');
    await vscode.commands.executeCommand('sms.showSegments');
    const view = await waitFor(
      () => vscode.window.visibleTextEditors.find((editor) => editor.document.uri.scheme === 'sms-segments' && editor.document.languageId === 'sms-segments'),
      'the segments view in its own language',
      15000,
      () => JSON.stringify(vscode.window.visibleTextEditors.map((editor) => [editor.document.uri.toString(), editor.document.languageId])),
      [vscode.window.onDidChangeVisibleTextEditors],
    );
    assert.equal(view.document.uri.query, document.uri.toString());
    assert.equal(vscode.workspace.getConfiguration('editor', view.document).get('wordWrap'), 'on');
  });

  it('registers the show segments, convert to GSM-7 and lint workspace commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.deepEqual(['sms.showSegments', 'sms.convertToGsm', 'sms.lintWorkspace'].filter((id) => !commands.includes(id)), []);
  });

  it('sms.convertToGsm turns the active template into GSM-7 text', async () => {
    const { document } = await openTemplate('several-characters.sms');
    await vscode.commands.executeCommand('sms.convertToGsm');
    await waitFor(() => (document.getText() === severalCharactersFixedText ? true : undefined), 'the converted text', 15000, () => JSON.stringify(document.getText()));
    await waitForDiagnostics(document.uri, sameAs([]), 'no diagnostics after the conversion');
  });

  // Locale files that .smslintrc.json's sources name: linted whatever their language id, in both
  // builds (in the browser the server reads the config and the files through the editor).
  describe('locale files', () => {
    const expectedLocale = {
      'res/sms_es.properties': [{ code: 'non-gsm-character', severity: 'warning', range: [0, 8, 0, 14] }],
      'locales/es/sms.json': [
        { code: 'non-gsm-character', severity: 'warning', range: [1, 14, 1, 20] },
        { code: 'non-gsm-character', severity: 'warning', range: [1, 37, 1, 43] },
      ],
    };
    for (const [name, expected] of Object.entries(expectedLocale)) {
      it(`${name}: findings cover the escapes, in a ${name.endsWith('.json') ? 'json' : 'properties'} document`, async () => {
        const { document } = await openTemplate(name);
        assert.notEqual(document.languageId, 'sms');
        await waitForDiagnostics(document.uri, sameAs(expected), `diagnostics for ${name}`);
      });
    }

    it('hover in a locale file speaks of the message under the cursor: key, locale and cost', async () => {
      const { document } = await openTemplate('res/sms_es.properties');
      await waitForDiagnostics(document.uri, sameAs(expectedLocale['res/sms_es.properties']), 'diagnostics for sms_es.properties');
      const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 2));
      assert.match(hoverText(hovers), /\*\*SMS\*\* `otp` · es\n\nUCS-2 · 1 SMS/);
    });

    it('the status bar names the message under the cursor', async () => {
      const { editor } = await openTemplate('res/sms_es.properties');
      editor.selection = new vscode.Selection(0, 6, 0, 6);
      await waitForStatus(extension.exports, 'otp [es] · UCS-2 · 1 SMS · 20/70');
    });

    it('the status bar item shows the segments of the message under the cursor', async () => {
      const { editor, document } = await openTemplate('res/sms_es.properties');
      editor.selection = new vscode.Selection(0, 6, 0, 6);
      await waitForStatus(extension.exports, 'otp [es] · UCS-2 · 1 SMS · 20/70');
      await vscode.commands.executeCommand('sms.showSegments');
      const view = await waitFor(
        () => vscode.window.visibleTextEditors.find((each) => each.document.uri.scheme === 'sms-segments' && each.document.uri.query === document.uri.toString()),
        'the segments view of the message',
        15000,
        () => JSON.stringify(vscode.window.visibleTextEditors.map((each) => each.document.uri.toString())),
        [vscode.window.onDidChangeVisibleTextEditors],
      );
      assert.match(view.document.getText(), /^otp \[es\] · UCS-2 · 1 SMS · 20\/70 /);
      assert.match(view.document.getText(), /── Segment 1 of 1 · 20\/70 UCS-2 units · line 1 ──\nTu código es 123456\./);
      await closeEverything();
    });

    it('the quick fix on \\u2019 writes an apostrophe and the JSON stays valid', async () => {
      const { document } = await openTemplate('locales/es/sms.json');
      const [, quote] = await waitForDiagnostics(document.uri, sameAs(expectedLocale['locales/es/sms.json']), 'diagnostics for sms.json');
      const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, quote.range, 'quickfix');
      const fix = actions.find((action) => action.edit);
      await vscode.workspace.applyEdit(fix.edit);
      assert.equal(JSON.parse(document.getText()).otp, "Tu código es {{code}} '");
      await closeEverything();
    });
  });
});

// A change on disk re-lints what it affects, not the workspace (issue 12 item 4): a `.smslintrc.json`
// the documents under its folder, a locale file itself and, for Fluent, its locale's other files.
// What the client is told shows it: after the refresh, every other document's pull is Unchanged, and
// a client without pulls is sent diagnostics for the affected documents only.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { plainCapabilities, startServer, uriOf } from './in-process-session.mjs';

const twoSegments = `${'a'.repeat(170)} Reply STOP to opt out.`;
const rootConfig = {
  sources: [
    { files: 'locale/*/*.ftl', format: 'fluent', rules: { 'missing-opt-out': 'off' } },
    { files: 'res/sms_*.properties', format: 'properties', rules: { 'missing-opt-out': 'off' } },
  ],
};
const files = {
  '.smslintrc.json': JSON.stringify(rootConfig),
  'a/.smslintrc.json': JSON.stringify({ maxSegments: 3 }),
  'a/one.sms': twoSegments,
  'a/deep/three.sms': twoSegments,
  'b/two.sms': twoSegments,
  'b/four.sms': twoSegments,
  'locale/de/brand.ftl': '-brand = Contoso\n',
  'locale/de/auth.ftl': 'recovery = { -brand } code: 1234\n',
  'locale/fr/brand.ftl': '-brand = Contoso\n',
  'locale/fr/auth.ftl': 'recovery = { -brand } code : 1234\n',
  'res/sms_es.properties': 'otp=Tu codigo es 1234.\n',
  'res/sms_fr.properties': 'otp=Votre code est 1234.\n',
};

function makeWorkspace() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-relint-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), text);
  }
  return folder;
}

const codes = (report) => report.items.map((diagnostic) => diagnostic.code);

describe('a change on disk re-lints what it affects (pull diagnostics)', () => {
  let folder;
  let server;
  const at = (file) => uriOf(path.join(folder, file));
  const open = ['a/one.sms', 'b/two.sms', 'locale/de/auth.ftl', 'locale/fr/auth.ftl', 'res/sms_es.properties'];
  /** file → its last result id, from document pulls. */
  const resultIds = new Map();

  async function pull(file) {
    const report = await server.diagnostics(at(file), resultIds.get(file));
    if (report.resultId !== undefined) resultIds.set(file, report.resultId);
    return report;
  }

  /** Each open document's pull: `full` when it was linted again, `unchanged` when not. */
  async function kindsOfOpen() {
    const kinds = {};
    for (const file of open) kinds[file] = (await pull(file)).kind;
    return kinds;
  }

  async function changedOnDisk(file, text) {
    fs.writeFileSync(path.join(folder, file), text);
    const refreshed = server.next('diagnosticRefresh');
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: at(file), type: 2 }] });
    await refreshed;
  }

  before(async () => {
    folder = makeWorkspace();
    server = await startServer({ workspaceFolders: [folder] });
    for (const file of open) {
      server.open(at(file), fs.readFileSync(path.join(folder, file), 'utf8'));
      await pull(file);
    }
  });
  after(async () => {
    await server?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('a .smslintrc.json change re-lints the documents under its folder, and only those', async () => {
    assert.deepEqual(codes(await server.diagnostics(at('a/one.sms'))), []);
    const workspaceIds = new Map();
    for (const item of (await server.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })).items) workspaceIds.set(item.uri, item.resultId);

    await changedOnDisk('a/.smslintrc.json', JSON.stringify({ maxSegments: 1 }));

    assert.deepEqual(await kindsOfOpen(), {
      'a/one.sms': 'full',
      'b/two.sms': 'unchanged',
      'locale/de/auth.ftl': 'unchanged',
      'locale/fr/auth.ftl': 'unchanged',
      'res/sms_es.properties': 'unchanged',
    });
    assert.deepEqual(codes(await server.diagnostics(at('a/one.sms'))), ['segment-overflow']);

    const previousResultIds = [...workspaceIds].map(([uri, value]) => ({ uri, value }));
    const report = await server.connection.sendRequest('workspace/diagnostic', { previousResultIds });
    const unopened = Object.fromEntries(
      report.items.filter((item) => item.uri.endsWith('three.sms') || item.uri.endsWith('four.sms') || item.uri.endsWith('sms_fr.properties')).map((item) => [path.relative(folder, new URL(item.uri).pathname), item.kind]),
    );
    assert.deepEqual(unopened, { 'a/deep/three.sms': 'full', 'b/four.sms': 'unchanged', 'res/sms_fr.properties': 'unchanged' });
  });

  test("a Fluent file's change re-lints its locale's other files, which use its terms, and nothing else", async () => {
    for (const file of open) await pull(file);
    await changedOnDisk('locale/de/brand.ftl', '-brand = Contoso – München\n');

    assert.deepEqual(await kindsOfOpen(), {
      'a/one.sms': 'unchanged',
      'b/two.sms': 'unchanged',
      'locale/de/auth.ftl': 'full',
      'locale/fr/auth.ftl': 'unchanged',
      'res/sms_es.properties': 'unchanged',
    });
    // The term's new text is in the message now: a character GSM-7 lacks.
    assert.deepEqual(codes(await server.diagnostics(at('locale/de/auth.ftl'))), ['non-gsm-character']);
  });

  test('a term typed into an open .ftl file and closed unsaved is not used once the file is closed', async () => {
    // Open fr/brand.ftl and type a term text with a character GSM-7 lacks, without saving it.
    // (Opening a file that defines terms asks the client to pull again once typing pauses.)
    let refreshed = server.next('diagnosticRefresh');
    server.open(at('locale/fr/brand.ftl'), '-brand = Contoso – Paris\n');
    await refreshed;
    // The folder's files are read again (a change on disk), while the unsaved text is open.
    await changedOnDisk('locale/fr/brand.ftl', '-brand = Contoso\n');
    assert.deepEqual(codes(await server.diagnostics(at('locale/fr/auth.ftl'))), ['non-gsm-character'], 'the open, unsaved term is used');
    // Closed without saving: the file on disk is the term again.
    refreshed = server.next('diagnosticRefresh');
    server.close(at('locale/fr/brand.ftl'));
    await refreshed;
    assert.deepEqual(codes(await server.diagnostics(at('locale/fr/auth.ftl'))), [], 'the saved term is used');
  });

  test('a term typed (unsaved) into an open .ftl file re-lints its locale’s other files once typing pauses, and nothing else', async () => {
    for (const file of open) await pull(file);
    let refreshed = server.next('diagnosticRefresh');
    server.open(at('locale/fr/brand.ftl'), files['locale/fr/brand.ftl']);
    await refreshed;
    for (const file of open) await pull(file);
    // Three keystrokes, then the pause's request to pull again.
    refreshed = server.next('diagnosticRefresh');
    server.change(at('locale/fr/brand.ftl'), [{ text: '-brand = Contoso –\n' }]);
    server.change(at('locale/fr/brand.ftl'), [{ text: '-brand = Contoso – P\n' }]);
    server.change(at('locale/fr/brand.ftl'), [{ text: '-brand = Contoso – Paris\n' }]);
    await refreshed;
    assert.deepEqual(await kindsOfOpen(), {
      'a/one.sms': 'unchanged',
      'b/two.sms': 'unchanged',
      'locale/de/auth.ftl': 'unchanged',
      'locale/fr/auth.ftl': 'full',
      'res/sms_es.properties': 'unchanged',
    });
    // The term as typed is in the message: a character GSM-7 lacks.
    assert.deepEqual(codes(await server.diagnostics(at('locale/fr/auth.ftl'))), ['non-gsm-character']);
    // Typing in a file without terms asks nothing of the others.
    server.change(at('locale/fr/auth.ftl'), [{ text: 'recovery = { -brand } code : 12345\n' }]);
    server.change(at('locale/fr/auth.ftl'), [{ text: files['locale/fr/auth.ftl'] }]);
    // Closed unsaved: back to the saved term.
    refreshed = server.next('diagnosticRefresh');
    server.close(at('locale/fr/brand.ftl'));
    await refreshed;
    assert.deepEqual(codes(await server.diagnostics(at('locale/fr/auth.ftl'))), []);
  });

  test("a properties file's change re-lints that file only", async () => {
    for (const file of open) await pull(file);
    const workspaceIds = (await server.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })).items.map((item) => ({ uri: item.uri, value: item.resultId }));
    await changedOnDisk('res/sms_fr.properties', 'otp=Votre code est 1234 – merci.\n');
    assert.deepEqual(await kindsOfOpen(), {
      'a/one.sms': 'unchanged',
      'b/two.sms': 'unchanged',
      'locale/de/auth.ftl': 'unchanged',
      'locale/fr/auth.ftl': 'unchanged',
      'res/sms_es.properties': 'unchanged',
    });
    const report = await server.connection.sendRequest('workspace/diagnostic', { previousResultIds: workspaceIds });
    const full = report.items.filter((item) => item.kind === 'full').map((item) => [path.relative(folder, new URL(item.uri).pathname), codes(item)]);
    assert.deepEqual(full, [['res/sms_fr.properties', ['non-gsm-character']]]);
  });
});

describe('a change on disk re-lints what it affects (published diagnostics)', () => {
  let folder;
  let server;
  const at = (file) => uriOf(path.join(folder, file));

  before(async () => {
    folder = makeWorkspace();
    server = await startServer({ workspaceFolders: [folder], capabilities: plainCapabilities });
  });
  after(async () => {
    await server?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('a .smslintrc.json change publishes the documents under its folder, and only those', async () => {
    for (const file of ['a/one.sms', 'b/two.sms']) {
      const published = server.next('publishDiagnostics', (params) => params.uri === at(file));
      server.open(at(file), twoSegments);
      assert.deepEqual((await published).diagnostics, []);
    }
    const since = [];
    server.events.on('publishDiagnostics', (params) => since.push(path.relative(folder, new URL(params.uri).pathname)));
    fs.writeFileSync(path.join(folder, 'a/.smslintrc.json'), JSON.stringify({ maxSegments: 1 }));
    const republished = server.next('publishDiagnostics', (params) => params.uri === at('a/one.sms'));
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: at('a/.smslintrc.json'), type: 2 }] });
    assert.deepEqual((await republished).diagnostics.map((diagnostic) => diagnostic.code), ['segment-overflow']);
    // An edit's publish comes after any publish scheduled with the change: b's would have come first.
    const edited = server.next('publishDiagnostics', (params) => params.uri === at('a/one.sms'));
    server.change(at('a/one.sms'), [{ text: 'Hi. Reply STOP to opt out.' }]);
    await edited;
    assert.deepEqual(since, ['a/one.sms', 'a/one.sms']);
  });
});

// The browser build of the server (dist/web/server.js) in a worker: it lints through the same
// handlers, and reaches files only through the client's sms/readFile and sms/findFiles — configs
// from the template's folder up to its workspace folder (any URI scheme), workspace diagnostics
// from the client's listing, and none where the client cannot list; locale files that a source
// names, their Fluent terms from the locale's other files, Compare Translations where the client
// can list and a clear reason where it cannot.
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startWorkerServer } from './worker-session.mjs';

const folder = 'vscode-vfs://github/contoso/templates';
const template = `${folder}/alerts/parcel.sms`;
const parcel = 'Contoso: your parcel’s on its way. Reply STOP to opt out.\n';
const severities = (report) => report.items.map((item) => [item.code, item.severity]);

describe('the server in a Web Worker', () => {
  let server;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  test('lints an open template with the engine as in Node', async () => {
    server = await startWorkerServer({ workspaceFolders: [folder] });
    server.open(template, parcel);
    const report = await server.diagnostics(template);
    assert.deepEqual(severities(report), [['non-gsm-character', 2]]);
    assert.deepEqual(report.items[0].range, { start: { line: 0, character: 20 }, end: { line: 0, character: 21 } });
  });

  test('.smslintrc.json is looked for from the template’s folder up to its workspace folder, not above', async () => {
    const files = new Map([[`vscode-vfs://github/contoso/.smslintrc.json`, '{ "rules": { "non-gsm-character": "off" } }']]);
    server = await startWorkerServer({ files, workspaceFolders: [folder] });
    server.open(template, parcel);
    assert.deepEqual(severities(await server.diagnostics(template)), [['non-gsm-character', 2]]);
    assert.deepEqual(
      server.asked.filter(([method]) => method === 'sms/readFile').map(([, uri]) => uri),
      [`${folder}/alerts/.smslintrc.json`, `${folder}/.smslintrc.json`],
    );
  });

  test('a .smslintrc.json created in the workspace folder applies once the client reports it', async () => {
    const files = new Map();
    server = await startWorkerServer({ files, workspaceFolders: [folder] });
    server.open(template, parcel);
    assert.deepEqual(severities(await server.diagnostics(template)), [['non-gsm-character', 2]]);
    files.set(`${folder}/.smslintrc.json`, '{ "rules": { "non-gsm-character": "error" } }');
    server.filesChanged([{ uri: `${folder}/.smslintrc.json`, type: 1 }]);
    // The change notification and the pull travel in order: the pull sees the new settings.
    assert.deepEqual(severities(await server.diagnostics(template)), [['non-gsm-character', 1]]);
    assert.equal(server.diagnosticRefreshes, 1);
  });

  test('a .smslintrc.json that is not valid JSON is reported, and the defaults apply', async () => {
    const files = new Map([[`${folder}/.smslintrc.json`, '{ "rules": ']]);
    server = await startWorkerServer({ files, workspaceFolders: [folder] });
    server.open(template, parcel);
    assert.deepEqual(severities(await server.diagnostics(template)), [['non-gsm-character', 2]]);
    assert.equal(server.messages.length, 1);
    assert.match(server.messages[0], /^vscode-vfs:\/\/github\/contoso\/templates\/\.smslintrc\.json: not valid JSON .*; using the defaults\.$/);
  });

  test('workspace diagnostics lint the templates the client lists, and report unchanged ones as unchanged', async () => {
    const unopened = `${folder}/promo/sale.sms`;
    const files = new Map([[unopened, 'Sale – today only! Reply STOP to opt out.']]);
    server = await startWorkerServer({ files, workspaceFolders: [folder], listing: () => [unopened] });
    const first = await server.workspaceDiagnostics();
    assert.deepEqual(first.items.map((item) => [item.uri, item.kind, item.items.map((d) => d.code)]), [[unopened, 'full', ['non-gsm-character']]]);
    assert.deepEqual(server.asked.find(([method]) => method === 'sms/findFiles'), ['sms/findFiles', folder, '**/*.sms', '**/{node_modules,.git}/**']);
    const second = await server.workspaceDiagnostics(first.items.map((item) => ({ uri: item.uri, value: item.resultId })));
    assert.deepEqual(second.items.map((item) => [item.uri, item.kind]), [[unopened, 'unchanged']]);
  });

  test('where the client cannot list the folder, workspace diagnostics report nothing and it is asked once', async () => {
    const files = new Map([[`${folder}/promo/sale.sms`, 'Sale – today only!']]);
    server = await startWorkerServer({ files, workspaceFolders: [folder], listing: () => null });
    assert.deepEqual((await server.workspaceDiagnostics()).items, []);
    assert.deepEqual((await server.workspaceDiagnostics()).items, []);
    assert.equal(server.asked.filter(([method]) => method === 'sms/findFiles').length, 1);
    assert.deepEqual(server.logs.filter((line) => line.includes('cannot list')), [
      `SMS: the editor cannot list the files of ${folder}; templates that are not open are not linted there.`,
    ]);
  });

  test('a client that does not offer file access is never asked for files', async () => {
    server = await startWorkerServer({ workspaceFolders: [folder], fileAccess: false, listing: () => [] });
    server.open(template, parcel);
    assert.deepEqual(severities(await server.diagnostics(template)), [['non-gsm-character', 2]]);
    assert.deepEqual((await server.workspaceDiagnostics()).items, []);
    assert.deepEqual(server.asked, []);
  });
});

describe('locale sources in a Web Worker', () => {
  let server;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  const config = JSON.stringify({
    sources: [
      { files: 'res/sms*.properties', format: 'properties', rules: { 'missing-opt-out': 'off' }, variables: { code: { example: '123456', maxLength: 6 } } },
      { files: 'locale/*/*.ftl', format: 'fluent', rules: { 'missing-opt-out': 'off' }, variables: { code: { example: '123456', maxLength: 6 } } },
    ],
  });
  const es = `${folder}/res/sms_es.properties`;
  const esText = 'otp=Tu c\\u00f3digo es {code}.\n';
  const request = (method, params) => server.connection.sendRequest(method, params);

  test('a locale file that a source names: diagnostics at the escape, hover, status, quick fix and fix-all', async () => {
    const files = new Map([[`${folder}/.smslintrc.json`, config], [es, esText]]);
    server = await startWorkerServer({ files, workspaceFolders: [folder] });
    server.open(es, esText, 1, 'properties');
    const report = await server.diagnostics(es);
    assert.deepEqual(report.items.map((item) => [item.code, item.range.start.character, item.range.end.character]), [['non-gsm-character', 8, 14]]);
    const hover = await request('textDocument/hover', { textDocument: { uri: es }, position: { line: 0, character: 6 } });
    assert.match(hover.contents.value, /^\*\*SMS\*\* `otp` · es\n\nUCS-2 · 1 SMS/);
    const status = await request('sms/segments', { uri: es, pieces: false, position: { line: 0, character: 6 } });
    assert.equal(status.label, 'otp [es] · UCS-2 · 1 SMS · 20/70');
    const actions = await request('textDocument/codeAction', { textDocument: { uri: es }, range: report.items[0].range, context: { diagnostics: report.items } });
    const editsOf = (action) => (action.edit.documentChanges?.[0].edits ?? action.edit.changes[es]).map((edit) => [edit.range.start.character, edit.range.end.character, edit.newText]);
    assert.deepEqual(
      actions.map((action) => [action.kind, action.title, editsOf(action)]),
      [['quickfix', 'ó → o [unsafe: changes spelling] — back to GSM-7: still 1 segment, room for 140 more characters instead of 50', [[8, 14, 'o']]]],
    );
  });

  test('a Fluent term from the locale’s other .ftl file is read through the editor (sms/readDirectory, sms/readFile)', async () => {
    const auth = `${folder}/locale/de/auth.ftl`;
    const authText = 'recovery = { -brand }-Code: { $code }\n';
    const files = new Map([[`${folder}/.smslintrc.json`, config], [auth, authText], [`${folder}/locale/de/brand.ftl`, '-brand = Contoso\n']]);
    server = await startWorkerServer({ files, workspaceFolders: [folder] });
    server.open(auth, authText, 1, 'plaintext');
    assert.deepEqual((await server.diagnostics(auth)).items, []);
    const status = await request('sms/segments', { uri: auth, pieces: false });
    // "Contoso-Code: " and the 6-character code.
    assert.equal(status.label, 'recovery [de] · GSM-7 · 1 SMS · 20/160');
    assert.deepEqual(server.asked.filter(([method]) => method === 'sms/readDirectory'), [['sms/readDirectory', `${folder}/locale/de`]]);
    assert.ok(server.asked.some(([method, uri]) => method === 'sms/readFile' && uri === `${folder}/locale/de/brand.ftl`));
  });

  test('without the other file the term is reported as not defined', async () => {
    const auth = `${folder}/locale/de/auth.ftl`;
    const authText = 'recovery = { -brand }-Code: { $code }\n';
    const files = new Map([[`${folder}/.smslintrc.json`, config], [auth, authText]]);
    server = await startWorkerServer({ files, workspaceFolders: [folder] });
    server.open(auth, authText, 1, 'plaintext');
    assert.deepEqual((await server.diagnostics(auth)).items.map((item) => [item.code, item.message.split(':')[0]]), [
      ['invalid-template', "Term `-brand` is not defined in this file or the locale's other .ftl files"],
      ['undeclared-variable', '`term-brand` is not declared'],
    ]);
  });

  test('Compare Translations lists the key in every locale the client lists, the worst first', async () => {
    const tr = `${folder}/res/sms_tr.properties`;
    const base = `${folder}/res/sms.properties`;
    const files = new Map([
      [`${folder}/.smslintrc.json`, config],
      [es, esText],
      [base, 'otp=Your code is {code}.\n'],
      [tr, 'otp=Kodunuz {code}. Bu kodu kimseyle paylaşmayın, güvende kalın ve iyi günler dileriz.\n'],
    ]);
    const listing = (base_, include) => (base_ === folder && include === 'res/sms*.properties' ? [tr, es, base] : []);
    server = await startWorkerServer({ files, workspaceFolders: [folder], listing });
    server.open(es, esText, 1, 'properties');
    const reply = await request('sms/compareTranslations', { uri: es, position: { line: 0, character: 6 } });
    assert.deepEqual(
      reply.rows.map((row) => [row.uri, row.locale, row.worstCase.encoding, row.worstCase.segments, row.worstCase.units]),
      [
        [tr, 'tr', 'UCS-2', 2, 82],
        [es, 'es', 'UCS-2', 1, 20],
        [base, null, 'GSM-7', 1, 20],
      ],
    );
    assert.equal(reply.unavailable, undefined);
  });

  test('where the client cannot list, Compare Translations says why and lists nothing', async () => {
    const files = new Map([[`${folder}/.smslintrc.json`, config], [es, esText]]);
    server = await startWorkerServer({ files, workspaceFolders: [folder], listing: () => null });
    server.open(es, esText, 1, 'properties');
    const reply = await request('sms/compareTranslations', { uri: es, position: { line: 0, character: 6 } });
    assert.deepEqual(reply, {
      key: 'otp',
      rows: [],
      unavailable: `The editor cannot list the files of ${folder}, so SMS: Compare Translations cannot find the other locales of "otp" here.`,
    });
    // The open file is still linted.
    assert.equal((await server.diagnostics(es)).items.length, 1);
  });

  test('workspace diagnostics include the locale files the client lists', async () => {
    const unopened = `${folder}/res/sms_pt.properties`;
    const files = new Map([[`${folder}/.smslintrc.json`, config], [unopened, 'otp=C\\u00f3digo {code}\n'], [`${folder}/package.json`, '{ "name": "it’s not a source" }']]);
    const listing = (base, include) => {
      if (include === '**/*.sms') return [];
      if (include === '**/.smslintrc.json') return [`${folder}/.smslintrc.json`];
      if (include === 'res/sms*.properties') return [unopened];
      return [];
    };
    server = await startWorkerServer({ files, workspaceFolders: [folder], listing });
    const report = await server.workspaceDiagnostics();
    assert.deepEqual(report.items.map((item) => [item.uri, item.kind, item.items.map((d) => d.code)]), [[unopened, 'full', ['non-gsm-character']]]);
  });
});

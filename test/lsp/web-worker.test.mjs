// The browser build of the server (dist/web/server.js) in a worker: it lints through the same
// handlers, and reaches files only through the client's sms/readFile and sms/findFiles — configs
// from the template's folder up to its workspace folder (any URI scheme), workspace diagnostics
// from the client's listing, and none where the client cannot list.
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

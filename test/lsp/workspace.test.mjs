// Workspace diagnostics: templates that are not open are linted from disk, node_modules is skipped,
// and unchanged files are reported as unchanged by their result id.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startServer, uriOf } from './in-process-session.mjs';

const files = {
  'offers.sms': 'Our best price: 10 € – today only. Reply STOP to opt out.',
  'sub/clean.sms': 'Your code is 493817. Reply STOP to opt out.',
  'node_modules/pkg/ignored.sms': 'It’s ignored.',
  'notes.txt': 'not a template',
};

describe('workspace diagnostics', () => {
  let folder;
  let server;
  let first;
  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-workspace-'));
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      fs.writeFileSync(path.join(folder, name), text);
    }
    server = await startServer({ workspaceFolders: [folder] });
  });
  after(async () => {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const summary = (report) =>
    report.items
      .map((item) => ({ file: path.relative(folder, new URL(item.uri).pathname), kind: item.kind, codes: item.items?.map((d) => d.code) }))
      .sort((a, b) => a.file.localeCompare(b.file));

  test('report every .sms file of the folder that is not open, skipping node_modules', async () => {
    first = await server.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] });
    assert.deepEqual(summary(first), [
      { file: 'offers.sms', kind: 'full', codes: ['non-gsm-character'] },
      { file: 'sub/clean.sms', kind: 'full', codes: [] },
    ]);
    const offers = first.items.find((item) => item.uri.endsWith('offers.sms'));
    assert.deepEqual(offers.items[0].range, { start: { line: 0, character: 21 }, end: { line: 0, character: 22 } });
    assert.equal(offers.version, null);
  });

  test('report files that did not change as unchanged when the client sends their result ids', async () => {
    const previousResultIds = first.items.map((item) => ({ uri: item.uri, value: item.resultId }));
    const second = await server.connection.sendRequest('workspace/diagnostic', { previousResultIds });
    assert.deepEqual(summary(second), [
      { file: 'offers.sms', kind: 'unchanged', codes: undefined },
      { file: 'sub/clean.sms', kind: 'unchanged', codes: undefined },
    ]);
  });

  test('re-lint a file that changed on disk', async () => {
    const file = path.join(folder, 'offers.sms');
    fs.writeFileSync(file, 'Our best price: 10 EUR - today only. Reply STOP to opt out.');
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(file, later, later);
    const previousResultIds = first.items.map((item) => ({ uri: item.uri, value: item.resultId }));
    const third = await server.connection.sendRequest('workspace/diagnostic', { previousResultIds });
    assert.deepEqual(summary(third), [
      { file: 'offers.sms', kind: 'full', codes: [] },
      { file: 'sub/clean.sms', kind: 'unchanged', codes: undefined },
    ]);
  });

  test('an open template is reported from its editor text with its version', async () => {
    const uri = uriOf(path.join(folder, 'sub', 'clean.sms'));
    server.open(uri, 'Your code is “493817”. Reply STOP to opt out.');
    const report = await server.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] });
    const clean = report.items.find((item) => item.uri === uri);
    assert.equal(clean.version, 1);
    assert.deepEqual(clean.items.map((d) => d.code), ['non-gsm-character', 'non-gsm-character']);
  });

  test('a new file appears once the client reports it as created', async () => {
    const file = path.join(folder, 'sub', 'new.sms');
    fs.writeFileSync(file, 'Hi… Reply STOP to opt out.');
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 1 }] });
    const report = await server.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] });
    assert.deepEqual(summary(report).map((item) => item.file), ['offers.sms', 'sub/clean.sms', 'sub/new.sms']);
  });
});

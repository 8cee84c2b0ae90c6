// Settings as the editor and `.smslintrc.json` give them: pulled per document, refreshed on change,
// invalid values replaced by defaults with one warning each, the config file applied over the editor.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startServer, uriOf } from './in-process-session.mjs';

/** 320 plain characters and an opt-out: 343 septets, three segments. */
const threeSegments = 'x'.repeat(290) + ' Reply STOP to opt out.';
/** 150 plain characters and an opt-out: two segments. */
const twoSegments = 'x'.repeat(150) + ' Reply STOP to opt out.';
const wholeFile = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };

const codes = (report) => report.items.map((d) => d.code);

describe('editor settings', () => {
  let server;
  before(async () => {
    server = await startServer({ settings: { maxSegments: 1 } });
  });
  after(() => server.stop());

  test('are pulled with section "sms" and the document as scope', async () => {
    const uri = 'file:///project/a/two.sms';
    server.open(uri, twoSegments);
    await server.diagnostics(uri);
    assert.deepEqual(server.configurationItems, [{ scopeUri: uri, section: 'sms' }]);
  });

  test('maxSegments: 1 from the editor makes a two-segment message a segment-overflow', async () => {
    assert.deepEqual(codes(await server.diagnostics('file:///project/a/two.sms')), ['segment-overflow']);
  });

  test('a settings change asks the client to re-pull diagnostics and inlay hints, and the new value applies', async () => {
    const uri = 'file:///project/a/two.sms';
    server.settings = { maxSegments: 2, inlayHints: { segmentBoundaries: false } };
    const refreshed = Promise.all([server.next('diagnosticRefresh'), server.next('inlayHintRefresh')]);
    server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await refreshed;
    assert.deepEqual(codes(await server.diagnostics(uri)), []);
  });

  test('inlayHints.segmentBoundaries: false turns the segment hints off', async () => {
    assert.deepEqual(await server.inlayHints('file:///project/a/two.sms', wholeFile), []);
  });
});

describe('invalid editor settings', () => {
  let server;
  before(async () => {
    server = await startServer({ settings: { maxSegments: 'two', lineBreaks: 'cr' } });
  });
  after(() => server.stop());

  test('give exactly one warning per problem, however many templates use them', async () => {
    for (const uri of ['file:///one/a.sms', 'file:///two/b.sms', 'file:///three/c.sms']) {
      server.open(uri, threeSegments);
      await server.diagnostics(uri);
    }
    assert.equal(server.messages.length, 2);
    assert.deepEqual(server.messages.map((m) => m.type), [2, 2]);
    assert.match(server.messages[0].message, /sms\.maxSegments/);
    assert.match(server.messages[1].message, /sms\.lineBreaks/);
  });

  test('fall back to the defaults: three segments break the default limit of 2', async () => {
    assert.deepEqual(codes(await server.diagnostics('file:///one/a.sms')), ['segment-overflow']);
  });

  test('a settings object that is not an object at all does not stop the server', async () => {
    server.settings = 'nonsense';
    server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await server.next('diagnosticRefresh');
    assert.deepEqual(codes(await server.diagnostics('file:///one/a.sms')), ['segment-overflow']);
  });
});

describe('.smslintrc.json', () => {
  let server;
  let folder;
  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-settings-'));
    fs.mkdirSync(path.join(folder, 'team', 'alerts'), { recursive: true });
    fs.mkdirSync(path.join(folder, 'other'));
    fs.writeFileSync(path.join(folder, 'team', '.smslintrc.json'), JSON.stringify({ maxSegments: 3 }));
    server = await startServer({ settings: { maxSegments: 1 } });
  });
  after(async () => {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('found from the file’s folder upward, overrides the editor settings', async () => {
    const uri = uriOf(path.join(folder, 'team', 'alerts', 'three.sms'));
    server.open(uri, threeSegments);
    assert.deepEqual(codes(await server.diagnostics(uri)), []);
  });

  test('does not apply to a folder outside it: the editor settings do', async () => {
    const uri = uriOf(path.join(folder, 'other', 'three.sms'));
    server.open(uri, threeSegments);
    assert.deepEqual(codes(await server.diagnostics(uri)), ['segment-overflow']);
  });

  test('a change to it, reported as a watched file, applies after a refresh', async () => {
    const config = path.join(folder, 'team', '.smslintrc.json');
    fs.writeFileSync(config, JSON.stringify({ maxSegments: 2 }));
    const refreshed = server.next('diagnosticRefresh');
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 2 }] });
    await refreshed;
    assert.deepEqual(codes(await server.diagnostics(uriOf(path.join(folder, 'team', 'alerts', 'three.sms')))), ['segment-overflow']);
  });

  test('invalid JSON in it gives one warning naming the file, and the editor settings apply', async () => {
    const config = path.join(folder, 'team', '.smslintrc.json');
    fs.writeFileSync(config, '{ "maxSegments": 3, }');
    const refreshed = server.next('diagnosticRefresh');
    server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 2 }] });
    await refreshed;
    const before = server.messages.length;
    const uri = uriOf(path.join(folder, 'team', 'alerts', 'three.sms'));
    assert.deepEqual(codes(await server.diagnostics(uri)), ['segment-overflow']);
    await server.diagnostics(uriOf(path.join(folder, 'team', 'alerts', 'another.sms')));
    const warnings = server.messages.slice(before);
    assert.equal(warnings.length, 1);
    assert.ok(warnings[0].message.includes(config), warnings[0].message);
  });
});

// What a send takes, through the language server (in-process): the body's hover, sms/segments (the
// status bar tooltip and the segments view, worded by the server), fix titles with the per-send
// savings, `sms.sending.*` from the editor (unset keys arrive as null) under the front matter.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startServer, uriOf } from './in-process-session.mjs';

const parcel = 'Contoso: your parcel’s on its way and arrives tomorrow. Track it at contoso.com/t. Reply STOP to opt out.';
const text = `---\nsender: toll-free\nsending: { recipients: 25000, numbers: 1 }\n---\n${parcel}\n`;
const sendLine = 'Send: 25,000 recipients × 2 segments = 50,000 message units · 4 h 10 min at 200 a minute (1 toll-free number) · costs 395 at 0.0079 a segment.';

describe('the send estimate in the editor', () => {
  let server;
  const uri = 'file:///project/parcel.sms';
  before(async () => {
    // As VS Code sends them: every sms.sending.* key, null where the user set nothing.
    server = await startServer({ settings: { sending: { recipients: null, numbers: null, vettingScore: null, useCase: null, pricePerSegment: 0.0079 } } });
    server.open(uri, text);
  });
  after(() => server.stop());

  test('the body hover ends with the send: units, time at the toll-free rate, cost at the price from the settings', async () => {
    const hover = await server.hover(uri, { line: 4, character: 8 }); // the space after "Contoso:"
    assert.equal(
      hover.contents.value,
      '**Message** UCS-2 · 105 UCS-2 units · 2 segments of 67 UCS-2 units each  \n' +
        '**Segment 1 of 2** 67 UCS-2 units, room for 0 more  \n' +
        '**Worst case** the same (no variables)  \n' +
        '**Send** 25,000 recipients × 2 segments = 50,000 message units · 4 h 10 min at 200 a minute (1 toll-free number) · costs 395 at 0.0079 a segment',
    );
  });

  test('sms/segments carries the send line for the segments view and in the tooltip summary', async () => {
    const reply = await server.segments(uri, { pieces: false });
    assert.deepEqual(reply.sending, [sendLine]);
    assert.equal(reply.summary, `UCS-2: 105 of 134 units in 2 segments, 105 characters. Worst case (every variable at its longest): UCS-2, 105 units, 2 segments. ${sendLine}`);
  });

  test('the quick fix title says what it saves per send', async () => {
    const { items } = await server.diagnostics(uri);
    const diagnostic = items.find((d) => d.code === 'non-gsm-character');
    const actions = await server.codeActions(uri, diagnostic.range, { diagnostics: [diagnostic] });
    assert.deepEqual(
      actions.filter((action) => action.kind === 'quickfix').map((action) => action.title),
      ["’ → ' — back to GSM-7: 1 segment instead of 2, saves 25,000 segments per send (197.50)"],
    );
  });

  test('10DLC over a cap: a daily-cap warning at `recipients`', async () => {
    const tenDlc = 'file:///project/promo.sms';
    server.open(tenDlc, '---\nsender: 10dlc\nsending: { recipients: 25000, vettingScore: 80, useCase: mixed }\n---\nHi. Reply STOP to opt out\n');
    const { items } = await server.diagnostics(tenDlc);
    const warning = items.find((d) => d.code === 'daily-cap');
    assert.equal(warning.severity, 2);
    assert.deepEqual(warning.range, { start: { line: 2, character: 23 }, end: { line: 2, character: 28 } });
    assert.equal(warning.codeDescription.href, 'https://github.com/sms-templates/vscode-sms-templates/blob/main/docs/rules.md#daily-cap');
    assert.match(warning.message, /^This send is 25,000 segments .* over AT&T's daily cap of 4,500 segments .* it takes 6 days\./);
  });

  test('an invalid editor value is one warning and is not used', async () => {
    const warned = server.next('showMessage', (message) => message.message.includes('sms.sending.numbers'));
    server.settings = { sending: { numbers: -2, pricePerSegment: 0.0079 } };
    const refreshed = server.next('diagnosticRefresh');
    server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await refreshed;
    const other = 'file:///project/other.sms';
    server.open(other, `---\nsender: toll-free\nsending: { recipients: 100 }\n---\nHi. Reply STOP to opt out\n`);
    const reply = await server.segments(other, { pieces: false });
    assert.deepEqual(reply.sending, [
      'Send: 100 recipients × 1 segment = 100 message units · send time unknown: set sending.numbers (toll-free numbers send 200 a minute each) · costs 0.79 at 0.0079 a segment.',
    ]);
    const message = await warned;
    assert.match(message.message, /sms\.sending\.numbers must be a whole number of at least 1; found -2\. Ignored: no default is assumed\./);
  });
});

describe('the send estimate for a locale file’s message', () => {
  let server;
  let folder;
  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-sending-'));
    fs.writeFileSync(path.join(folder, '.smslintrc.json'), JSON.stringify({ sources: [{ files: 'res/*.properties', format: 'properties' }] }));
    fs.mkdirSync(path.join(folder, 'res'));
    server = await startServer({ workspaceFolders: [folder], settings: { sender: 'toll-free', sending: { recipients: 25000, numbers: 1, pricePerSegment: 0.0079 } } });
  });
  after(async () => {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  test('sms/segments carries the same send line as a template with that text (one reply builder)', async () => {
    const uri = uriOf(path.join(folder, 'res', 'sms_en.properties'));
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'properties', version: 1, text: `parcel=${parcel}\n` } });
    const reply = await server.segments(uri, { pieces: false, position: { line: 0, character: 3 } });
    assert.deepEqual(reply.sending, [sendLine]);
    assert.equal(reply.summary, `parcel [en]: UCS-2: 105 of 134 units in 2 segments, 105 characters. Worst case (every variable at its longest): UCS-2, 105 units, 2 segments. ${sendLine}`);
  });
});

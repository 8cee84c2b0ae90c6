// Bad input never stops the server: malformed messages and requests, edits out of range, documents
// it never saw, a 1 MB template. After each, the server answers the next request.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './lsp-session.mjs';

const uri = 'file:///robust/hello.sms';
const text = 'Hello there. Reply STOP to opt out.';

describe('robustness', () => {
  let server;
  before(async () => {
    server = await startServer();
    server.open(uri, text);
  });
  after(() => server.stop());

  /** The server still answers: a hover over the first character of the open template. */
  async function stillServing() {
    const hover = await server.hover(uri, { line: 0, character: 0 });
    assert.match(hover.contents.value, /^\*\*Character\*\* `H` U\+0048/);
  }

  test('a message that is not JSON is dropped and the next request is answered', async () => {
    const garbage = '{ this is not json';
    server.child.stdin.write(`Content-Length: ${Buffer.byteLength(garbage)}\r\n\r\n${garbage}`);
    await stillServing();
  });

  test('a hover without a position is refused as invalid params', async () => {
    await assert.rejects(server.connection.sendRequest('textDocument/hover', { textDocument: { uri } }), (error) => error.code === -32602);
    await stillServing();
  });

  test('requests with no params at all are refused or answered empty', async () => {
    await assert.rejects(server.connection.sendRequest('textDocument/hover'), (error) => error.code === -32602);
    await assert.rejects(server.connection.sendRequest('sms/segments', {}), (error) => error.code === -32602);
    await stillServing();
  });

  test('an unknown method gets "method not found"', async () => {
    await assert.rejects(server.connection.sendRequest('sms/nonsense', {}), (error) => error.code === -32601);
    await stillServing();
  });

  test('an edit past the end of the document is clamped to the end', async () => {
    server.change(uri, [{ range: { start: { line: 40, character: 3 }, end: { line: 99, character: 99 } }, text: ' Bye…' }]);
    const reply = await server.segments(uri);
    assert.deepEqual(reply.pieces.map((piece) => piece.text), [text + ' Bye…']);
    const report = await server.diagnostics(uri);
    assert.deepEqual(report.items.map((d) => d.code), ['non-gsm-character']);
  });

  test('a change for a document that was never opened is ignored', async () => {
    server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: 'file:///robust/never.sms', version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
    });
    await stillServing();
  });

  test('requests for a document that was never opened and does not exist answer empty', async () => {
    const never = 'file:///robust/does-not-exist.sms';
    assert.deepEqual(await server.diagnostics(never), { kind: 'full', items: [] });
    assert.equal(await server.hover(never, { line: 0, character: 0 }), null);
    assert.deepEqual(await server.codeActions(never, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }), []);
    assert.deepEqual(await server.inlayHints(never, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }), []);
    assert.equal(await server.segments(never), null);
  });

  test('a hover past the end of a line or the file answers with the message summary', async () => {
    const hover = await server.hover(uri, { line: 7, character: 500 });
    assert.match(hover.contents.value, /^\*\*Message\*\* UCS-2 · 40 UCS-2 units · 1 segment/);
  });

  test('a 1 MB template is answered: 6,854 GSM-7 segments, with a limit and a length diagnostic', async (t) => {
    const big = 'file:///robust/big.sms';
    const line = 'Your parcel is on its way and will arrive tomorrow morning. ';
    const body = line.repeat(Math.ceil((1024 * 1024) / line.length)).slice(0, 1024 * 1024 - 23) + 'Reply STOP to opt out.\n';
    server.open(big, body);
    const started = performance.now();
    const report = await server.diagnostics(big);
    const elapsed = performance.now() - started;
    t.diagnostic(`1 MB template: first diagnostics in ${elapsed.toFixed(1)} ms (round trip)`);
    assert.deepEqual(report.items.map((d) => d.code), ['segment-overflow', 'message-length']);
    const reply = await server.segments(big, { pieces: false });
    assert.deepEqual([reply.encoding, reply.units, reply.segments], ['GSM-7', 1048575, 6854]);
    await stillServing();
  });
});

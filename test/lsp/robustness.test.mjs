// Bad input never stops the server: malformed messages and requests, edits out of range, documents
// it never saw, a 1 MB template. After each, the server answers the next request.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { serverPath, startServer } from './lsp-session.mjs';

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

// Framing errors on stdio: the server skips what it cannot frame and answers the next request.
describe('robustness: badly framed messages', () => {
  let child;
  let output = Buffer.alloc(0);
  const answered = new EventEmitter();
  let nextId = 100;

  const frame = (message) => {
    const body = JSON.stringify(message);
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  };

  /** Sends a request and waits for its answer (5 s at most). */
  function request(method, params) {
    const id = nextId++;
    child.stdin.write(frame({ jsonrpc: '2.0', id, method, params }));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${method} (id ${id}) within 5 s`)), 5000);
      answered.once(`answer ${id}`, (message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
  }

  function readAnswers() {
    for (;;) {
      const headerEnd = output.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(output.subarray(0, headerEnd).toString())[1]);
      if (output.length < headerEnd + 4 + length) return;
      const message = JSON.parse(output.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      output = output.subarray(headerEnd + 4 + length);
      if ('id' in message && !('method' in message)) answered.emit(`answer ${message.id}`, message);
    }
  }

  /** The next request after the bad bytes: an unknown method, answered with MethodNotFound. */
  async function stillAnswering() {
    const answer = await request('sms/nonsense', {});
    assert.equal(answer.error.code, -32601);
    assert.equal(child.exitCode, null);
  }

  before(async () => {
    child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => {
      output = Buffer.concat([output, chunk]);
      readAnswers();
    });
    const initialized = await request('initialize', { processId: null, rootUri: null, capabilities: {} });
    assert.ok(initialized.result.capabilities);
    child.stdin.write(frame({ jsonrpc: '2.0', method: 'initialized', params: {} }));
  });
  after(async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill();
    await exited;
  });

  // [what is wrong, the bytes sent]
  const cases = [
    ['a Content-Length that is not a number', 'Content-Length: abc\r\n\r\n{}'],
    ['a negative Content-Length', 'Content-Length: -5\r\n\r\n{}'],
    ['a Content-Length beyond any real message', 'Content-Length: 99999999999\r\n\r\n{}'],
    ['a Content-Length shorter than the body', `Content-Length: 10\r\n\r\n${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'shutdown' })}`],
    ['a header with no Content-Length', 'Content-Type: application/json\r\n\r\n{}'],
    ['bytes that are no header at all', 'hello world\r\n\r\n'],
    ['a body that is not UTF-8', Buffer.concat([Buffer.from('Content-Length: 4\r\n\r\n'), Buffer.from([0xff, 0xfe, 0xc3, 0x28])])],
    ['a body that is JSON but not a message', 'Content-Length: 4\r\n\r\nnull'],
  ];
  for (const [name, bytes] of cases) {
    test(`${name}: skipped, and the next request is answered`, async () => {
      child.stdin.write(bytes);
      await stillAnswering();
    });
  }
});

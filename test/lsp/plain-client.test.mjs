// A plain LSP client (Neovim 0.7, Helix): no pull diagnostics and no refresh requests. The server
// publishes diagnostics itself, for the latest text only, and answers everything else the same way.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { plainCapabilities, startServer } from './in-process-session.mjs';

const uri = 'file:///plain/notice.sms';

describe('plain LSP client', () => {
  let server;
  before(async () => {
    server = await startServer({ capabilities: plainCapabilities });
  });
  after(() => server.stop());

  test('a client without snippets gets `to: []` as plain text', async () => {
    const keysUri = 'file:///plain/keys.sms';
    server.open(keysUri, '---\n\n---\nHi');
    const items = await server.connection.sendRequest('textDocument/completion', { textDocument: { uri: keysUri }, position: { line: 1, character: 0 } });
    const to = items.find((item) => item.label === 'to');
    assert.deepEqual([to.insertText, to.insertTextFormat], ['to: []', undefined]);
  });

  test('diagnostics are published on open', async () => {
    const published = server.next('publishDiagnostics', (params) => params.uri === uri);
    server.open(uri, 'It’s ready. Reply STOP to opt out.');
    const params = await published;
    assert.equal(params.version, 1);
    assert.deepEqual(params.diagnostics.map((d) => [d.code, d.range.start.character]), [['non-gsm-character', 2]]);
  });

  test('after a burst of edits only the latest text is published', async () => {
    const published = server.next('publishDiagnostics', (params) => params.uri === uri);
    server.change(uri, [{ text: 'It’s “ready”. Reply STOP to opt out.' }]);
    server.change(uri, [{ text: "It's ready. Reply STOP to opt out." }]);
    const params = await published;
    assert.equal(params.version, 3);
    assert.deepEqual(params.diagnostics, []);
  });

  test('a settings change republishes open documents without asking the client to refresh', async () => {
    server.settings = { rules: { 'missing-opt-out': 'error' } };
    server.change(uri, [{ text: 'Ready.' }]);
    await server.next('publishDiagnostics', (params) => params.uri === uri && params.version === 4);
    const published = server.next('publishDiagnostics', (params) => params.uri === uri);
    server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { sms: server.settings } });
    const params = await published;
    assert.deepEqual(params.diagnostics.map((d) => [d.code, d.severity]), [['missing-opt-out', 1]]);
    assert.equal(server.diagnosticRefreshes, 0);
  });

  test('hover works the same', async () => {
    const hover = await server.hover(uri, { line: 0, character: 0 });
    assert.match(hover.contents.value, /^\*\*Character\*\* `R` U\+0052  \nGSM-7 basic table: 1 septet\./);
  });

  test('closing a document clears its diagnostics', async () => {
    const published = server.next('publishDiagnostics', (params) => params.uri === uri);
    server.close(uri);
    assert.deepEqual((await published).diagnostics, []);
  });
});

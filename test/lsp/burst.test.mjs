// A burst of edits, each followed by a diagnostic pull (as an editor sends them while you type):
// the server lints only the text that is still current, declines the pulls whose text has already
// changed again with ServerCancelled { retriggerRequest: true }, and answers the last pull with the
// final text. The server's input is corked so that the whole burst reaches it in one piece.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import lsp from 'vscode-languageserver/node.js';
import { startServer } from './lsp-session.mjs';

const serverCancelled = -32802;
const requestCancelled = -32800;

const start = 'Hi Ana, your table is ready. Reply STOP to opt out.';

// Expected answers to a corked burst of `edits` edits, a pull after each.
const expectedBurst = { edits: 20, reports: 1, declined: 19, finalNonGsm: 10 };

/**
 * Holds back what `send()` writes to the server until all of it is written, then writes it in one
 * piece. The writer sends messages in order, so once a final `$/` notification (which servers
 * ignore) has been taken, everything before it has been too.
 */
async function corked(server, send) {
  const stdin = server.child.stdin;
  const held = [];
  const write = stdin.write;
  stdin.write = (chunk, encoding, callback) => {
    held.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : chunk);
    (typeof encoding === 'function' ? encoding : callback)?.();
    return true;
  };
  try {
    const answers = send();
    await server.connection.sendNotification('$/burstWritten');
    return { answers };
  } finally {
    stdin.write = write;
    stdin.write(Buffer.concat(held));
  }
}

/** Sends `edits` one-character edits with a pull after each, all at once; resolves with every answer. */
async function burst(server, uri, edits) {
  const { answers: pulls } = await corked(server, () => {
    const sent = [];
    for (let i = 0; i < edits; i++) {
      server.change(uri, [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: i % 2 ? '’' : 'x' }]);
      sent.push(server.diagnostics(uri).then((report) => ({ report }), (error) => ({ error })));
    }
    return sent;
  });
  return Promise.all(pulls);
}

describe('a burst of edits', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.stop());

  test('the last pull of the burst reports the final text', async () => {
    const uri = 'file:///burst/final.sms';
    server.open(uri, start);
    await server.diagnostics(uri);
    const answers = await burst(server, uri, expectedBurst.edits);
    const last = answers[answers.length - 1];
    assert.equal(last.error, undefined, `the last pull failed: ${last.error?.message}`);
    assert.equal(last.report.items.filter((d) => d.code === 'non-gsm-character').length, expectedBurst.finalNonGsm);
    server.close(uri);
  });

  test('pulls whose text changed again are declined with ServerCancelled, retriggerRequest: true', async () => {
    const uri = 'file:///burst/declined.sms';
    server.open(uri, start);
    await server.diagnostics(uri);
    const answers = await burst(server, uri, expectedBurst.edits);
    const declined = answers.filter((answer) => answer.error?.code === serverCancelled);
    assert.deepEqual(
      { reports: answers.filter((answer) => answer.report).length, declined: declined.length },
      { reports: expectedBurst.reports, declined: expectedBurst.declined },
    );
    assert.deepEqual([...new Set(declined.map((answer) => JSON.stringify(answer.error.data)))], ['{"retriggerRequest":true}']);
    server.close(uri);
  });

  test('a pull cancelled before its turn is answered RequestCancelled without linting', async () => {
    const uri = 'file:///burst/cancelled.sms';
    server.open(uri, start);
    await server.diagnostics(uri);
    server.change(uri, [{ text: `${start} It’s here.` }]);
    const cancellation = new lsp.CancellationTokenSource();
    const { answers: pull } = await corked(server, () => {
      const sent = server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, cancellation.token).then(
        (report) => ({ report }),
        (error) => ({ error }),
      );
      cancellation.cancel();
      return sent;
    });
    const answer = await pull;
    assert.equal(answer.error?.code, requestCancelled);
    server.close(uri);
  });

  test('the next pull after a declined burst reports the text as it is', async () => {
    const uri = 'file:///burst/after.sms';
    server.open(uri, start);
    await server.diagnostics(uri);
    await burst(server, uri, expectedBurst.edits);
    const report = await server.diagnostics(uri);
    assert.equal(report.items.filter((d) => d.code === 'non-gsm-character').length, expectedBurst.finalNonGsm);
    server.close(uri);
  });

  test('a change the document store never applies does not make every later pull a decline', async () => {
    const uri = 'file:///burst/never-applied.sms';
    server.open(uri, `${start} It’s here.`);
    await server.diagnostics(uri);
    // An empty change and a malformed one: neither is applied, so version 1 stays the current text.
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [] });
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: null });
    // A settings change empties the lint cache, so the next pull has to lint.
    server.settings = { maxSegments: 3 };
    server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await server.next('diagnosticRefresh');
    const report = await server.diagnostics(uri);
    assert.deepEqual(report.items.map((d) => d.code), ['non-gsm-character']);
    server.close(uri);
  });

  test('a newer version that is never applied costs one declined pull, then the text as it is is reported', async () => {
    const uri = 'file:///burst/stuck.sms';
    server.open(uri, `${start} It’s here.`);
    await server.diagnostics(uri);
    // A change the store rejects (its text is not a string) after a valid version arrives.
    server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ text: 42 }] });
    server.settings = { maxSegments: 4 };
    server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await server.next('diagnosticRefresh');
    const answers = [];
    for (let attempt = 0; attempt < 3 && !answers.some((a) => a.report); attempt++) {
      answers.push(await server.diagnostics(uri).then((report) => ({ report }), (error) => ({ error })));
    }
    assert.ok(answers.filter((a) => a.error).every((a) => a.error.code === serverCancelled));
    assert.ok(answers.filter((a) => a.error).length <= 1, `${answers.filter((a) => a.error).length} pulls declined`);
    assert.deepEqual(answers.at(-1).report.items.map((d) => d.code), ['non-gsm-character']);
    server.close(uri);
  });
});

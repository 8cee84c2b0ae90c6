// The server's side of hover and completion where the cursor lands awkwardly: the settings of the
// document reach the completion, and a hover inside a surrogate pair covers the whole character.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './in-process-session.mjs';

describe('hover and completion over LSP', () => {
  let server;
  before(async () => {
    server = await startServer({ settings: { defaultVariableLength: 35 } });
  });
  after(() => server.stop());

  test('an undeclared variable is offered with the document’s sms.defaultVariableLength', async () => {
    const uri = 'file:///answers/undeclared.sms';
    server.open(uri, '---\nvariables:\n  \n---\nYour code is {{code}}. Reply STOP to opt out.');
    const items = await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 2 } });
    assert.deepEqual(items.map((item) => [item.label, item.insertText]), [['code', 'code: { maxLength: 35 }']]);
  });

  test('hovering the second half of an emoji describes the emoji and covers both halves', async () => {
    const uri = 'file:///answers/emoji.sms';
    server.open(uri, 'Done 👋 Reply STOP to opt out.');
    const hover = await server.hover(uri, { line: 0, character: 6 });
    assert.match(hover.contents.value, /U\+1F44B/);
    assert.deepEqual(hover.range, { start: { line: 0, character: 5 }, end: { line: 0, character: 7 } });
  });

  test('no completion at the start of the closing --- line', async () => {
    const uri = 'file:///answers/fence.sms';
    server.open(uri, '---\nsender: toll-free\n---\nHi');
    const items = await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 0 } });
    assert.deepEqual(items, []);
  });
});

// Completion and hover in the front matter come from the engine's front matter assist; in the body,
// `{{` completes the declared variables. These tests check the LSP side: kinds, ranges, markdown.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './in-process-session.mjs';

const uri = 'file:///front-matter/alert.sms';
const text = '---\nsender: \nvariables:\n  name: { example: "Ana", maxLength: 20 }\n  code: { maxLength: 6 }\nrules:\n  missing-opt-out: off\n---\nHi {{ \n';

describe('front matter assist over LSP', () => {
  let server;
  before(async () => {
    server = await startServer();
    server.open(uri, text);
  });
  after(() => server.stop());

  const complete = (position) => server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });

  test('after `sender:` the sender types are offered as enum members', async () => {
    const items = await complete({ line: 1, character: 8 });
    assert.deepEqual(
      items.map((item) => [item.label, item.kind]),
      [['10dlc', 20], ['toll-free', 20], ['short-code', 20], ['alphanumeric', 20]],
    );
    assert.equal(items[1].documentation.kind, 'markdown');
  });

  test('accepting a key whose values have completions runs the suggest command the client named', async () => {
    const vscodeLike = await startServer({ initializationOptions: { suggestCommand: 'editor.action.triggerSuggest' } });
    try {
      const keysUri = 'file:///front-matter/keys.sms';
      vscodeLike.open(keysUri, '---\nbrand: Contoso\n\n---\nHi');
      const items = await vscodeLike.connection.sendRequest('textDocument/completion', { textDocument: { uri: keysUri }, position: { line: 2, character: 0 } });
      const suggest = { title: 'Suggest values', command: 'editor.action.triggerSuggest' };
      const byLabel = new Map(items.map((item) => [item.label, item]));
      assert.deepEqual(byLabel.get('to'), { ...byLabel.get('to'), insertText: 'to: [$0]', insertTextFormat: 2, command: suggest });
      assert.deepEqual(byLabel.get('unicode').command, suggest);
      assert.equal(byLabel.get('maxSegments').command, undefined);
    } finally {
      await vscodeLike.stop();
    }
  });

  test('a client that names no suggest command gets completions without commands', async () => {
    const keysUri = 'file:///front-matter/no-command.sms';
    server.open(keysUri, '---\nbrand: Contoso\n\n---\nHi');
    const items = await server.connection.sendRequest('textDocument/completion', { textDocument: { uri: keysUri }, position: { line: 2, character: 0 } });
    assert.deepEqual(items.filter((item) => item.command !== undefined).map((item) => item.label), []);
  });

  test('severities keep their order from off to error in the editor’s list, which sorts by sortText', async () => {
    const items = await complete({ line: 6, character: 19 });
    // As VS Code sorts: by sortText, or by label when there is none.
    const key = (item) => item.sortText ?? item.label;
    const sorted = [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
    assert.deepEqual(sorted.map((item) => item.label), ['off', 'hint', 'info', 'warning', 'error']);
  });

  test('hover on a front matter key explains it, over the key’s range', async () => {
    const hover = await server.hover(uri, { line: 1, character: 2 });
    assert.deepEqual(hover.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } });
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /^\*\*sender\*\*/);
  });

  test('hover on a rule id links its documentation', async () => {
    const hover = await server.hover(uri, { line: 6, character: 5 });
    assert.deepEqual(hover.range, { start: { line: 6, character: 2 }, end: { line: 6, character: 17 } });
    assert.ok(hover.contents.value.includes('https://github.com/sms-templates/vscode-sms-templates/blob/main/docs/rules.md#missing-opt-out'));
  });

  test('after `{{` in the body the declared variables are offered with their examples, in declaration order', async () => {
    const items = await complete({ line: 8, character: 6 });
    assert.deepEqual(items, [
      { label: 'name', kind: 6, detail: 'example: Ana', sortText: '0000' },
      { label: 'code', kind: 6, detail: 'no example', sortText: '0001' },
    ]);
  });

  test('plain body text offers nothing', async () => {
    assert.deepEqual(await complete({ line: 8, character: 1 }), []);
  });
});

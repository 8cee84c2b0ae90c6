// Liquid and Handlebars templates through the server (in-process): diagnostics with their ranges, hover
// on a tag, the status bar's sms/segments answer, completion inside tags and worst-path inlay hints.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './in-process-session.mjs';

const liquid = {
  uri: 'file:///dialects/shipped.sms',
  text:
    '---\nsyntax: liquid\nvariables:\n  name: { example: "Ana", maxLength: 20 }\n  express: { example: true }\n---\n' +
    'Hi {{ name | default: "there" }}, {% if express %}your parcel arrives today{% else %}your parcel arrives in 3–5 days{% endif %}. Reply STOP to opt out.',
};
const handlebars = {
  uri: 'file:///dialects/points.sms',
  text: '---\nsyntax: handlebars\nvariables:\n  points: { example: 120, maxLength: 6 }\n---\nYou have {{points}} points{{#if vip}} and a gift{{/if}}, {{first}}. Reply STOP to opt out.',
};
const range = (line, from, to) => ({ start: { line, character: from }, end: { line, character: to } });

describe('Liquid and Handlebars over LSP', () => {
  let server;
  before(async () => {
    server = await startServer();
    server.open(liquid.uri, liquid.text);
    server.open(handlebars.uri, handlebars.text);
  });
  after(() => server.stop());

  test('Liquid: the en dash in the else branch is reported at its place', async () => {
    const report = await server.diagnostics(liquid.uri);
    assert.deepEqual(
      report.items.map((item) => [item.code, item.range]),
      [['non-gsm-character', range(6, 109, 110)]],
    );
    assert.equal(liquid.text.split('\n')[6].slice(109, 110), '–');
  });

  test('Liquid: hover on {% if %} says what the tag does to the count', async () => {
    const hover = await server.hover(liquid.uri, { line: 6, character: 37 });
    assert.deepEqual(hover.range, range(6, 34, 50));
    assert.equal(hover.contents.value.split('\n')[0], '`if`: 2 paths; the example takes the one its variables select, the worst case the costliest.');
    assert.match(hover.contents.value, /\*\*Worst case\*\* \(every variable at its longest, on the path where `express` is false\) UCS-2 · 80 UCS-2 units · 2 segments/);
  });

  test('Liquid: sms/segments gives the status bar range and the worst path', async () => {
    const reply = await server.segments(liquid.uri, { pieces: false });
    assert.equal(reply.label, 'GSM-7 · 1–2 SMS · 57/160');
    assert.deepEqual(reply.worstCase, { encoding: 'UCS-2', units: 80, segments: 2 });
    assert.deepEqual(reply.worstPath, {
      conditions: ['`express` is false'],
      text: 'Hi Ana' + 'x'.repeat(17) + ', your parcel arrives in 3–5 days. Reply STOP to opt out.',
    });
  });

  test('Liquid: the worst path’s second segment is marked in the literal text after the branch', async () => {
    const hints = await server.inlayHints(liquid.uri, { start: { line: 0, character: 0 }, end: { line: 6, character: 200 } });
    assert.deepEqual(hints, [{ position: { line: 6, character: 138 }, label: '│2 worst', tooltip: 'worst case: segment 2 starts here: 67 UCS-2 units per segment' }]);
    // 67 UCS-2 units into "Hi Ana…x, your parcel arrives in 3–5 days. Reply STOP…".
    assert.equal(liquid.text.split('\n')[6].slice(138), 'P to opt out.');
  });

  test('Liquid: completion inside {% if %} offers the declared variables', async () => {
    // Line 6, character 41: right after `{% if e`.
    assert.equal(liquid.text.split('\n')[6].slice(34, 41), '{% if e');
    const items = await server.connection.sendRequest('textDocument/completion', { textDocument: { uri: liquid.uri }, position: { line: 6, character: 41 } });
    assert.deepEqual(items.map((item) => [item.label, item.detail]), [['name', 'example: Ana'], ['express', 'example: true']]);
  });

  test('Handlebars: undeclared variables are reported with their ranges and a condition gets its own message', async () => {
    const report = await server.diagnostics(handlebars.uri);
    assert.deepEqual(
      report.items.map((item) => [item.code, item.range]),
      [
        ['undeclared-variable', range(5, 32, 35)],
        ['undeclared-variable', range(5, 59, 64)],
      ],
    );
    assert.match(report.items[0].message, /^`vip` is not declared: as a condition it counts as unset/);
    assert.match(report.items[1].message, /^`first` is not declared: it is counted as 20 plain characters/);
  });

  test('Handlebars: hover on {{#if}} and the status bar', async () => {
    const hover = await server.hover(handlebars.uri, { line: 5, character: 29 });
    assert.deepEqual(hover.range, range(5, 26, 37));
    assert.equal(hover.contents.value.split('\n')[0], '`#if`: 2 paths; the example takes the one its variables select, the worst case the costlier.');
    const reply = await server.segments(handlebars.uri, { pieces: false });
    assert.equal(reply.label, 'GSM-7 · 1 SMS · 65/160');
    assert.deepEqual(reply.worstCase, { encoding: 'GSM-7', units: 79, segments: 1 });
    assert.deepEqual(reply.worstPath, { conditions: ['`vip` is true'], text: 'You have 120xxx points and a gift, ' + 'x'.repeat(20) + '. Reply STOP to opt out.' });
  });

  test('Handlebars: an unclosed block is invalid-template at its opening tag, and the server keeps answering', async () => {
    const uri = 'file:///dialects/unclosed.sms';
    server.open(uri, '---\nsyntax: handlebars\n---\nHi{{#if vip}} gift. Reply STOP to opt out.');
    const report = await server.diagnostics(uri);
    assert.deepEqual(report.items.filter((item) => item.code === 'invalid-template').map((item) => item.range), [range(3, 2, 13)]);
    const reply = await server.segments(uri, { pieces: false });
    assert.equal(reply.segments, 1);
  });
});

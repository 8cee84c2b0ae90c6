// Editor answers for Liquid and Handlebars bodies: completion of declared and template-bound names
// inside `{{ }}` / `{% %}`, and the inlay hints that mark where segments start on the worst path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { lintText, defaultSettings, placeholderCompletions, segmentBoundaries, boundaryHint } = engine;

const completionsAfter = (text, probe) => {
  const { analysis } = lintText(text, defaultSettings);
  return placeholderCompletions(analysis.template, text.indexOf(probe) + probe.length, analysis.dialect?.model);
};

const name = { label: 'name', kind: 'variable', detail: 'example: Ana' };
const items = { label: 'items', kind: 'variable', detail: 'example: ["a","b"]' };
const greeting = { label: 'greeting', kind: 'variable', detail: 'assigned in the template' };

test('Liquid: declared names, assigned names and the loop item complete inside {{ }} and {% %}', () => {
  const text =
    '---\nsyntax: liquid\nvariables:\n  name: { example: "Ana" }\n  items: { example: ["a", "b"], maxItems: 3 }\n---\n' +
    '{{ gr }}{% assign greeting = "Hi" %}{% for item in items %}{{ it }}{% endfor %} {{ na }} {{ name | up }} {% if v %}x{% endif %} {{ "a b }} Reply STOP to opt out.';
  // Before the assign: only the front matter's names.
  assert.deepEqual(completionsAfter(text, '{{ gr'), [name, items]);
  // Inside the loop: the item too; after the assign: greeting.
  assert.deepEqual(completionsAfter(text, '{{ it'), [
    name,
    items,
    greeting,
    { label: 'item', kind: 'variable', detail: 'loop item' },
    { label: 'forloop', kind: 'variable', detail: 'the loop: index, first, last, length' },
  ]);
  assert.deepEqual(completionsAfter(text, '{{ na'), [name, items, greeting]);
  assert.deepEqual(completionsAfter(text, '{% if v'), [name, items, greeting]);
  // A filter name, a string, and plain text are not places for a variable.
  assert.deepEqual(completionsAfter(text, '{{ name | up'), []);
  assert.deepEqual(completionsAfter(text, '{{ "a b'), []);
  assert.deepEqual(completionsAfter(text, 'Reply'), []);
});

test('Liquid: a captured name completes after its capture, not inside it', () => {
  const text = '---\nsyntax: liquid\nvariables:\n  name: { example: "Ana" }\n---\n{% capture who %}{{ n }}{% endcapture %}{{ w }} Reply STOP to opt out.';
  assert.deepEqual(completionsAfter(text, '{{ n'), [name]);
  assert.deepEqual(completionsAfter(text, '{{ w'), [name, { label: 'who', kind: 'variable', detail: 'captured in the template' }]);
});

test('Handlebars: declared names complete in {{ }} and after {{#if , not after the closing }}', () => {
  const text = '---\nsyntax: handlebars\nvariables:\n  name: { example: "Ana" }\n  items: { example: ["a", "b"], maxItems: 3 }\n---\n{{#if na}}{{#each items}}{{this}}{{/each}}{{/if}} {{na}} Reply STOP to opt out.';
  assert.deepEqual(completionsAfter(text, '{{#if na'), [name, items]);
  assert.deepEqual(completionsAfter(text, ' {{na'), [name, items]);
  assert.deepEqual(completionsAfter(text, ' {{na}}'), []);
});

test('plain templates (syntax: plain) keep completing only right after `{{`', () => {
  const text = '---\nsyntax: plain\nvariables:\n  name: { example: "Ana" }\n---\nHi {{ na }} {% if x %}';
  assert.deepEqual(completionsAfter(text, '{{ na'), [name]);
  assert.deepEqual(completionsAfter(text, '{% if x'), []);
});

test('inlay hints: a segment that starts on the worst path only is marked inside its literal text', () => {
  const filler = 'x'.repeat(200);
  const text = '---\nsyntax: liquid\nvariables:\n  vip: { example: false }\n---\nHi.{% if vip %}' + filler + '{% endif %} Reply STOP to opt out.';
  const { analysis } = lintText(text, defaultSettings);
  assert.equal(analysis.count.segments, 1);
  assert.equal(analysis.worstCount.segments, 2);
  const fillerStart = text.indexOf('{% if vip %}') + '{% if vip %}'.length;
  // Septet 153 of the worst message "Hi." + 200 x + …: the 151st x.
  const boundaries = segmentBoundaries(analysis);
  assert.deepEqual(boundaries, [{ offset: fillerStart + 150, segment: 2, encoding: 'GSM-7', unitsPerSegment: 153, path: 'worst' }]);
  assert.deepEqual(boundaryHint(boundaries[0], '153 septets'), { label: '│2 worst', tooltip: 'worst case: segment 2 starts here: 153 septets per segment' });
});

test('inlay hints: the example path and the worst path each mark their boundaries (Handlebars)', () => {
  const text =
    '---\nsyntax: handlebars\nvariables:\n  vip: { example: true }\n---\n' + 'a'.repeat(150) + '{{#if vip}}' + 'b'.repeat(10) + '{{else}}' + 'c'.repeat(170) + '{{/if}} Reply STOP to opt out.';
  const { analysis } = lintText(text, defaultSettings);
  const bStart = text.indexOf('b'.repeat(10));
  const cStart = text.indexOf('c'.repeat(170));
  assert.deepEqual(
    segmentBoundaries(analysis).map(({ offset, segment, path }) => [offset, segment, path]),
    [
      // Example (vip true): 150 a + 10 b + 21 → segment 2 at the 4th b.
      [bStart + 3, 2, undefined],
      // Worst (vip false): 150 a + 170 c + 21 = 341 septets, 3 segments: at c 3 and c 156.
      [cStart + 3, 2, 'worst'],
      [cStart + 156, 3, 'worst'],
    ],
  );
  assert.deepEqual(boundaryHint(segmentBoundaries(analysis)[0], '153 septets'), { label: '│2', tooltip: 'segment 2 starts here: 153 septets per segment' });
});

test('inlay hints: a boundary inside a variable’s worst value is not marked on the worst path', () => {
  const text = '---\nsyntax: liquid\nvariables:\n  name: { example: "Ana", maxLength: 200 }\n  vip: { example: false }\n---\nHi {% if vip %}{{ name }}{% endif %} Reply STOP to opt out.';
  const { analysis } = lintText(text, defaultSettings);
  assert.equal(analysis.worstCount.segments, 2);
  assert.deepEqual(segmentBoundaries(analysis), []);
});

test('plain templates get no worst-path hints', () => {
  const text = '---\nvariables:\n  name: { example: "Ana", maxLength: 300 }\n---\nHi {{name}} Reply STOP to opt out.';
  const { analysis } = lintText(text, defaultSettings);
  assert.equal(analysis.worstCount.segments, 3);
  assert.deepEqual(segmentBoundaries(analysis), []);
});

test('fixes inside branches edit the right place: a curly apostrophe in a Liquid else and a Handlebars else', () => {
  const liquid = '---\nsyntax: liquid\nvariables:\n  vip: { example: true }\n---\n{% if vip %}Gold{% else %}You’re in{% endif %}. Reply STOP to opt out.';
  const [finding] = lintText(liquid, defaultSettings).diagnostics.filter((d) => d.rule === 'non-gsm-character');
  assert.equal(liquid.slice(finding.start, finding.end), '’');
  assert.equal(finding.fix.safe, true);
  assert.equal(engine.fixAllText(liquid, defaultSettings).text, liquid.replace('’', "'"));
  const handlebars = '---\nsyntax: handlebars\nvariables:\n  vip: { example: true }\n---\n{{#if vip}}Gold{{else}}You’re in{{/if}}. Reply STOP to opt out.';
  assert.equal(engine.fixAllText(handlebars, defaultSettings).text, handlebars.replace('’', "'"));
});

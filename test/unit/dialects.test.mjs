// Liquid and Handlebars templates: the example path, the worst path and the rules on every path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import engine from '../../dist/engine.js';

const { lintText, defaultSettings, resolveSettings, detectSyntax } = engine;

const header = (...lines) => ['---', ...lines, '---'].join('\n') + '\n';
const vars = (...lines) => header('variables:', ...lines.map((line) => '  ' + line));

function summary(text, settings = defaultSettings) {
  const { analysis, diagnostics } = lintText(text, settings);
  return {
    syntax: analysis.syntax,
    example: [analysis.message.text, analysis.count.encoding, analysis.count.units, analysis.count.segments],
    worst: [analysis.worstCount.encoding, analysis.worstCount.units, analysis.worstCount.segments],
    rules: [...new Set(diagnostics.map((d) => d.rule))].sort(),
    diagnostics,
    analysis,
  };
}

// template → [syntax, example [text, encoding, units, segments], worst [encoding, units, segments], rule ids]
// Bodies without an opt-out also raise missing-opt-out; it is listed.
const table = [
  ['whitespace control is applied exactly', vars('name: { example: Ana, maxLength: 10 }') + 'Hi   {{- name -}}   !',
    'liquid', ['HiAna!', 'GSM-7', 6, 1], ['GSM-7', 13, 1], ['missing-opt-out']],
  ['a non-GSM character in an else branch: example GSM-7, worst case UCS-2',
    vars('express: { example: true }') + 'Your order {% if express %}arrives today{% else %}arrives in 3–5 days{% endif %}. Reply STOP to opt out.',
    'liquid', ['Your order arrives today. Reply STOP to opt out.', 'GSM-7', 48, 1], ['UCS-2', 54, 1], ['non-gsm-character']],
  ['default stands in for an undeclared variable in the example', 'Hi {{ first_name | default: "there" }}! Reply STOP to opt out.',
    'liquid', ['Hi there! Reply STOP to opt out.', 'GSM-7', 32, 1], ['GSM-7', 47, 1], ['undeclared-variable']],
  ['truncate: N bounds the worst case to N', vars('name: { example: Alexandria, maxLength: 40 }') + 'Hi {{ name | truncate: 8 }}! Reply STOP to opt out.',
    'liquid', ['Hi Alexa...! Reply STOP to opt out.', 'GSM-7', 35, 1], ['GSM-7', 35, 1], []],
  ['upcase, append and prepend change the text', vars('name: { example: Ana, maxLength: 10 }') + '{{ name | upcase | append: "!" | prepend: ">" }} Reply STOP to opt out.',
    'liquid', ['>ANA! Reply STOP to opt out.', 'GSM-7', 28, 1], ['GSM-7', 35, 1], []],
  ['replace with a longer text: the worst case is every character replaced', vars('code: { example: "1-2", maxLength: 6 }') + '{{ code | replace: "-", " dash " }} Reply STOP to opt out.',
    'liquid', ['1 dash 2 Reply STOP to opt out.', 'GSM-7', 31, 1], ['GSM-7', 59, 1], []],
  ['size of a list is its item count, at most maxItems', header('syntax: liquid', 'variables:', '  items: { example: [a, b], maxItems: 12, maxLength: 5 }') + 'You have {{ items.size }} items. Reply STOP to opt out.',
    'liquid', ['You have 2 items. Reply STOP to opt out.', 'GSM-7', 40, 1], ['GSM-7', 41, 1], []],
  ['a loop repeats once per example item and maxItems times in the worst case',
    vars('items: { example: [tea, cake], maxItems: 3, maxLength: 10 }') + 'Bought:{% for i in items %} {{ i }}{% endfor %}. Reply STOP to opt out.',
    'liquid', ['Bought: tea cake. Reply STOP to opt out.', 'GSM-7', 40, 1], ['GSM-7', 64, 1], []],
  ['a loop without maxItems is unbounded-length',
    vars('items: { example: [tea, cake], maxLength: 10 }') + 'Bought:{% for i in items %} {{ i }}{% endfor %}. Reply STOP to opt out.',
    'liquid', ['Bought: tea cake. Reply STOP to opt out.', 'GSM-7', 40, 1], ['GSM-7', 53, 1], ['unbounded-length']],
  ['case: the example takes its when, the worst case the longest',
    vars('tier: { example: gold }') + '{% case tier %}{% when "gold" %}Gold!{% when "silver", "bronze" %}Metal member{% else %}Hello{% endcase %} Reply STOP to opt out.',
    'liquid', ['Gold! Reply STOP to opt out.', 'GSM-7', 28, 1], ['GSM-7', 35, 1], []],
  ['unless is taken when its condition is false', vars('paid: { example: true }') + 'Order{% unless paid %} unpaid, pay now{% endunless %}. Reply STOP to opt out.',
    'liquid', ['Order. Reply STOP to opt out.', 'GSM-7', 29, 1], ['GSM-7', 45, 1], []],
  ['assign, capture and comments send nothing; assigned names are known',
    '{% assign greeting = "Hello" %}{% capture who %}World{% endcapture %}{% comment %}x{% endcomment %}{{ greeting }} {{ who }}. Reply STOP to opt out.',
    'liquid', ['Hello World. Reply STOP to opt out.', 'GSM-7', 35, 1], ['GSM-7', 35, 1], []],
  ['Handlebars: ~ strips blanks, {{else}} is a path, comments send nothing',
    vars('express: { example: false }', 'name: { example: Ana, maxLength: 12 }') + 'Hi {{~ name ~}} ! {{#if express}}Fast{{else}}Slow and steady{{/if}}{{!-- note --}} Reply STOP to opt out.',
    'handlebars', ['HiAna! Slow and steady Reply STOP to opt out.', 'GSM-7', 45, 1], ['GSM-7', 54, 1], []],
  ['Handlebars: standalone block lines are not sent',
    vars('express: { example: true }') + 'Order\n{{#if express}}\nFast\n{{else}}\nSlow delivery\n{{/if}}\nReply STOP to opt out.',
    'handlebars', ['Order\nFast\nReply STOP to opt out.', 'GSM-7', 33, 1], ['GSM-7', 42, 1], []],
  ['Handlebars: #each repeats per item', vars('items: { example: [tea, cake], maxItems: 4, maxLength: 6 }') + 'Got {{#each items}}{{this}};{{/each}} Reply STOP to opt out.',
    'handlebars', ['Got tea;cake; Reply STOP to opt out.', 'GSM-7', 36, 1], ['GSM-7', 55, 1], []],
  ["Handlebars: Iterable's defaultIfEmpty is default", header('syntax: handlebars') + 'Hi {{defaultIfEmpty firstName "there"}}. Reply STOP to opt out.',
    'handlebars', ['Hi there. Reply STOP to opt out.', 'GSM-7', 32, 1], ['GSM-7', 47, 1], ['undeclared-variable']],
  ['Handlebars: an unknown helper counts as its argument at maxLength', header('syntax: handlebars', 'variables:', '  d: { example: "2024-01-01", maxLength: 12 }') + 'On {{formatDate d "MMM D"}}. Reply STOP to opt out.',
    'handlebars', ['On 2024-01-01. Reply STOP to opt out.', 'GSM-7', 37, 1], ['GSM-7', 39, 1], []],
  ['dotted names: customer.first_name is declared, order.id reads order',
    vars('customer.first_name: { example: Ana, maxLength: 15 }', 'order: { example: A1, maxLength: 8 }') + 'Hi {{ customer.first_name }}, order {{ order.id }}{% if customer %}!{% endif %} Reply STOP to opt out.',
    'liquid', ['Hi Ana, order A1! Reply STOP to opt out.', 'GSM-7', 40, 1], ['GSM-7', 58, 1], []],
  ['url_encode cannot be bounded unless a truncate follows',
    vars('q: { example: a b, maxLength: 10 }') + 'x.co/?q={{ q | url_encode }} and {{ q | url_encode | truncate: 5 }} Reply STOP to opt out.',
    'liquid', ['x.co/?q=a b and a b Reply STOP to opt out.', 'GSM-7', 42, 1], ['GSM-7', 51, 1], ['unbounded-length']],
  ['a unicode: true variable of maxLength N takes 2N units in the worst case',
    vars('city: { example: Zurich, maxLength: 30, unicode: true }', 'a: { example: true }') + '{% if a %}See you in {{ city }}{% endif %} Reply STOP',
    'liquid', ['See you in Zurich Reply STOP', 'GSM-7', 28, 1], ['UCS-2', 82, 2], []],
  ['for … else: the empty list sends the else body', vars('items: { example: [], maxItems: 2, maxLength: 3 }') + '{% for i in items %}{{ i }}{% else %}none at all here{% endfor %} Reply STOP',
    'liquid', ['none at all here Reply STOP', 'GSM-7', 27, 1], ['GSM-7', 27, 1], []],
  ['raw sends its body as written', '{% raw %}{{ not a var }}{% endraw %} ok. Reply STOP to opt out.',
    'liquid', ['{{ not a var }} ok. Reply STOP to opt out.', 'GSM-7', 46, 1], ['GSM-7', 46, 1], []],
  ['syntax: plain keeps today’s behaviour (tags are text)', header('syntax: plain') + 'Hi {% if x %} Reply STOP',
    'plain', ['Hi {% if x %} Reply STOP', 'GSM-7', 26, 1], ['GSM-7', 26, 1], []],
];

for (const [name, text, syntax, example, worst, rules] of table) {
  test(`dialects: ${name}`, () => {
    const result = summary(text);
    assert.deepEqual({ syntax: result.syntax, example: result.example, worst: result.worst, rules: result.rules }, { syntax, example, worst, rules: [...rules].sort() });
  });
}

test('Liquid whitespace control around branches strips line breaks on both sides', () => {
  const text = vars('a: { example: true }') + 'A\n{%- if a -%}\n  yes\n{%- else -%}\n  no\n{%- endif -%}\n!';
  assert.equal(summary(text).example[0], 'Ayes!');
  assert.equal(summary(text.replace('example: true', 'example: false')).example[0], 'Ano!');
});

test('detection: Liquid for {% %} and filters, Handlebars for {{#…}} {{/…}} {{else}} {{!…}}, else plain', () => {
  const cases = [
    ['Hi {{name}}', 'plain'],
    ['Hi {{ name }}', 'plain'],
    ['Hi {% if a %}x{% endif %}', 'liquid'],
    ['Hi {{ name | upcase }}', 'liquid'],
    ['Hi {{- name }}', 'liquid'],
    ['Hi {{#if a}}x{{/if}}', 'handlebars'],
    ['Hi {{~#if a}}x{{/if}}', 'handlebars'],
    ['Hi {{! note }}', 'handlebars'],
    ['Hi {{else}}', 'handlebars'],
    ['a | b {{name}}', 'plain'],
  ];
  for (const [text, expected] of cases) assert.equal(detectSyntax(text, 0, text.length), expected, text);
});

test('sms.syntax picks the dialect when the front matter names none; the front matter wins', () => {
  const liquid = resolveSettings({ syntax: 'liquid' }).settings;
  assert.equal(summary('Hi {{ name }}', liquid).syntax, 'liquid');
  assert.equal(summary(header('syntax: plain') + 'Hi {% if a %}', liquid).syntax, 'plain');
  assert.deepEqual(resolveSettings({ syntax: 'mustache' }).problems, ['sms.syntax: "mustache" is not one of "detect", "plain", "liquid", "handlebars"; using the default.']);
});

test('front matter: syntax must be a dialect; example may be a list, maxItems a whole number', () => {
  const bad = summary(header('syntax: jinja', 'variables:', '  items: { example: [a, [b]], maxItems: 0 }') + 'Hi');
  assert.deepEqual(bad.diagnostics.filter((d) => d.rule === 'invalid-front-matter').map((d) => d.message), [
    '`syntax` must be one of plain, liquid, handlebars; found "jinja".',
    '`items.example` items must be plain values (text, numbers, true or false).',
    '`items.maxItems` must be a whole number of at least 1.',
  ]);
});

// ---- invalid-template: at the tag, and the rest still linted ----

const invalid = [
  ['an unclosed {% if %}', 'Hi {% if x %}Fast and ’ more', '{% if x %}', '`{% if %}` is never closed: add `{% endif %}`. Until then it runs to the end of the message.'],
  ['an if without a condition', 'Hi {% if %}Fast{% endif %} ok ’', '{% if %}', '`{% if %}` could not be read: Expected expression but found EndOfString ().'],
  ['an end tag of another block', 'Hi {% if x %}Fast{% endunless %} ’', '{% if x %}Fast', "Liquid syntax error: Attempting to close LiquidTag 'unless' before LiquidTag 'if' was closed. This part is counted as it is written until it is fixed."],
  ['an unclosed {{#if}}', 'Hi {{#if x}}Fast ’', '{{#if x}}', 'Handlebars syntax error: a block is never closed. Until it is fixed, only `{{name}}` placeholders are counted as variables; the rest is counted as written.'],
  ['{{#if}} closed by {{/each}}', 'Hi {{#if x}}Fast{{/each}} ’', '{{#if x}}', "Handlebars syntax error: if doesn't match each - 1:6. Until it is fixed, only `{{name}}` placeholders are counted as variables; the rest is counted as written."],
];
for (const [name, body, covered, message] of invalid) {
  test(`invalid-template: ${name} is reported at the tag; the other rules still run`, () => {
    const result = summary(body);
    const errors = result.diagnostics.filter((d) => d.rule === 'invalid-template');
    assert.equal(body.slice(errors[0].start, errors[0].end), covered);
    assert.equal(errors[0].message, message);
    assert.equal(errors[0].severity, 'error');
    // The curly apostrophe in the text is still found while the tag is half-typed.
    assert.ok(result.rules.includes('non-gsm-character'), result.rules.join());
  });
}

test('a half-typed tag while typing never blanks the other diagnostics', () => {
  const full = vars('name: { example: Ana, maxLength: 10 }') + 'Hi {{ name }}, see bit.ly/x ’ {% if vip %}gold{% endif %}';
  for (let cut = full.indexOf('{% if'); cut <= full.length; cut++) {
    const rules = summary(full.slice(0, cut)).rules;
    assert.ok(rules.includes('public-url-shortener') && rules.includes('non-gsm-character'), `${cut}: ${rules.join()}`);
  }
});

// ---- rules on paths ----

test('missing-opt-out names the condition that leads to the path without it', () => {
  const text = vars('vip: { example: true }') + 'Hi {% if vip %}Gold. Reply STOP to opt out.{% else %}Welcome{% endif %}';
  const [finding] = summary(text).diagnostics.filter((d) => d.rule === 'missing-opt-out');
  assert.equal(finding.message, 'No opt-out instruction on the path where `vip` is false: carriers filter messages that do not tell recipients how to stop them. Put the instruction outside the conditional, or into every branch.');
  assert.equal(summary(vars('vip: { example: true }') + 'Hi {% if vip %}Gold{% else %}Welcome{% endif %}. Reply STOP to opt out.').rules.includes('missing-opt-out'), false);
});

test('segment-overflow names the costliest path', () => {
  const long = 'x'.repeat(320);
  const text = vars('a: { example: true }') + `Hi {% if a %}short{% else %}${long}{% endif %} Reply STOP`;
  const [finding] = summary(text).diagnostics.filter((d) => d.rule === 'segment-overflow');
  assert.match(finding.message, /^With every variable at its maxLength on the costliest path \(`a` is false\) the message is 3 segments \(GSM-7, 334 units\); the limit is 2\./);
});

test('variable rules know loop items, assigned names and object paths', () => {
  const text = vars('items: { example: [a], maxItems: 2, maxLength: 3 }', 'order: { example: A1, maxLength: 6 }', 'unused: { example: x }') +
    '{% assign n = 1 %}{% for i in items %}{{ i }}{{ forloop.index }}{% endfor %}{{ n }} {{ order.id }} {{ nope }} Reply STOP';
  const result = summary(text);
  const named = (rule) => result.diagnostics.filter((d) => d.rule === rule).map((d) => text.slice(d.start, d.end));
  assert.deepEqual(named('undeclared-variable'), ['nope']);
  assert.deepEqual(named('unused-variable'), ['unused']);
});

// ---- the worst path: never below any path, and found without listing the paths ----

test('property: the worst case is never fewer segments than any path of independent conditionals', () => {
  const piece = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é', 'ç', '€', '😀', '\n'), maxLength: 60 });
  fc.assert(
    fc.property(fc.array(fc.tuple(piece, piece, piece), { minLength: 1, maxLength: 5 }), (branches) => {
      const names = branches.map((_, i) => `c${i}`);
      const body = branches.map(([before, yes, no], i) => `${before}{% if c${i} %}${yes}{% else %}${no}{% endif %}`).join('') + ' STOP';
      const worst = summary(vars(...names.map((n) => `${n}: { example: true }`)) + body).worst;
      for (let mask = 0; mask < 1 << names.length; mask++) {
        const path = summary(vars(...names.map((n, i) => `${n}: { example: ${(mask >> i) & 1 ? 'true' : 'false'} }`)) + body).example;
        assert.ok(worst[2] >= path[3], `mask ${mask}: worst ${worst} below path ${path}`);
        if (path[1] === 'UCS-2' && path[3] === worst[2]) assert.equal(worst[0], 'UCS-2');
      }
    }),
    { numRuns: 150 },
  );
});

test('24 independent conditionals: the worst case takes the longer branch of each', () => {
  const names = Array.from({ length: 24 }, (_, i) => `c${i}`);
  const body = names.map((n) => `{% if ${n} %}a{% else %}bb{% endif %}`).join('') + ' STOP';
  const text = vars(...names.map((n) => `${n}: { example: true }`)) + body;
  const result = summary(text);
  assert.deepEqual(result.example.slice(1), ['GSM-7', 29, 1]);
  assert.deepEqual(result.worst, ['GSM-7', 53, 1]);
  assert.equal(result.analysis.dialect.pathCount, 2 ** 24);
});

// ---- in the editor: status bar range, segments view, hover ----

test('status bar and segments view: the range of segments and the worst path with its conditions', () => {
  const text = vars('express: { example: true }', 'name: { example: Ana, maxLength: 20 }') +
    'Hi {{ name }}, {% if express %}today.{% else %}in 3–5 days, ' + 'x'.repeat(60) + '.{% endif %} Reply STOP';
  const view = engine.segmentView(lintText(text, defaultSettings).analysis);
  assert.equal(view.label, 'GSM-7 · 1–2 SMS · 25/160');
  assert.deepEqual(view.worstPath.conditions, ['`express` is false']);
  assert.equal(view.worstPath.text, `Hi Ana${'x'.repeat(17)}, in 3–5 days, ${'x'.repeat(60)}. Reply STOP`);
  assert.match(view.summary, /Worst case \(every variable at its longest, on the path where `express` is false\): UCS-2, 110 units, 2 segments\.$/);
});

test('hover on a tag says what it does to the count; on a variable, its example and length', () => {
  const text = vars('items: { example: [tea], maxItems: 3, maxLength: 10 }') + '{% for i in items %}{{ i }}{% endfor %}{% comment %}n{% endcomment %} Reply STOP';
  const analysis = lintText(text, defaultSettings).analysis;
  const at = (fragment, delta = 1) => engine.bodyHover(analysis, text.indexOf(fragment) + delta);
  assert.match(at('{% for').markdown, /^`for`: the body is sent once per item: once per example item, `maxItems` times in the worst case\./);
  assert.equal(text.slice(at('{% for').start, at('{% for').end), '{% for i in items %}');
  assert.match(at('{% comment').markdown, /^A comment: sends nothing\./);
  assert.match(at('items %}', 0).markdown, /^\*\*Variable\*\* `items`/);
});

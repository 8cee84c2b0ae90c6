// "Fix all" (fixAllText, fixAllEdit): one run settles the file, whatever the number of fixes, and the
// editor gets one edit over the changed span only, titled with what it does to the segment count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { fixAllText, fixAllEdit, changedSpan, lintText, applyEdits, defaultSettings, resolveSettings } = engine;

const fixableLeft = (text, settings = defaultSettings) => lintText(text, settings).diagnostics.filter((d) => d.fix).map((d) => d.rule);
const names = (count) => Array.from({ length: count }, (_, i) => `v${i + 1}`);
const placeholdersOf = (list) => list.map((name) => `{{${name}}}`).join(' ');
const declared = (list) => list.map((name) => `  ${name}: { maxLength: 20 }\n`).join('');

// [name, template, the template after one fix all, problems fixed by rule]
const settled = [
  ['twelve undeclared variables, no front matter', `Hi ${placeholdersOf(names(12))}. Reply STOP to opt out.`,
    `---\nvariables:\n${declared(names(12))}---\nHi ${placeholdersOf(names(12))}. Reply STOP to opt out.`, [['undeclared-variable', 12]]],
  ['twelve undeclared variables added to a block of variables', `---\nvariables:\n  a: { maxLength: 3 }\n---\n{{a}} ${placeholdersOf(names(12))}. Reply STOP to opt out.`,
    `---\nvariables:\n  a: { maxLength: 3 }\n${declared(names(12))}---\n{{a}} ${placeholdersOf(names(12))}. Reply STOP to opt out.`, [['undeclared-variable', 12]]],
  ['three undeclared variables in front matter without variables', '---\nbrand: A\n---\n{{x}} {{y}} {{z}}. Reply STOP to opt out.',
    `---\nbrand: A\nvariables:\n${declared(['x', 'y', 'z'])}---\n{{x}} {{y}} {{z}}. Reply STOP to opt out.`, [['undeclared-variable', 3]]],
  ['an empty flow mapping of variables', '---\nvariables: {}\n---\n{{x}} {{y}}. Reply STOP to opt out.',
    '---\nvariables: { x: { maxLength: 20 }, y: { maxLength: 20 } }\n---\n{{x}} {{y}}. Reply STOP to opt out.', [['undeclared-variable', 2]]],
  ['a flow mapping of variables', '---\nvariables: { a: { maxLength: 3 } }\n---\n{{a}} {{x}} {{y}}. Reply STOP to opt out.',
    '---\nvariables: { a: { maxLength: 3 }, x: { maxLength: 20 }, y: { maxLength: 20 } }\n---\n{{a}} {{x}} {{y}}. Reply STOP to opt out.', [['undeclared-variable', 2]]],
  ['a placeholder used twice is declared once', '{{x}} and {{x}}. Reply STOP to opt out.',
    '---\nvariables:\n  x: { maxLength: 20 }\n---\n{{x}} and {{x}}. Reply STOP to opt out.', [['undeclared-variable', 2]]],
  ['curly quotes, a dash and a missing opt-out', 'It’s “ready” – come by',
    'It\'s "ready" - come by Reply STOP to opt out.', [['non-gsm-character', 4], ['missing-opt-out', 1]]],
  ['more problems of one rule than a rule lists at once', '’'.repeat(2500) + ' Reply STOP to opt out.',
    "'".repeat(2500) + ' Reply STOP to opt out.', [['non-gsm-character', 2500]]],
];
for (const [name, text, expected, byRule] of settled) {
  test(`fixAllText settles in one run: ${name}`, () => {
    const result = fixAllText(text, defaultSettings);
    assert.equal(result.text, expected);
    assert.deepEqual([...result.fixedByRule], byRule);
    assert.equal(result.fixed, byRule.reduce((sum, [, n]) => sum + n, 0));
    assert.deepEqual(fixableLeft(result.text), []);
    assert.deepEqual(result.remaining, lintText(result.text, defaultSettings).diagnostics);
  });
}

test('fixAllText: a fix that makes another possible is applied in the same run', () => {
  // The appended opt-out text has a curly apostrophe: its own non-gsm-character fix follows.
  const { settings } = resolveSettings({ optOutText: 'Reply STOP, it’s free, to opt out' });
  const result = fixAllText('Your parcel is here', settings);
  assert.equal(result.text, "Your parcel is here Reply STOP, it's free, to opt out");
  assert.deepEqual([...result.fixedByRule], [['non-gsm-character', 1], ['missing-opt-out', 1]]);
});

test('fixAllText with a rule fixes that rule only', () => {
  const result = fixAllText('It’s “ready” – {{x}}', defaultSettings, 'undeclared-variable');
  assert.equal(result.text, '---\nvariables:\n  x: { maxLength: 20 }\n---\nIt’s “ready” – {{x}}');
  assert.deepEqual([...result.fixedByRule], [['undeclared-variable', 1]]);
});

test('fixAllText changes nothing in a text with nothing fixable', () => {
  // The emoji has no GSM-7 look-alike: a problem, but not a fixable one.
  const text = "It's on 👋 Reply STOP to opt out.";
  const result = fixAllText(text, defaultSettings);
  assert.equal(result.text, text);
  assert.equal(result.fixed, 0);
  assert.deepEqual(result.remaining.map((d) => d.rule), ['non-gsm-character']);
});

test('the undeclared-variable fixes of several placeholders apply together in one pass', () => {
  const text = '---\nvariables:\n  a: { maxLength: 3 }\n---\n{{a}} {{x}} {{y}} {{z}}';
  const edits = lintText(text, defaultSettings).diagnostics.filter((d) => d.rule === 'undeclared-variable').flatMap((d) => d.fix.edits);
  assert.equal(applyEdits(text, edits), `---\nvariables:\n  a: { maxLength: 3 }\n${declared(['x', 'y', 'z'])}---\n{{a}} {{x}} {{y}} {{z}}`);
});

test('where the front matter must be created, each placeholder\'s fix declares them all and says so', () => {
  const text = '{{x}} {{y}} {{z}}';
  const fixes = lintText(text, defaultSettings).diagnostics.filter((d) => d.rule === 'undeclared-variable').map((d) => d.fix);
  assert.deepEqual(fixes.map((fix) => fix.title), [
    'Declare `x` and 2 more undeclared variables in the front matter (maxLength 20)',
    'Declare `y` and 2 more undeclared variables in the front matter (maxLength 20)',
    'Declare `z` and 2 more undeclared variables in the front matter (maxLength 20)',
  ]);
  const expected = `---\nvariables:\n${declared(['x', 'y', 'z'])}---\n{{x}} {{y}} {{z}}`;
  assert.equal(applyEdits(text, fixes[1].edits), expected);
  assert.equal(applyEdits(text, fixes.flatMap((fix) => fix.edits)), expected);
});

test('a declared variable counts as its maxLength, not as an empty example', () => {
  const text = 'Hi {{name}}';
  const fixed = fixAllText(text, resolveSettings({ rules: { 'missing-opt-out': 'off' } }).settings).text;
  assert.equal(lintText(fixed, defaultSettings).analysis.count.units, 23);
});

// [name, text, expected edits, title]
const editorFixAll = [
  ['one character', "It’s ready. Reply STOP to opt out.", [{ start: 2, end: 3, newText: "'" }], 'Fix all auto-fixable problems — GSM-7: still 1 segment'],
  [
    'three characters, each its own edit',
    'It’s “ready”. Reply STOP to opt out.',
    [
      { start: 2, end: 3, newText: "'" },
      { start: 5, end: 6, newText: '"' },
      { start: 11, end: 12, newText: '"' },
    ],
    'Fix all auto-fixable problems — GSM-7: still 1 segment',
  ],
  ['an appended opt-out', 'Your parcel is here', [{ start: 19, end: 19, newText: ' Reply STOP to opt out.' }], 'Fix all auto-fixable problems — still 1 segment'],
  ['one that saves a segment', `${'x'.repeat(100)}’ Reply STOP to opt out.`, [{ start: 100, end: 101, newText: "'" }], 'Fix all auto-fixable problems — GSM-7: 1 segment instead of 2'],
];
for (const [name, text, edits, title] of editorFixAll) {
  test(`fixAllEdit settled in one pass keeps the fixes' own edits: ${name}`, () => {
    const fix = fixAllEdit(text, defaultSettings);
    assert.deepEqual(fix, { title, edits });
    assert.equal(applyEdits(text, fix.edits), fixAllText(text, defaultSettings).text);
  });
}

test('fixAllEdit that needs a second pass is one edit over the changed span', () => {
  // The non-GSM character after 1,000 others is only listed once the first 1,000 are fixed.
  const text = '’'.repeat(1001) + ' Reply STOP to opt out.';
  const fix = fixAllEdit(text, defaultSettings);
  assert.deepEqual(fix.edits, [{ start: 0, end: 1001, newText: "'".repeat(1001) }]);
  assert.equal(applyEdits(text, fix.edits), fixAllText(text, defaultSettings).text);
});

test('fixAllEdit for one rule says which rule, and can be titled by its caller', () => {
  const text = 'It’s “ready” {{x}}. Reply STOP to opt out.';
  assert.equal(fixAllEdit(text, defaultSettings, 'non-gsm-character').title, 'Fix all non-gsm-character problems in file — GSM-7: still 1 segment');
  assert.equal(fixAllEdit(text, defaultSettings, 'non-gsm-character', 'Convert to GSM-7').title, 'Convert to GSM-7 — GSM-7: still 1 segment');
});

test('fixAllEdit is undefined when nothing is fixable', () => {
  assert.equal(fixAllEdit('Fine. Reply STOP to opt out.', defaultSettings), undefined);
});

test('changedSpan never cuts a surrogate pair', () => {
  assert.deepEqual(changedSpan('a😀b', 'a😃b'), { start: 1, end: 3, newText: '😃' });
  assert.deepEqual(changedSpan('😀x', '😀'), { start: 2, end: 3, newText: '' });
});

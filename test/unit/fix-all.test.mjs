// "Fix all" (fixAllText, fixAllEdit): one run settles the file, whatever the number of fixes, and the
// editor gets one edit over the changed span only, titled with what it does to the segment count.
// Safe fixes only, unless unsafe ones are asked for ({ unsafe: true }, smslint --unsafe-fixes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { fixAllText, fixAllEdit, transliterationEdit, changedSpan, lintText, applyEdits, defaultSettings, resolveSettings } = engine;

const fixableLeft = (text, settings = defaultSettings) => lintText(text, settings).diagnostics.filter((d) => d.fix).map((d) => d.rule);
const unsafe = { unsafe: true };
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
  test(`fixAllText with unsafe fixes settles in one run: ${name}`, () => {
    const result = fixAllText(text, defaultSettings, unsafe);
    assert.equal(result.text, expected);
    assert.deepEqual([...result.fixedByRule], byRule);
    assert.equal(result.fixed, byRule.reduce((sum, [, n]) => sum + n, 0));
    assert.deepEqual(fixableLeft(result.text), []);
    assert.deepEqual(result.remaining, lintText(result.text, defaultSettings).diagnostics);
  });
}

// [name, text, after fix all (safe fixes only), problems fixed by rule, unsafe fixes left by rule]
const safeOnly = [
  ['undeclared variables are left: their maxLength is a guess', 'Hi {{x}} {{y}}. Reply STOP to opt out.', 'Hi {{x}} {{y}}. Reply STOP to opt out.', [], ['undeclared-variable', 'undeclared-variable']],
  ['a missing opt-out is left: appending it adds wording', 'It’s here', "It's here", [['non-gsm-character', 1]], ['missing-opt-out']],
  ['a transliteration is left: it changes spelling', 'Código: “1234”. Reply STOP to opt out.', 'Código: "1234". Reply STOP to opt out.', [['non-gsm-character', 2]], ['non-gsm-character']],
  ['a combining mark that composes into a GSM letter is applied', 'Cafe\u0301. Reply STOP to opt out.', 'Café. Reply STOP to opt out.', [['non-gsm-character', 1]], []],
  ['a combining mark that does not is left', 'Ola\u0301. Reply STOP to opt out.', 'Ola\u0301. Reply STOP to opt out.', [], ['non-gsm-character']],
  ['Greek capitals that look Latin are applied; GSM-7’s own Greek capitals need none', 'ΚΩΔΙΚΟΣ 1234. Reply STOP to opt out.', 'KΩΔIKOΣ 1234. Reply STOP to opt out.', [['non-gsm-character', 4]], []],
];
for (const [name, text, expected, byRule, left] of safeOnly) {
  test(`fixAllText applies safe fixes only: ${name}`, () => {
    const result = fixAllText(text, defaultSettings);
    assert.equal(result.text, expected);
    assert.deepEqual([...result.fixedByRule], byRule);
    assert.deepEqual(result.remaining.filter((d) => d.fix).map((d) => [d.rule, d.fix.safe]), left.map((rule) => [rule, false]));
  });
}

test('fixAllText applies every fix in one pass, past the 1,000 findings a report lists', () => {
  const text = 'e\u0301'.repeat(2500) + ' Reply STOP to opt out.';
  const result = fixAllText(text, defaultSettings);
  assert.equal(result.text, 'é'.repeat(2500) + ' Reply STOP to opt out.');
  assert.equal(result.fixed, 2500);
  assert.equal(result.passes, 1);
  // What is left is listed as a report lists it.
  assert.deepEqual(result.remaining, lintText(result.text, defaultSettings).diagnostics);
});

test('fixAllEdit of more fixes than an editor takes one by one is one edit over the changed span', () => {
  const text = 'e\u0301'.repeat(1500) + ' Reply STOP to opt out.';
  const fix = fixAllEdit(text, defaultSettings);
  assert.deepEqual(fix.edits, [{ start: 0, end: 3000, newText: 'é'.repeat(1500) }]);
  assert.equal(fix.safe, true);
});

test('fixAllText: a fix that makes another possible is applied in the same run', () => {
  // The appended opt-out text has a curly apostrophe: its own non-gsm-character fix follows.
  const { settings } = resolveSettings({ optOutText: 'Reply STOP, it’s free, to opt out' });
  const result = fixAllText('Your parcel is here', settings, unsafe);
  assert.equal(result.text, "Your parcel is here Reply STOP, it's free, to opt out");
  assert.deepEqual([...result.fixedByRule], [['non-gsm-character', 1], ['missing-opt-out', 1]]);
});

test('fixAllText with a rule fixes that rule only', () => {
  const result = fixAllText('It’s “ready” – {{x}}', defaultSettings, { rule: 'undeclared-variable', unsafe: true });
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
  assert.deepEqual(fixes.map((fix) => [fix.title, fix.safe]), [
    ['Declare `x` and 2 more undeclared variables in the front matter (maxLength 20) [unsafe: maxLength is a guess]', false],
    ['Declare `y` and 2 more undeclared variables in the front matter (maxLength 20) [unsafe: maxLength is a guess]', false],
    ['Declare `z` and 2 more undeclared variables in the front matter (maxLength 20) [unsafe: maxLength is a guess]', false],
  ]);
  const expected = `---\nvariables:\n${declared(['x', 'y', 'z'])}---\n{{x}} {{y}} {{z}}`;
  assert.equal(applyEdits(text, fixes[1].edits), expected);
  assert.equal(applyEdits(text, fixes.flatMap((fix) => fix.edits)), expected);
});

test('a declared variable counts as its maxLength, not as an empty example', () => {
  const text = 'Hi {{name}}';
  const fixed = fixAllText(text, resolveSettings({ rules: { 'missing-opt-out': 'off' } }).settings, unsafe).text;
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
  ['an appended opt-out, with unsafe fixes', 'Your parcel is here', [{ start: 19, end: 19, newText: ' Reply STOP to opt out.' }],
    'Fix all auto-fixable problems [unsafe: includes unsafe fixes] — still 1 segment', unsafe],
  ['one that saves a segment', `${'x'.repeat(100)}’ Reply STOP to opt out.`, [{ start: 100, end: 101, newText: "'" }], 'Fix all auto-fixable problems — GSM-7: 1 segment instead of 2'],
];
for (const [name, text, edits, title, options = {}] of editorFixAll) {
  test(`fixAllEdit settled in one pass keeps the fixes' own edits: ${name}`, () => {
    const fix = fixAllEdit(text, defaultSettings, options);
    assert.deepEqual(fix, { title, safe: options.unsafe !== true, edits });
    assert.equal(applyEdits(text, fix.edits), fixAllText(text, defaultSettings, options).text);
  });
}

test('fixAllEdit that needs a second pass is one edit over the changed span', () => {
  // The appended opt-out text has a curly apostrophe: its fix is found on the second pass.
  const { settings } = resolveSettings({ optOutText: 'Reply STOP, it’s free, to opt out' });
  const text = 'Your parcel is here';
  const fix = fixAllEdit(text, settings, unsafe);
  assert.deepEqual(fix.edits, [{ start: 19, end: 19, newText: " Reply STOP, it's free, to opt out" }]);
  assert.equal(applyEdits(text, fix.edits), fixAllText(text, settings, unsafe).text);
});

test('fixAllEdit without unsafe fixes leaves the opt-out alone', () => {
  assert.equal(fixAllEdit('Your parcel is here', defaultSettings), undefined);
});

test('fixAllEdit for one rule says which rule, and can be titled by its caller', () => {
  const text = 'It’s “ready” {{x}}. Reply STOP to opt out.';
  assert.equal(fixAllEdit(text, defaultSettings, { rule: 'non-gsm-character' }).title, 'Fix all non-gsm-character problems in file — GSM-7: still 1 segment');
  assert.equal(fixAllEdit(text, defaultSettings, { rule: 'non-gsm-character', what: 'Convert to GSM-7' }).title, 'Convert to GSM-7 — GSM-7: still 1 segment');
});

// [name, text, the whole message transliterated, title; undefined when it cannot be made GSM-7 or needs no unsafe fix]
const transliterations = [
  ['Spanish', 'Tu código de acceso: 1234', 'Tu codigo de acceso: 1234', 'Transliterate the whole message to GSM-7 [unsafe: changes spelling] — GSM-7: still 1 segment'],
  ['Polish and a curly quote', 'Zażółć “gęślą” jaźń', 'Zazolc "gesla" jazn', 'Transliterate the whole message to GSM-7 [unsafe: changes spelling] — GSM-7: still 1 segment'],
  ['Hungarian keeps the umlaut GSM-7 has', 'Győr, Űrhajó', 'Györ, Ürhajo', 'Transliterate the whole message to GSM-7 [unsafe: changes spelling] — GSM-7: still 1 segment'],
  ['Vietnamese keeps the grave GSM-7 has', 'Về nhà', 'Vè nhà', 'Transliterate the whole message to GSM-7 [unsafe: changes spelling] — GSM-7: still 1 segment'],
  ['a transliteration that saves a segment', `${'a'.repeat(100)} ção`, `${'a'.repeat(100)} cao`, 'Transliterate the whole message to GSM-7 [unsafe: changes spelling] — GSM-7: 1 segment instead of 2'],
  ['an emoji has no fix: none', 'Olá 😀', undefined, undefined],
  ['Devanagari has no fix: none', 'आपका कोड 1234', undefined, undefined],
  ['safe fixes alone suffice: none', 'It’s here', undefined, undefined],
];
for (const [name, text, expected, title] of transliterations) {
  test(`transliterationEdit: ${name}`, () => {
    const settings = resolveSettings({ rules: { 'missing-opt-out': 'off' } }).settings;
    const fix = transliterationEdit(text, settings);
    if (expected === undefined) return assert.equal(fix, undefined);
    assert.equal(applyEdits(text, fix.edits), expected);
    assert.equal(fix.title, title);
    assert.equal(fix.safe, false);
  });
}

test('fixAllEdit is undefined when nothing is fixable', () => {
  assert.equal(fixAllEdit('Fine. Reply STOP to opt out.', defaultSettings), undefined);
});

test('changedSpan never cuts a surrogate pair', () => {
  assert.deepEqual(changedSpan('a😀b', 'a😃b'), { start: 1, end: 3, newText: '😃' });
  assert.deepEqual(changedSpan('😀x', '😀'), { start: 2, end: 3, newText: '' });
});

// segment-overflow, message-length, empty-message and invalid-front-matter: when they report, the
// range they report (as the text it covers) and what the message says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { lintText, defaultSettings } = engine;

const a = (n) => 'a'.repeat(n);
const zhe = (n) => '\u0436'.repeat(n);

/** Diagnostics of one rule: [start, end, severity, message]. */
function diagnosticsOf(rule, text, settings = defaultSettings) {
  return lintText(text, settings)
    .diagnostics.filter((d) => d.rule === rule)
    .map((d) => [d.start, d.end, d.severity, d.message]);
}

const maxSegmentsOne = '---\nmaxSegments: 1\n---\n';
const noteHeader = '---\nvariables:\n  note: { example: ok, maxLength: 300 }\n---\n';
const overflowIsError = '---\nrules:\n  segment-overflow: error\n---\n';
const unicodeHeader = '---\nunicode: true\n---\n';

const overflow = [
  ['2 full GSM-7 segments are within the default limit of 2', a(306), defaultSettings, []],
  ['a third GSM-7 segment is reported from where it starts', a(307), defaultSettings, [
    [306, 307, 'warning', 'Message is 3 segments (GSM-7, 307 units); the limit is 2. This text falls past segment 2: shorten it.'],
  ]],
  ['a third UCS-2 segment is reported and suggests removing UCS-2 characters', zhe(135), defaultSettings, [
    [134, 135, 'warning', 'Message is 3 segments (UCS-2, 135 units); the limit is 2. This text falls past segment 2: shorten it or remove the characters that force UCS-2.'],
  ]],
  ['where UCS-2 is intended (unicode: true) it does not suggest removing UCS-2 characters', unicodeHeader + zhe(135), defaultSettings, [
    [unicodeHeader.length + 134, unicodeHeader.length + 135, 'warning', 'Message is 3 segments (UCS-2, 135 units); the limit is 2. This text falls past segment 2: shorten it.'],
  ]],
  ['the setting sets the limit', a(161), { ...defaultSettings, maxSegments: 1 }, [
    [153, 161, 'warning', 'Message is 2 segments (GSM-7, 161 units); the limit is 1. This text falls past segment 1: shorten it.'],
  ]],
  ['front matter maxSegments overrides the setting, and ranges are file offsets', maxSegmentsOne + a(161) + '\n', defaultSettings, [
    [maxSegmentsOne.length + 153, maxSegmentsOne.length + 161, 'warning', 'Message is 2 segments (GSM-7, 161 units); the limit is 1. This text falls past segment 1: shorten it.'],
  ]],
  ['front matter maxSegments can raise the limit', '---\nmaxSegments: 3\n---\n' + a(307), defaultSettings, []],
  ['the worst case is reported from the placeholder that pushes it over', noteHeader + a(10) + ' {{note}} end', defaultSettings, [
    // 10 + 1 + 300 + 4 = 315 septets: segment 3 starts at septet 306, inside the placeholder.
    [noteHeader.length + 11, noteHeader.length + 23, 'warning', 'With every variable at its maxLength the message is 3 segments (GSM-7, 315 units); the limit is 2. This text falls past the limit in the worst case: shorten it or lower the variables’ maxLength.'],
  ]],
  ['a template rule severity applies', overflowIsError + a(307), defaultSettings, [
    [overflowIsError.length + 306, overflowIsError.length + 307, 'error', 'Message is 3 segments (GSM-7, 307 units); the limit is 2. This text falls past segment 2: shorten it.'],
  ]],
  ['a template can turn the rule off', '---\nrules:\n  segment-overflow: off\n---\n' + a(307), defaultSettings, []],
];

for (const [name, text, settings, expected] of overflow) {
  test(`segment-overflow: ${name}`, () => {
    assert.deepEqual(diagnosticsOf('segment-overflow', text, settings), expected);
  });
}

const length = [
  ['320 characters are within the limit', a(320), defaultSettings, []],
  ['321 characters are reported from the 321st', a(321), defaultSettings, [
    [320, 321, 'warning', 'Message is 321 characters; keep it to 320 or fewer for reliable delivery (1 over). Shorten the text from here on.'],
  ]],
  ['characters are code points: an emoji is one', '\u{1F600}'.repeat(321), defaultSettings, [
    [640, 642, 'warning', 'Message is 321 characters; keep it to 320 or fewer for reliable delivery (1 over). Shorten the text from here on.'],
  ]],
  ['a CRLF line break is one character', a(319) + '\r\nb', defaultSettings, [
    [321, 322, 'warning', 'Message is 321 characters; keep it to 320 or fewer for reliable delivery (1 over). Shorten the text from here on.'],
  ]],
  ['the setting sets the limit', 'Hello there', { ...defaultSettings, maxLength: 5 }, [
    [5, 11, 'warning', 'Message is 11 characters; keep it to 5 or fewer for reliable delivery (6 over). Shorten the text from here on.'],
  ]],
];

for (const [name, text, settings, expected] of length) {
  test(`message-length: ${name}`, () => {
    assert.deepEqual(diagnosticsOf('message-length', text, settings), expected);
  });
}

const emptyMessage = 'Nothing to send: the message body is empty. Write the text below the front matter.';
const empty = [
  ['an empty file', '', [[0, 0, 'error', emptyMessage]]],
  ['a file that is one line break', '\n', [[0, 0, 'error', emptyMessage]]],
  ['front matter without a body', '---\nbrand: Contoso\n---\n', [[23, 23, 'error', emptyMessage]]],
  ['a body of text', 'Hi', []],
  ['a body that is only a placeholder', '{{code}}', []],
];

for (const [name, text, expected] of empty) {
  test(`empty-message: ${name}`, () => {
    assert.deepEqual(diagnosticsOf('empty-message', text), expected);
  });
}

const frontMatter = [
  ['valid front matter has none', '---\nsender: toll-free\nfrom: "+18005550100"\n---\nHi', []],
  ['an unknown key is an error on the key', '---\ncolour: red\n---\nHi', [
    [4, 10, 'error', 'Unknown front matter key `colour`: expected one of sender, from, to, brand, maxSegments, unicode, syntax, registered, variables, rules, sending.'],
  ]],
  ['a YAML error is an error at its place', '---\nbrand: A\n\tsender: x\n---\nHi', [
    [13, 14, 'error', 'YAML error in front matter: Tabs are not allowed as indentation'],
  ]],
  ['a template can lower its severity', '---\ncolour: red\nrules:\n  invalid-front-matter: hint\n---\nHi', [
    [4, 10, 'hint', 'Unknown front matter key `colour`: expected one of sender, from, to, brand, maxSegments, unicode, syntax, registered, variables, rules, sending.'],
  ]],
];

for (const [name, text, expected] of frontMatter) {
  test(`invalid-front-matter: ${name}`, () => {
    assert.deepEqual(diagnosticsOf('invalid-front-matter', text), expected);
  });
}

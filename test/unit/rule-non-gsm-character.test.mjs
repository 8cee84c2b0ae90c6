// The non-gsm-character rule and its fix table: every replacement is GSM-7 and keeps the meaning,
// the table covers Twilio's Smart Encoding map (with the departures listed here, each with its
// reason), and the messages and fix titles say what a character costs and what its fix saves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import engine from '../../dist/engine.js';

const { gsmReplacementFor, replaceableCodePoints, transliterationFor, transliteratedCodePoints, lintText, applyEdits, defaultSettings, countSegments } = engine;
const require = createRequire(import.meta.url);
const twilioMap = require('sms-segments-calculator/dist/libs/SmartEncodingMap.js').default;

const gsmAlphabet =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà' +
  '\f^{}\\[~]|€';
const isGsm = (text) => [...text].every((c) => gsmAlphabet.includes(c));
const hex = (codePoint) => 'U+' + codePoint.toString(16).toUpperCase().padStart(4, '0');

test('every replacement is GSM-7 text', () => {
  const notGsm = replaceableCodePoints().filter((codePoint) => !isGsm(gsmReplacementFor(codePoint))).map(hex);
  assert.deepEqual(notGsm, []);
});

test('no GSM character has a replacement', () => {
  const gsm = replaceableCodePoints().filter((codePoint) => isGsm(String.fromCodePoint(codePoint))).map(hex);
  assert.deepEqual(gsm, []);
});

test('accented letters GSM-7 lacks keep their spelling: no look-alike (safe) replacement', () => {
  const replaced = [...'áíóúâêôçãõÁÍÓÚŠšŽžŸÿ'].filter((c) => gsmReplacementFor(c.codePointAt(0)) !== undefined);
  assert.deepEqual(replaced, []);
});

// Transliterations (unsafe fixes): the letter without the accent, or the GSM-7 letter that keeps it.
const transliterated = [
  // Spanish, Portuguese, French
  ['ó', 'o'], ['á', 'a'], ['í', 'i'], ['ú', 'u'], ['Ñ', undefined], ['ç', 'c'], ['ã', 'a'], ['õ', 'o'], ['â', 'a'], ['ê', 'e'], ['ô', 'o'],
  ['À', 'A'], ['È', 'E'], ['ë', 'e'], ['ï', 'i'], ['ÿ', 'y'], ['Ÿ', 'Y'],
  // Turkish, Polish, Czech, Romanian
  ['ş', 's'], ['ğ', 'g'], ['İ', 'I'], ['ı', 'i'], ['ł', 'l'], ['Ł', 'L'], ['ą', 'a'], ['ę', 'e'], ['ż', 'z'], ['ź', 'z'], ['ń', 'n'],
  ['ř', 'r'], ['ě', 'e'], ['ů', 'u'], ['č', 'c'], ['š', 's'], ['ș', 's'], ['ț', 't'], ['ă', 'a'],
  // Hungarian double acute → the umlaut GSM-7 has; Vietnamese keeps a grave GSM-7 has
  ['ő', 'ö'], ['Ű', 'Ü'], ['ề', 'è'], ['ệ', 'e'], ['ư', 'u'], ['đ', 'd'], ['ǘ', 'ü'], ['Ǻ', 'Å'],
  // Letters without a decomposition, and compatibility forms
  ['ð', 'd'], ['þ', 'th'], ['ħ', 'h'], ['ĳ', 'ij'], ['ſ', 's'], ['ẞ', 'SS'], ['ŀ', 'l'],
  // Greek capitals with an accent: the capital without it (GSM-7's own, or the Latin look-alike)
  ['Ώ', 'Ω'], ['Ά', 'A'],
  // Windows-1252 letters read as Latin-1
  ['\u009f', 'Y'], ['\u008a', 'S'],
  // GSM-7 letters and look-alikes are not in the table
  ['é', undefined], ['Ç', undefined], ['’', undefined], ['ʰ', undefined],
];

test('letters GSM-7 lacks have their transliteration (an unsafe fix)', () => {
  assert.deepEqual(
    transliterated.map(([c]) => [c, transliterationFor(c.codePointAt(0))?.replacement]),
    transliterated,
  );
});

test('every transliteration is GSM-7 text, and no character is in both tables', () => {
  const wrong = transliteratedCodePoints().filter((c) => !isGsm(transliterationFor(c).replacement) || gsmReplacementFor(c) !== undefined || isGsm(String.fromCodePoint(c)));
  assert.deepEqual(wrong.map(hex), []);
});

test('every character of Twilio’s Smart Encoding map has a fix, safe or unsafe', () => {
  const withoutFix = Object.keys(twilioMap).filter((character) => {
    const text = `a${character}`;
    return lintText(text, defaultSettings).diagnostics.some((d) => d.rule === 'non-gsm-character' && d.fix === undefined);
  });
  assert.deepEqual(withoutFix.map((c) => hex(c.codePointAt(0))), []);
});

test('Greek capitals that look Latin have a safe look-alike; GSM-7’s own Greek capitals need none', () => {
  const lookAlikes = [...'ΑΒΕΗΙΚΜΝΟΡΤΥΧΖ'].map((c) => gsmReplacementFor(c.codePointAt(0))).join('');
  assert.equal(lookAlikes, 'ABEHIKMNOPTYXZ');
  assert.deepEqual(nonGsmDiagnostics('ΔΦΓΛΩΠΨΣΘΞ'), []);
});

// Twilio entries this table replaces differently or not at all: our replacement (undefined = none).
const departures = new Map([
  // A single blank stays one blank: two spaces change the layout and cost an extra septet.
  ...[0x00a0, 0x2000, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000].map((c) => [c, ' ']),
  [0x0009, ' '], // a tab is one blank, not seven spaces
  // Quotation marks stay quotation marks.
  [0x201a, "'"], // ‚ SINGLE LOW-9 QUOTATION MARK, not a comma
  [0x2039, "'"], // ‹ is a quotation mark, not less-than
  [0x203a, "'"], // › is a quotation mark, not greater-than
  // Line and paragraph separators end a line.
  [0x2028, '\n'],
  [0x2029, '\n'],
  // U+0080–U+009F are Windows-1252 bytes read as Latin-1: the character they meant, not a space.
  [0x0080, '€'],
  [0x008d, ''], // undefined in Windows-1252: removed rather than turned into a space
  [0x0090, ''],
  [0x009b, "'"], // Windows-1252 ›
  [0x009f, undefined], // Windows-1252 Ÿ: no GSM-7 letter keeps the spelling
  // Combining marks belong to the letter before them: n + U+0303 is ñ, never "n~". The rule
  // composes the pair when the result is GSM (e + U+0301 → é) and leaves the mark alone otherwise.
  ...[0x0302, 0x0303, 0x0313, 0x0314, 0x0326, 0x0330, 0x0332, 0x0334, 0x0337, 0x0338, 0x0347, 0x1dcd, 0x20d2, 0x20d3, 0x20e5].map((c) => [c, undefined]),
]);

test('the table replaces every character of Twilio’s Smart Encoding map as Twilio does, departures aside', () => {
  const different = [];
  for (const [character, theirs] of Object.entries(twilioMap)) {
    const codePoint = character.codePointAt(0);
    const ours = gsmReplacementFor(codePoint);
    const intended = departures.has(codePoint) ? departures.get(codePoint) : theirs;
    if (ours !== intended) different.push(`${hex(codePoint)}: ${JSON.stringify(ours)}, intended ${JSON.stringify(intended)}`);
  }
  assert.deepEqual(different, []);
});

test('every departure from Twilio’s map is a character that map holds', () => {
  const unknown = [...departures.keys()].filter((codePoint) => !(String.fromCodePoint(codePoint) in twilioMap)).map(hex);
  assert.deepEqual(unknown, []);
});

test('the table is larger than Twilio’s map', () => {
  assert.ok(replaceableCodePoints().length > Object.keys(twilioMap).length, `${replaceableCodePoints().length} entries`);
});

// Windows-1252 meaning of each byte U+0080–U+009F; undefined where no GSM-7 text keeps it.
const windows1252 = [
  [0x80, '€'], [0x81, ''], [0x82, "'"], [0x83, 'f'], [0x84, '"'], [0x85, '...'], [0x86, undefined], [0x87, undefined],
  [0x88, '^'], [0x89, undefined], [0x8a, undefined], [0x8b, "'"], [0x8c, 'OE'], [0x8d, ''], [0x8e, undefined], [0x8f, ''],
  [0x90, ''], [0x91, "'"], [0x92, "'"], [0x93, '"'], [0x94, '"'], [0x95, '-'], [0x96, '-'], [0x97, '-'],
  [0x98, '~'], [0x99, 'TM'], [0x9a, undefined], [0x9b, "'"], [0x9c, 'oe'], [0x9d, ''], [0x9e, undefined], [0x9f, undefined],
];

test('Windows-1252 mojibake U+0080–U+009F becomes the character it meant', () => {
  assert.deepEqual(
    windows1252.map(([codePoint]) => [hex(codePoint), gsmReplacementFor(codePoint)]),
    windows1252.map(([codePoint, meant]) => [hex(codePoint), meant]),
  );
});

// Look-alikes the SPEC names, and styled text.
const named = [
  ['’', "'"], ['‘', "'"], ['“', '"'], ['”', '"'], ['–', '-'], ['—', '-'], ['…', '...'], ['\u00a0', ' '], ['•', '-'],
  ['‹', "'"], ['›', "'"], ['«', '"'], ['»', '"'], ['Ａ', 'A'], ['ｚ', 'z'], ['０', '0'], ['！', '!'], ['\u{1D412}', 'S'],
  ['\u{1D586}', 'a'], ['ℍ', 'H'], ['\u{1D7D8}', '0'], ['\u{1D6AB}', 'Δ'], ['ᴀ', 'A'], ['\u200b', ''], ['\u2028', '\n'],
];

test('the characters SPEC names have their look-alikes', () => {
  assert.deepEqual(
    named.map(([c]) => [c, gsmReplacementFor(c.codePointAt(0))]),
    named,
  );
});

/** The non-gsm-character diagnostics of a file: covered text, message, fix title (or none). */
function nonGsmDiagnostics(text) {
  return lintText(text, defaultSettings)
    .diagnostics.filter((d) => d.rule === 'non-gsm-character')
    .map((d) => [text.slice(d.start, d.end), d.message, d.fix?.title]);
}

const sameSegments = 'forces UCS-2: still 1 segment, but a UCS-2 segment holds 70 characters instead of 160';

const reported = [
  ['a curly apostrophe that costs nothing extra yet', 'It’s here', [
    ['’', `’ (U+2019 RIGHT SINGLE QUOTATION MARK) ${sameSegments}. Replace it with “'”.`,
      "’ → ' — back to GSM-7: still 1 segment, room for 151 more characters instead of 61"],
  ]],
  ['one apostrophe that triples the cost', 'a'.repeat(150) + '’', [
    ['’', "’ (U+2019 RIGHT SINGLE QUOTATION MARK) forces UCS-2: 3 segments instead of 1. Replace it with “'”.",
      "’ → ' — back to GSM-7: 1 segment instead of 3"],
  ]],
  ['an em dash in a 161-character message', 'a'.repeat(100) + '—' + 'b'.repeat(60), [
    ['—', '— (U+2014 EM DASH) forces UCS-2: 3 segments instead of 2. Replace it with “-”.',
      '— → - — back to GSM-7: 2 segments instead of 3'],
  ]],
  ['two curly quotes: each fix alone saves nothing', '“Hi”', [
    ['“', `“ (U+201C LEFT DOUBLE QUOTATION MARK) ${sameSegments}. Replace it with “"”.`,
      '“ → " — saves nothing yet: 1 other character still forces UCS-2'],
    ['”', `” (U+201D RIGHT DOUBLE QUOTATION MARK) ${sameSegments}. Replace it with “"”.`,
      '” → " — saves nothing yet: 1 other character still forces UCS-2'],
  ]],
  ['Windows-1252 mojibake is shown by code point', 'It\u0092s', [
    ['\u0092', `(U+0092 CONTROL CHARACTER: a Windows-1252 RIGHT SINGLE QUOTATION MARK read as Latin-1) ${sameSegments}. Replace it with “'”.`,
      "U+0092 → ' — back to GSM-7: still 1 segment, room for 156 more characters instead of 66"],
  ]],
  ['a no-break space is shown by code point and replaced by a space', 'Hi\u00a0there', [
    ['\u00a0', `(U+00A0 NO-BREAK SPACE) ${sameSegments}. Replace it with a space.`,
      'U+00A0 → (space) — back to GSM-7: still 1 segment, room for 152 more characters instead of 62'],
  ]],
  ['a letter and a combining accent compose into one GSM letter', 'Cafe\u0301', [
    ['e\u0301', `U+0301 (a combining mark on "e") ${sameSegments}. Write the letter as the single character “é”.`,
      'e + U+0301 → é — back to GSM-7: still 1 segment, room for 156 more characters instead of 65'],
  ]],
  ['an accented letter GSM-7 lacks has an unsafe transliteration', 'Olá', [
    ['á', `á (U+00E1) ${sameSegments}. GSM-7 has no such letter: writing “a” instead (an unsafe fix: it changes the spelling) keeps the message GSM-7; or set \`unicode: true\` in the front matter if UCS-2 is intended.`,
      'á → a [unsafe: changes spelling] — back to GSM-7: still 1 segment, room for 157 more characters instead of 67'],
  ]],
  ['a transliteration that saves a segment', 'a'.repeat(100) + ' código', [
    ['ó', 'ó (U+00F3) forces UCS-2: 2 segments instead of 1. GSM-7 has no such letter: writing “o” instead (an unsafe fix: it changes the spelling) keeps the message GSM-7; or set `unicode: true` in the front matter if UCS-2 is intended.',
      'ó → o [unsafe: changes spelling] — back to GSM-7: 1 segment instead of 2'],
  ]],
  ['a combining mark GSM-7 cannot compose is dropped by an unsafe fix', 'Ola\u0301', [
    ['\u0301', `U+0301 (a combining mark on "a") ${sameSegments}. GSM-7 cannot show the mark: dropping it (an unsafe fix: it changes the spelling) keeps the message GSM-7; or set \`unicode: true\` in the front matter if UCS-2 is intended.`,
      'U+0301 → (nothing) [unsafe: drops a combining mark] — back to GSM-7: still 1 segment, room for 157 more characters instead of 66'],
  ]],
  ['two combining marks keep the one GSM-7 composes', 'Ve\u0302\u0300', [
    ['e\u0302\u0300', `U+0302 U+0300 (combining marks on "e") ${sameSegments}. GSM-7 has no such letter: writing “è” instead (an unsafe fix: it changes the spelling) keeps the message GSM-7; or set \`unicode: true\` in the front matter if UCS-2 is intended.`,
      'e + U+0302 + U+0300 → è [unsafe: changes spelling] — back to GSM-7: still 1 segment, room for 158 more characters instead of 66'],
  ]],
  ['a Hindi one-time code is one finding that names the script', '---\nrules: { missing-opt-out: off }\n---\nआपका OTP 123456 है। इसे किसी के साथ साझा न करें।', [
    ['आपका OTP 123456 है। इसे किसी के साथ साझा न करें।',
      `Devanagari text (29 characters) ${sameSegments}. GSM-7 has no look-alike for this script: if UCS-2 is intended, set \`unicode: true\` in the front matter; otherwise write the message in GSM-7 characters. Hover a character for what it is.`, undefined],
  ]],
  ['Cyrillic and Chinese in one message: one finding naming both, a look-alike beside them keeps its own', 'Привет “你好”', [
    ['Привет “你好', `Cyrillic and Chinese (Han) text (8 characters) ${sameSegments}. GSM-7 has no look-alike for these scripts: if UCS-2 is intended, set \`unicode: true\` in the front matter; otherwise write the message in GSM-7 characters. Hover a character for what it is.`, undefined],
    ['“', `“ (U+201C LEFT DOUBLE QUOTATION MARK) ${sameSegments}. Replace it with “"”.`, '“ → " — saves nothing yet: 9 other characters still force UCS-2'],
    ['”', `” (U+201D RIGHT DOUBLE QUOTATION MARK) ${sameSegments}. Replace it with “"”.`, '” → " — saves nothing yet: 9 other characters still force UCS-2'],
  ]],
  ['Chinese punctuation is part of the Chinese text: no finding or fix of its own (the message stays UCS-2 whatever is fixed)', '你好，世界。', [
    ['你好，世界。', `Chinese (Han) text (6 characters) ${sameSegments}. GSM-7 has no look-alike for this script: if UCS-2 is intended, set \`unicode: true\` in the front matter; otherwise write the message in GSM-7 characters. Hover a character for what it is.`, undefined],
  ]],
  ['CJK punctuation before the Chinese text widens its finding', '---\nrules: { missing-opt-out: off }\n---\n。Hi 你好', [
    ['。Hi 你好', `Chinese (Han) text (3 characters) ${sameSegments}. GSM-7 has no look-alike for this script: if UCS-2 is intended, set \`unicode: true\` in the front matter; otherwise write the message in GSM-7 characters. Hover a character for what it is.`, undefined],
  ]],
  ['a fullwidth comma in a message without CJK text keeps its look-alike fix', 'Hello，world', [
    ['，', `， (U+FF0C FULLWIDTH COMMA) ${sameSegments}. Replace it with “,”.`, '， → , — back to GSM-7: still 1 segment, room for 149 more characters instead of 59'],
  ]],
  ['lower-case Greek is Greek text', 'Γεια σου', [
    ['εια σου', `Greek text (6 characters) ${sameSegments}. GSM-7 has no look-alike for this script: if UCS-2 is intended, set \`unicode: true\` in the front matter; otherwise write the message in GSM-7 characters. Hover a character for what it is.`, undefined],
  ]],
  ['an emoji is one finding over its surrogate pair', 'Hi \u{1F600}', [
    ['\u{1F600}', `\u{1F600} (U+1F600) ${sameSegments}. It has no GSM-7 look-alike: reword, or set \`unicode: true\` in the front matter if UCS-2 is intended.`, undefined],
  ]],
  ['a fix saves nothing while a variable example forces UCS-2', '---\nvariables:\n  city: { example: São Paulo }\n---\nSee you in {{city}}’', [
    ['{{city}}', `The example of \`city\` ("São Paulo") has ã (U+00E3), which ${sameSegments}. If real values can hold it, declare the variable \`unicode: true\` (or set \`unicode: true\` in the front matter); otherwise give an example in GSM-7.`, undefined],
    ['’', `’ (U+2019 RIGHT SINGLE QUOTATION MARK) ${sameSegments}. Replace it with “'”.`,
      "’ → ' — saves nothing: the variables’ examples still force UCS-2"],
  ]],
  ['an example outside GSM-7 is reported at its placeholder, with the character and the cost', '---\nvariables:\n  name: { example: "Zoë" }\n---\nHi {{name}}. Reply STOP to opt out.', [
    ['{{name}}', `The example of \`name\` ("Zoë") has ë (U+00EB), which ${sameSegments}. If real values can hold it, declare the variable \`unicode: true\` (or set \`unicode: true\` in the front matter); otherwise give an example in GSM-7.`, undefined],
  ]],
  ['an example of a unicode: true variable is intended UCS-2', '---\nvariables:\n  name: { example: "Zoë", unicode: true }\n---\nHi {{name}}', []],
  ['a no-break space or a tab inside `{{ }}` is never sent', '---\nvariables:\n  name: { example: "Ana" }\n---\nHi {{\u00a0name\t}} and {{\tname\u00a0}}', []],
  ['unicode: true silences the rule', '---\nunicode: true\n---\nIt’s here', []],
  ['characters in the front matter are not message text', '---\nbrand: “Contoso”\n---\nHi', []],
];

for (const [name, text, expected] of reported) {
  test(`diagnostics: ${name}`, () => {
    assert.deepEqual(nonGsmDiagnostics(text), expected);
  });
}

/** The file after applying every safe non-gsm-character fix at once, as "fix all" does. */
function fixAll(text) {
  const edits = lintText(text, defaultSettings)
    .diagnostics.filter((d) => d.rule === 'non-gsm-character' && d.fix?.safe)
    .flatMap((d) => d.fix.edits);
  return applyEdits(text, edits);
}

const fixedFiles = [
  ['curly quotes, dashes, ellipsis and blanks',
    '---\nbrand: “Contoso”\n---\n“Hi” it’s\u00a0here – now… • done\u200b!\n',
    '---\nbrand: “Contoso”\n---\n"Hi" it\'s here - now... - done!\n'],
  ['mojibake and fullwidth forms', 'Price\u0096 \u0080５ ＯＦＦ\u0092\r\n', 'Price- €5 OFF\'\r\n'],
  ['styled letters and a composed accent', '\u{1D412}\u{1D400}\u{1D40B}\u{1D404} at Cafe\u0301', 'SALE at Café'],
  ['unfixable characters stay, fixable ones around them go', 'Olá “amigo” \u{1F600}', 'Olá "amigo" \u{1F600}'],
  ['placeholders are kept as they are', '---\nvariables:\n  name: { example: Ana }\n---\nHi {{name}}’s', "---\nvariables:\n  name: { example: Ana }\n---\nHi {{name}}'s"],
];

for (const [name, text, expected] of fixedFiles) {
  test(`fix all: ${name}`, () => {
    assert.equal(fixAll(text), expected);
  });
  test(`fix all leaves nothing fixable: ${name}`, () => {
    const left = lintText(fixAll(text), defaultSettings).diagnostics.filter((d) => d.rule === 'non-gsm-character' && d.fix?.safe);
    assert.deepEqual(left, []);
  });
}

test('fix all makes a message of fixable characters GSM-7 again', () => {
  assert.equal(countSegments(fixAll('“Don’t miss it” – 50% off…')).encoding, 'GSM-7');
});

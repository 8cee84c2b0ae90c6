// GSM-7 look-alikes for characters that force UCS-2: the safe fixes. A replacement keeps the meaning:
// quotes stay quotes, dashes stay dashes, a fullwidth or styled letter (or a Greek capital that looks
// Latin) becomes the same letter, a blank stays one blank. Letters with accents that GSM-7 lacks (á,
// ç, ê …) have no look-alike: dropping the accent changes the spelling, which transliteration.ts
// offers as an unsafe fix. Combining marks have none either: they belong to the letter before them
// (the non-gsm-character rule composes the pair instead, e.g. e + U+0301 → é).
//
// Compared with Twilio's Smart Encoding map (sms-segments-calculator), which this table covers,
// these differ on purpose: blanks and tabs become one space, not two or seven; ‚ (U+201A) and ‹ ›
// are quotation marks, so they become ' rather than , < >; U+0080–U+009F are read as the Windows-1252
// characters they were meant to be (0x80 is €, not a space); U+2028/U+2029 separate lines, so they
// become a line break; combining marks and U+009F (Windows-1252 Ÿ) are left alone.

import { isGsmText } from './gsm';

interface Replacement {
  replacement: string;
  name: string;
}

const table = new Map<number, Replacement>();

function add(codePoints: number[], replacement: string, name: string | string[]): void {
  codePoints.forEach((codePoint, i) => {
    table.set(codePoint, { replacement, name: Array.isArray(name) ? name[i] : name });
  });
}

// Quotation marks and apostrophes.
add([0x2018, 0x2019, 0x201a, 0x201b], "'", [
  'LEFT SINGLE QUOTATION MARK',
  'RIGHT SINGLE QUOTATION MARK',
  'SINGLE LOW-9 QUOTATION MARK',
  'SINGLE HIGH-REVERSED-9 QUOTATION MARK',
]);
add([0x2032, 0x2035, 0x02b9, 0x02bb, 0x02bc, 0x02bd, 0x02c8, 0x02ca, 0x02cb, 0x00b4, 0x0060, 0xff07, 0x275b, 0x275c, 0xfe10, 0xfe11], "'", [
  'PRIME',
  'REVERSED PRIME',
  'MODIFIER LETTER PRIME',
  'MODIFIER LETTER TURNED COMMA',
  'MODIFIER LETTER APOSTROPHE',
  'MODIFIER LETTER REVERSED COMMA',
  'MODIFIER LETTER VERTICAL LINE',
  'MODIFIER LETTER ACUTE ACCENT',
  'MODIFIER LETTER GRAVE ACCENT',
  'ACUTE ACCENT',
  'GRAVE ACCENT',
  'FULLWIDTH APOSTROPHE',
  'HEAVY SINGLE TURNED COMMA QUOTATION MARK ORNAMENT',
  'HEAVY SINGLE COMMA QUOTATION MARK ORNAMENT',
  'PRESENTATION FORM FOR VERTICAL COMMA',
  'PRESENTATION FORM FOR VERTICAL IDEOGRAPHIC COMMA',
]);
add([0x2039, 0x203a], "'", ['SINGLE LEFT-POINTING ANGLE QUOTATION MARK', 'SINGLE RIGHT-POINTING ANGLE QUOTATION MARK']);
add([0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x2036, 0x00ab, 0x00bb, 0x02ba, 0x02ee, 0x275d, 0x275e, 0x301d, 0x301e, 0xff02], '"', [
  'LEFT DOUBLE QUOTATION MARK',
  'RIGHT DOUBLE QUOTATION MARK',
  'DOUBLE LOW-9 QUOTATION MARK',
  'DOUBLE HIGH-REVERSED-9 QUOTATION MARK',
  'DOUBLE PRIME',
  'REVERSED DOUBLE PRIME',
  'LEFT-POINTING DOUBLE ANGLE QUOTATION MARK',
  'RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK',
  'MODIFIER LETTER DOUBLE PRIME',
  'MODIFIER LETTER DOUBLE APOSTROPHE',
  'HEAVY DOUBLE TURNED COMMA QUOTATION MARK ORNAMENT',
  'HEAVY DOUBLE COMMA QUOTATION MARK ORNAMENT',
  'REVERSED DOUBLE PRIME QUOTATION MARK',
  'DOUBLE PRIME QUOTATION MARK',
  'FULLWIDTH QUOTATION MARK',
]);

// Dashes, hyphens and bullets.
add([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2043, 0xfe58, 0xfe63, 0xff0d, 0x23bc, 0x23bd], '-', [
  'HYPHEN',
  'NON-BREAKING HYPHEN',
  'FIGURE DASH',
  'EN DASH',
  'EM DASH',
  'HORIZONTAL BAR',
  'MINUS SIGN',
  'HYPHEN BULLET',
  'SMALL EM DASH',
  'SMALL HYPHEN-MINUS',
  'FULLWIDTH HYPHEN-MINUS',
  'HORIZONTAL SCAN LINE-7',
  'HORIZONTAL SCAN LINE-9',
]);
add([0x2022, 0x2023, 0x2027, 0x00b7, 0x2219, 0x25e6], '-', [
  'BULLET',
  'TRIANGULAR BULLET',
  'HYPHENATION POINT',
  'MIDDLE DOT',
  'BULLET OPERATOR',
  'WHITE BULLET',
]);

// Spaces: every width of blank becomes a plain space; invisible characters are removed.
add([0x00a0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000, 0x0009], ' ', [
  'NO-BREAK SPACE',
  'EN QUAD',
  'EM QUAD',
  'EN SPACE',
  'EM SPACE',
  'THREE-PER-EM SPACE',
  'FOUR-PER-EM SPACE',
  'SIX-PER-EM SPACE',
  'FIGURE SPACE',
  'PUNCTUATION SPACE',
  'THIN SPACE',
  'HAIR SPACE',
  'NARROW NO-BREAK SPACE',
  'MEDIUM MATHEMATICAL SPACE',
  'IDEOGRAPHIC SPACE',
  'CHARACTER TABULATION',
]);
add([0x200b, 0x2060, 0xfeff, 0x00ad, 0x200e, 0x200f], '', [
  'ZERO WIDTH SPACE',
  'WORD JOINER',
  'ZERO WIDTH NO-BREAK SPACE',
  'SOFT HYPHEN',
  'LEFT-TO-RIGHT MARK',
  'RIGHT-TO-LEFT MARK',
]);

// Other punctuation and symbols with a plain equivalent.
add([0x2026], '...', 'HORIZONTAL ELLIPSIS');
add([0x2024], '.', 'ONE DOT LEADER');
add([0x2025], '..', 'TWO DOT LEADER');
add([0x3002, 0xfe52, 0xff0e, 0xff61], '.', ['IDEOGRAPHIC FULL STOP', 'SMALL FULL STOP', 'FULLWIDTH FULL STOP', 'HALFWIDTH IDEOGRAPHIC FULL STOP']);
add([0x3001, 0xfe50, 0xfe51, 0xff0c, 0xff64], ',', [
  'IDEOGRAPHIC COMMA',
  'SMALL COMMA',
  'SMALL IDEOGRAPHIC COMMA',
  'FULLWIDTH COMMA',
  'HALFWIDTH IDEOGRAPHIC COMMA',
]);
add([0x2044, 0x2215, 0x29f8, 0xff0f], '/', ['FRACTION SLASH', 'DIVISION SLASH', 'BIG SOLIDUS', 'FULLWIDTH SOLIDUS']);
add([0x29f5, 0x29f9, 0xfe68, 0xff3c], '\\', ['REVERSE SOLIDUS OPERATOR', 'BIG REVERSE SOLIDUS', 'SMALL REVERSE SOLIDUS', 'FULLWIDTH REVERSE SOLIDUS']);
add([0x2223, 0xff5c, 0x23b8, 0x23b9, 0x23d0], '|', [
  'DIVIDES',
  'FULLWIDTH VERTICAL LINE',
  'LEFT VERTICAL BOX LINE',
  'RIGHT VERTICAL BOX LINE',
  'VERTICAL LINE EXTENSION',
]);
add([0x2217, 0x204e, 0x2731, 0xfe61, 0xff0a], '*', ['ASTERISK OPERATOR', 'LOW ASTERISK', 'HEAVY ASTERISK', 'SMALL ASTERISK', 'FULLWIDTH ASTERISK']);
add([0x01c3, 0xfe15, 0xfe57, 0xff01], '!', ['LATIN LETTER RETROFLEX CLICK', 'PRESENTATION FORM FOR VERTICAL EXCLAMATION MARK', 'SMALL EXCLAMATION MARK', 'FULLWIDTH EXCLAMATION MARK']);
add([0xfe16, 0xfe56, 0xff1f], '?', ['PRESENTATION FORM FOR VERTICAL QUESTION MARK', 'SMALL QUESTION MARK', 'FULLWIDTH QUESTION MARK']);
add([0x02d0, 0x2236, 0xfe13, 0xfe55, 0xff1a], ':', ['MODIFIER LETTER TRIANGULAR COLON', 'RATIO', 'PRESENTATION FORM FOR VERTICAL COLON', 'SMALL COLON', 'FULLWIDTH COLON']);
add([0xfe14, 0xfe54, 0xff1b], ';', ['PRESENTATION FORM FOR VERTICAL SEMICOLON', 'SMALL SEMICOLON', 'FULLWIDTH SEMICOLON']);
add([0xfe59, 0xff08, 0x2768, 0x276a], '(', ['SMALL LEFT PARENTHESIS', 'FULLWIDTH LEFT PARENTHESIS', 'MEDIUM LEFT PARENTHESIS ORNAMENT', 'MEDIUM FLATTENED LEFT PARENTHESIS ORNAMENT']);
add([0xfe5a, 0xff09, 0x2769, 0x276b], ')', ['SMALL RIGHT PARENTHESIS', 'FULLWIDTH RIGHT PARENTHESIS', 'MEDIUM RIGHT PARENTHESIS ORNAMENT', 'MEDIUM FLATTENED RIGHT PARENTHESIS ORNAMENT']);
add([0xfe47, 0xff3b], '[', ['PRESENTATION FORM FOR VERTICAL LEFT SQUARE BRACKET', 'FULLWIDTH LEFT SQUARE BRACKET']);
add([0xfe48, 0xff3d], ']', ['PRESENTATION FORM FOR VERTICAL RIGHT SQUARE BRACKET', 'FULLWIDTH RIGHT SQUARE BRACKET']);
add([0xfe5b, 0xff5b], '{', ['SMALL LEFT CURLY BRACKET', 'FULLWIDTH LEFT CURLY BRACKET']);
add([0xfe5c, 0xff5d], '}', ['SMALL RIGHT CURLY BRACKET', 'FULLWIDTH RIGHT CURLY BRACKET']);
add([0xfe64, 0xff1c], '<', ['SMALL LESS-THAN SIGN', 'FULLWIDTH LESS-THAN SIGN']);
add([0xfe65, 0xff1e], '>', ['SMALL GREATER-THAN SIGN', 'FULLWIDTH GREATER-THAN SIGN']);
add([0xfe66, 0xff1d, 0xa78a], '=', ['SMALL EQUALS SIGN', 'FULLWIDTH EQUALS SIGN', 'MODIFIER LETTER SHORT EQUALS SIGN']);
add([0xfe62, 0xff0b, 0x02d6], '+', ['SMALL PLUS SIGN', 'FULLWIDTH PLUS SIGN', 'MODIFIER LETTER PLUS SIGN']);
add([0xfe5f, 0xff03], '#', ['SMALL NUMBER SIGN', 'FULLWIDTH NUMBER SIGN']);
add([0xfe69, 0xff04], '$', ['SMALL DOLLAR SIGN', 'FULLWIDTH DOLLAR SIGN']);
add([0xfe6a, 0xff05], '%', ['SMALL PERCENT SIGN', 'FULLWIDTH PERCENT SIGN']);
add([0xfe60, 0xff06], '&', ['SMALL AMPERSAND', 'FULLWIDTH AMPERSAND']);
add([0xfe6b, 0xff20], '@', ['SMALL COMMERCIAL AT', 'FULLWIDTH COMMERCIAL AT']);
add([0xff3e, 0x02c4, 0x02c6], '^', ['FULLWIDTH CIRCUMFLEX ACCENT', 'MODIFIER LETTER UP ARROWHEAD', 'MODIFIER LETTER CIRCUMFLEX ACCENT']);
add([0xff3f, 0xfe4d, 0xfe4e, 0xfe4f], '_', ['FULLWIDTH LOW LINE', 'DASHED LOW LINE', 'CENTRELINE LOW LINE', 'WAVY LOW LINE']);
add([0xff5e, 0x02dc, 0x223c], '~', ['FULLWIDTH TILDE', 'SMALL TILDE', 'TILDE OPERATOR']);
add([0x00bc], '1/4', 'VULGAR FRACTION ONE QUARTER');
add([0x00bd], '1/2', 'VULGAR FRACTION ONE HALF');
add([0x00be], '3/4', 'VULGAR FRACTION THREE QUARTERS');
add([0x00a9], '(C)', 'COPYRIGHT SIGN');
add([0x00ae], '(R)', 'REGISTERED SIGN');
add([0x2122], 'TM', 'TRADE MARK SIGN');
add([0x00d7], 'x', 'MULTIPLICATION SIGN');
add([0x00f7], '/', 'DIVISION SIGN');
add([0x2264], '<=', 'LESS-THAN OR EQUAL TO');
add([0x2265], '>=', 'GREATER-THAN OR EQUAL TO');
add([0x2260], '!=', 'NOT EQUAL TO');
add([0x2192], '->', 'RIGHTWARDS ARROW');
add([0x2190], '<-', 'LEFTWARDS ARROW');
add([0x0192], 'f', 'LATIN SMALL LETTER F WITH HOOK');
add([0x0152], 'OE', 'LATIN CAPITAL LIGATURE OE');
add([0x0153], 'oe', 'LATIN SMALL LIGATURE OE');
table.set(0xfb00, { replacement: 'ff', name: 'LATIN SMALL LIGATURE FF' });
table.set(0xfb01, { replacement: 'fi', name: 'LATIN SMALL LIGATURE FI' });
table.set(0xfb02, { replacement: 'fl', name: 'LATIN SMALL LIGATURE FL' });
table.set(0xfb03, { replacement: 'ffi', name: 'LATIN SMALL LIGATURE FFI' });
table.set(0xfb04, { replacement: 'ffl', name: 'LATIN SMALL LIGATURE FFL' });

// Decorative forms of punctuation.
add([0x239c, 0x239f], '|', ['LEFT PARENTHESIS EXTENSION', 'RIGHT PARENTHESIS EXTENSION']);
add([0x27ee, 0x2985], '(', ['MATHEMATICAL LEFT FLATTENED PARENTHESIS', 'LEFT WHITE PARENTHESIS']);
add([0x27ef, 0x2986], ')', ['MATHEMATICAL RIGHT FLATTENED PARENTHESIS', 'RIGHT WHITE PARENTHESIS']);
add([0x2774], '{', 'MEDIUM LEFT CURLY BRACKET ORNAMENT');
add([0x2775], '}', 'MEDIUM RIGHT CURLY BRACKET ORNAMENT');
add(
  [0x229b, 0x2722, 0x2723, 0x2724, 0x2725, 0x2732, 0x2733, 0x273a, 0x273b, 0x273c, 0x273d, 0x2743, 0x2749, 0x274a, 0x274b, 0x29c6],
  '*',
  [
    'CIRCLED ASTERISK OPERATOR',
    'FOUR TEARDROP-SPOKED ASTERISK',
    'FOUR BALLOON-SPOKED ASTERISK',
    'HEAVY FOUR BALLOON-SPOKED ASTERISK',
    'FOUR CLUB-SPOKED ASTERISK',
    'OPEN CENTRE ASTERISK',
    'EIGHT SPOKED ASTERISK',
    'SIXTEEN POINTED ASTERISK',
    'TEARDROP-SPOKED ASTERISK',
    'OPEN CENTRE TEARDROP-SPOKED ASTERISK',
    'HEAVY TEARDROP-SPOKED ASTERISK',
    'HEAVY TEARDROP-SPOKED PINWHEEL ASTERISK',
    'BALLOON-SPOKED ASTERISK',
    'EIGHT TEARDROP-SPOKED PROPELLER ASTERISK',
    'HEAVY EIGHT TEARDROP-SPOKED PROPELLER ASTERISK',
    'SQUARED ASTERISK',
  ],
);
add([0x02f8, 0x2982, 0xa789], ':', ['MODIFIER LETTER RAISED COLON', 'Z NOTATION TYPE COLON', 'MODIFIER LETTER COLON']);
add([0x204f], ';', 'REVERSED SEMICOLON');
add([0x02f7], '~', 'MODIFIER LETTER LOW TILDE');
add([0x2017], '_', 'DOUBLE LOW LINE');
add([0x203c], '!!', 'DOUBLE EXCLAMATION MARK');
add([0x2047], '??', 'DOUBLE QUESTION MARK');
add([0x2048], '?!', 'QUESTION EXCLAMATION MARK');
add([0x2049], '!?', 'EXCLAMATION QUESTION MARK');
add([0x00a6], '|', 'BROKEN BAR');

// Line and paragraph separators end a line: they become a line break, not a space.
add([0x2028, 0x2029, 0x000b], '\n', ['LINE SEPARATOR', 'PARAGRAPH SEPARATOR', 'LINE TABULATION']);
// Invisible characters that carry no text.
add([0x200c], '', 'ZERO WIDTH NON-JOINER');
for (let c = 0; c < 0x20; c++) {
  if (c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d) continue;
  table.set(c, { replacement: '', name: c === 0x1b ? 'ESCAPE (not a character of its own in GSM-7)' : 'CONTROL CHARACTER' });
}
table.set(0x7f, { replacement: '', name: 'DELETE' });

// Greek capitals that look like Latin ones: in an all-capitals Greek message ("ΚΩΔΙΚΟΣ") the reader
// sees the same letters, and GSM-7 has the other Greek capitals (Δ Φ Γ Λ Ω Π Ψ Σ Θ Ξ) of its own.
const latinLookingGreekCapitals: [number, string, string][] = [
  [0x0391, 'A', 'ALPHA'], [0x0392, 'B', 'BETA'], [0x0395, 'E', 'EPSILON'], [0x0396, 'Z', 'ZETA'], [0x0397, 'H', 'ETA'],
  [0x0399, 'I', 'IOTA'], [0x039a, 'K', 'KAPPA'], [0x039c, 'M', 'MU'], [0x039d, 'N', 'NU'], [0x039f, 'O', 'OMICRON'],
  [0x03a1, 'P', 'RHO'], [0x03a4, 'T', 'TAU'], [0x03a5, 'Y', 'UPSILON'], [0x03a7, 'X', 'CHI'],
];
for (const [codePoint, letter, name] of latinLookingGreekCapitals) table.set(codePoint, { replacement: letter, name: `GREEK CAPITAL LETTER ${name}` });

// Small capitals used as styled text: the capital letter they show.
const smallCapitals: [number, string][] = [
  [0x1d00, 'A'], [0x0299, 'B'], [0x1d04, 'C'], [0x1d05, 'D'], [0x1d07, 'E'], [0xa730, 'F'], [0x0262, 'G'],
  [0x029c, 'H'], [0x026a, 'I'], [0x1d0a, 'J'], [0x1d0b, 'K'], [0x029f, 'L'], [0x1d0d, 'M'], [0x0274, 'N'],
  [0x1d0f, 'O'], [0x1d18, 'P'], [0x0280, 'R'], [0xa731, 'S'], [0x1d1b, 'T'], [0x1d1c, 'U'], [0x1d20, 'V'],
  [0x1d21, 'W'], [0x028f, 'Y'], [0x1d22, 'Z'],
];
for (const [codePoint, letter] of smallCapitals) table.set(codePoint, { replacement: letter, name: `LATIN LETTER SMALL CAPITAL ${letter}` });

// Bold, italic, script, double-struck … letters and digits ("𝐒𝐀𝐋𝐄", "ℍ𝕠𝕥") are the plain letter in a
// style: their compatibility form is that letter (or a Greek capital that GSM-7 has).
for (const [from, to] of [[0x2102, 0x2134], [0x1d400, 0x1d7ff]]) {
  for (let codePoint = from; codePoint <= to; codePoint++) {
    const plain = String.fromCodePoint(codePoint).normalize('NFKC');
    if (plain.length !== 1 || plain.codePointAt(0) === codePoint || !isGsmText(plain) || table.has(codePoint)) continue;
    table.set(codePoint, { replacement: plain, name: `MATHEMATICAL OR LETTERLIKE STYLED ${plain}` });
  }
}

// Fullwidth digits and Latin letters (U+FF10–U+FF19, U+FF21–U+FF3A, U+FF41–U+FF5A).
for (let i = 0; i < 10; i++) table.set(0xff10 + i, { replacement: String(i), name: `FULLWIDTH DIGIT ${i}` });
for (let i = 0; i < 26; i++) {
  const capital = String.fromCharCode(0x41 + i);
  table.set(0xff21 + i, { replacement: capital, name: `FULLWIDTH LATIN CAPITAL LETTER ${capital}` });
  table.set(0xff41 + i, { replacement: capital.toLowerCase(), name: `FULLWIDTH LATIN SMALL LETTER ${capital}` });
}

// Windows-1252 bytes read as Latin-1 (mojibake) (U+0080–U+009F): the character the byte meant in Windows-1252.
const windows1252: [number, string, string][] = [
  [0x80, '€', 'EURO SIGN'],
  [0x82, "'", 'SINGLE LOW-9 QUOTATION MARK'],
  [0x83, 'f', 'LATIN SMALL LETTER F WITH HOOK'],
  [0x84, '"', 'DOUBLE LOW-9 QUOTATION MARK'],
  [0x85, '...', 'HORIZONTAL ELLIPSIS'],
  [0x88, '^', 'MODIFIER LETTER CIRCUMFLEX ACCENT'],
  [0x8b, "'", 'SINGLE LEFT-POINTING ANGLE QUOTATION MARK'],
  [0x8c, 'OE', 'LATIN CAPITAL LIGATURE OE'],
  [0x91, "'", 'LEFT SINGLE QUOTATION MARK'],
  [0x92, "'", 'RIGHT SINGLE QUOTATION MARK'],
  [0x93, '"', 'LEFT DOUBLE QUOTATION MARK'],
  [0x94, '"', 'RIGHT DOUBLE QUOTATION MARK'],
  [0x95, '-', 'BULLET'],
  [0x96, '-', 'EN DASH'],
  [0x97, '-', 'EM DASH'],
  [0x98, '~', 'SMALL TILDE'],
  [0x99, 'TM', 'TRADE MARK SIGN'],
  [0x9b, "'", 'SINGLE RIGHT-POINTING ANGLE QUOTATION MARK'],
  [0x9c, 'oe', 'LATIN SMALL LIGATURE OE'],
];
for (const [codePoint, replacement, meant] of windows1252) {
  table.set(codePoint, { replacement, name: `CONTROL CHARACTER: a Windows-1252 ${meant} read as Latin-1` });
}
// Bytes that Windows-1252 leaves undefined carry no text: remove them.
for (const codePoint of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) {
  table.set(codePoint, { replacement: '', name: `CONTROL CHARACTER: a byte that Windows-1252 leaves undefined` });
}

/** The GSM-7 text that replaces a character without changing the meaning, if there is one. */
export function gsmReplacementFor(codePoint: number): string | undefined {
  return table.get(codePoint)?.replacement;
}

/** The character's Unicode name where this table knows it. */
export function replacementCharacterName(codePoint: number): string | undefined {
  return table.get(codePoint)?.name;
}

/** Every character that has a replacement, for tests and documentation. */
export function replaceableCodePoints(): number[] {
  return [...table.keys()];
}

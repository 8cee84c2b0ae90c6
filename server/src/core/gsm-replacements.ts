// GSM-7 look-alikes for characters that force UCS-2. A replacement keeps the meaning: quotes stay
// quotes, dashes stay dashes, a fullwidth letter becomes the same letter. Letters with accents that
// GSM-7 lacks (á, ç, ê …) have no replacement: dropping the accent changes the spelling.

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

// Fullwidth digits and Latin letters (U+FF10–U+FF19, U+FF21–U+FF3A, U+FF41–U+FF5A).
for (let i = 0; i < 10; i++) table.set(0xff10 + i, { replacement: String(i), name: `FULLWIDTH DIGIT ${i}` });
for (let i = 0; i < 26; i++) {
  const capital = String.fromCharCode(0x41 + i);
  table.set(0xff21 + i, { replacement: capital, name: `FULLWIDTH LATIN CAPITAL LETTER ${capital}` });
  table.set(0xff41 + i, { replacement: capital.toLowerCase(), name: `FULLWIDTH LATIN SMALL LETTER ${capital}` });
}

// Windows-1252 bytes read as Latin-1 (U+0080–U+009F): the character the byte meant in Windows-1252.
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
  table.set(codePoint, { replacement, name: `control character (Windows-1252 byte 0x${codePoint.toString(16).toUpperCase()}: ${meant})` });
}
// Bytes that Windows-1252 leaves undefined carry no text: remove them.
for (const codePoint of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) {
  table.set(codePoint, { replacement: '', name: `control character (Windows-1252 byte 0x${codePoint.toString(16).toUpperCase()}, undefined)` });
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

// Encoding and segment counts at every boundary of 3GPP TS 23.038 / 23.040. The expected figures
// are worked out from the rules (160/153 septets, 70/67 units, escapes and surrogate pairs never
// split), not taken from the engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { countSegments } = engine;

const plain = (n) => 'a'.repeat(n);
/** Cyrillic small zhe: not GSM, one UTF-16 unit. */
const ucs2 = (n) => '\u0436'.repeat(n);
const grin = '\u{1F600}';
const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}';

const cases = [
  // name, text, options, expected
  ['empty text is 0 segments', '', {},
    { encoding: 'GSM-7', units: 0, segments: 0, characters: 0, unitsPerSegment: 160, remaining: 160, segmentStarts: [], segmentUnits: [] }],
  ['160 GSM characters fit one segment', plain(160), {},
    { encoding: 'GSM-7', units: 160, segments: 1, characters: 160, unitsPerSegment: 160, remaining: 0, segmentStarts: [0], segmentUnits: [160] }],
  ['161 GSM characters take 2 segments of 153', plain(161), {},
    { encoding: 'GSM-7', units: 161, segments: 2, characters: 161, unitsPerSegment: 153, remaining: 145, segmentStarts: [0, 153], segmentUnits: [153, 8] }],
  ['306 GSM characters fill 2 segments', plain(306), {},
    { encoding: 'GSM-7', units: 306, segments: 2, characters: 306, unitsPerSegment: 153, remaining: 0, segmentStarts: [0, 153], segmentUnits: [153, 153] }],
  ['307 GSM characters take 3 segments', plain(307), {},
    { encoding: 'GSM-7', units: 307, segments: 3, characters: 307, unitsPerSegment: 153, remaining: 152, segmentStarts: [0, 153, 306], segmentUnits: [153, 153, 1] }],
  ['459 GSM characters fill 3 segments', plain(459), {},
    { encoding: 'GSM-7', units: 459, segments: 3, characters: 459, unitsPerSegment: 153, remaining: 0, segmentStarts: [0, 153, 306], segmentUnits: [153, 153, 153] }],
  ['460 GSM characters take 4 segments', plain(460), {},
    { encoding: 'GSM-7', units: 460, segments: 4, characters: 460, unitsPerSegment: 153, remaining: 152, segmentStarts: [0, 153, 306, 459], segmentUnits: [153, 153, 153, 1] }],
  ['an extension character costs 2 septets', '\u20AC', {},
    { encoding: 'GSM-7', units: 2, segments: 1, characters: 1, unitsPerSegment: 160, remaining: 158, segmentStarts: [0], segmentUnits: [2] }],
  ['every extension character costs 2 septets', '\f^{}\\[~]|\u20AC', {},
    { encoding: 'GSM-7', units: 20, segments: 1, characters: 10, unitsPerSegment: 160, remaining: 140, segmentStarts: [0], segmentUnits: [20] }],
  ['153 plain + € is 155 septets in one segment', plain(153) + '\u20AC', {},
    { encoding: 'GSM-7', units: 155, segments: 1, characters: 154, unitsPerSegment: 160, remaining: 5, segmentStarts: [0], segmentUnits: [155] }],
  ['152 plain + € + 1 plain is 155 septets in one segment', plain(152) + '\u20AC' + 'b', {},
    { encoding: 'GSM-7', units: 155, segments: 1, characters: 154, unitsPerSegment: 160, remaining: 5, segmentStarts: [0], segmentUnits: [155] }],
  ['an escape at septet 153 moves to the next segment', plain(152) + '\u20AC' + plain(7), {},
    { encoding: 'GSM-7', units: 161, segments: 2, characters: 160, unitsPerSegment: 153, remaining: 144, segmentStarts: [0, 152], segmentUnits: [152, 9] }],
  ['152 plain + € + 152 plain is 306 septets but 3 segments', plain(152) + '\u20AC' + plain(152), {},
    { encoding: 'GSM-7', units: 306, segments: 3, characters: 305, unitsPerSegment: 153, remaining: 152, segmentStarts: [0, 152, 304], segmentUnits: [152, 153, 1] }],
  ['70 UCS-2 characters fit one segment', ucs2(70), {},
    { encoding: 'UCS-2', units: 70, segments: 1, characters: 70, unitsPerSegment: 70, remaining: 0, segmentStarts: [0], segmentUnits: [70] }],
  ['71 UCS-2 characters take 2 segments of 67', ucs2(71), {},
    { encoding: 'UCS-2', units: 71, segments: 2, characters: 71, unitsPerSegment: 67, remaining: 63, segmentStarts: [0, 67], segmentUnits: [67, 4] }],
  ['134 UCS-2 characters fill 2 segments', ucs2(134), {},
    { encoding: 'UCS-2', units: 134, segments: 2, characters: 134, unitsPerSegment: 67, remaining: 0, segmentStarts: [0, 67], segmentUnits: [67, 67] }],
  ['135 UCS-2 characters take 3 segments', ucs2(135), {},
    { encoding: 'UCS-2', units: 135, segments: 3, characters: 135, unitsPerSegment: 67, remaining: 66, segmentStarts: [0, 67, 134], segmentUnits: [67, 67, 1] }],
  ['35 emoji are 70 units in one segment', grin.repeat(35), {},
    { encoding: 'UCS-2', units: 70, segments: 1, characters: 35, unitsPerSegment: 70, remaining: 0, segmentStarts: [0], segmentUnits: [70] }],
  ['67 emoji are 3 segments: a surrogate pair never straddles unit 67', grin.repeat(67), {},
    { encoding: 'UCS-2', units: 134, segments: 3, characters: 67, unitsPerSegment: 67, remaining: 65, segmentStarts: [0, 66, 132], segmentUnits: [66, 66, 2] }],
  ['a ZWJ family splits between its code points by default', ucs2(60) + family, {},
    { encoding: 'UCS-2', units: 71, segments: 2, characters: 67, unitsPerSegment: 67, remaining: 62, segmentStarts: [0, 66], segmentUnits: [66, 5] }],
  ['a ZWJ family stays whole in grapheme mode', ucs2(60) + family, { segmentation: 'grapheme' },
    { encoding: 'UCS-2', units: 71, segments: 2, characters: 67, unitsPerSegment: 67, remaining: 56, segmentStarts: [0, 60], segmentUnits: [60, 11] }],
  ['capital Ç is in the GSM basic table', '\u00C7', {},
    { encoding: 'GSM-7', units: 1, segments: 1, characters: 1, unitsPerSegment: 160, remaining: 159, segmentStarts: [0], segmentUnits: [1] }],
  ['small ç is not GSM', '\u00E7', {},
    { encoding: 'UCS-2', units: 1, segments: 1, characters: 1, unitsPerSegment: 70, remaining: 69, segmentStarts: [0], segmentUnits: [1] }],
  ['U+001B (the escape itself) is not GSM', 'a\u001Bb', {},
    { encoding: 'UCS-2', units: 3, segments: 1, characters: 3, unitsPerSegment: 70, remaining: 67, segmentStarts: [0], segmentUnits: [3] }],
  ['LF is one unit', 'a\nb', {},
    { encoding: 'GSM-7', units: 3, segments: 1, characters: 3, unitsPerSegment: 160, remaining: 157, segmentStarts: [0], segmentUnits: [3] }],
  ['CRLF is one unit', 'a\r\nb', {},
    { encoding: 'GSM-7', units: 3, segments: 1, characters: 3, unitsPerSegment: 160, remaining: 157, segmentStarts: [0], segmentUnits: [3] }],
  ['LF is two units with lineBreaks crlf', 'a\nb', { lineBreaks: 'crlf' },
    { encoding: 'GSM-7', units: 4, segments: 1, characters: 3, unitsPerSegment: 160, remaining: 156, segmentStarts: [0], segmentUnits: [4] }],
  ['CRLF is two units with lineBreaks crlf', 'a\r\nb', { lineBreaks: 'crlf' },
    { encoding: 'GSM-7', units: 4, segments: 1, characters: 3, unitsPerSegment: 160, remaining: 156, segmentStarts: [0], segmentUnits: [4] }],
  ['CRLF is one unit in UCS-2 too', '\u0436\r\n\u0436', {},
    { encoding: 'UCS-2', units: 3, segments: 1, characters: 3, unitsPerSegment: 70, remaining: 67, segmentStarts: [0], segmentUnits: [3] }],
  ['segment starts are file offsets: a CRLF counted as one unit spans two', plain(152) + '\r\n' + plain(10), {},
    { encoding: 'GSM-7', units: 163, segments: 2, characters: 163, unitsPerSegment: 153, remaining: 143, segmentStarts: [0, 154], segmentUnits: [153, 10] }],
  ['with lineBreaks crlf a segment may end between CR and LF', plain(152) + '\r\n' + plain(10), { lineBreaks: 'crlf' },
    { encoding: 'GSM-7', units: 164, segments: 2, characters: 163, unitsPerSegment: 153, remaining: 142, segmentStarts: [0, 153], segmentUnits: [153, 11] }],
  ['characters count code points, units count UTF-16 units', 'a\u{1F600}b', {},
    { encoding: 'UCS-2', units: 4, segments: 1, characters: 3, unitsPerSegment: 70, remaining: 66, segmentStarts: [0], segmentUnits: [4] }],
  ['one non-GSM character turns a long message into UCS-2', plain(100) + '\u2019' + plain(100), {},
    { encoding: 'UCS-2', units: 201, segments: 3, characters: 201, unitsPerSegment: 67, remaining: 0, segmentStarts: [0, 67, 134], segmentUnits: [67, 67, 67] }],
];

for (const [name, text, options, expected] of cases) {
  test(name, () => {
    const { encoding, units, segments, characters, unitsPerSegment, remaining, segmentStarts, segmentUnits } = countSegments(text, options);
    assert.deepEqual({ encoding, units, segments, characters, unitsPerSegment, remaining, segmentStarts, segmentUnits }, expected);
  });
}

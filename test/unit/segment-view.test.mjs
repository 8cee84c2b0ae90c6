// Where the message meets the file: offsets mapped both ways around filled-in placeholders, the
// segment a file offset is sent in, segment boundaries, and the cost label the status bar and
// smslint show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { analyzeText, defaultSettings, fileOffsetOf, messageOffsetOf, fileRangeOf, segmentIndexAt, segmentBoundaries, segmentView, costLabel, segmentsLabel } = engine;

// "Hi {{name}}, bye" with name = "Ana" is sent as "Hi Ana, bye".
const header = '---\nvariables:\n  name: { example: "Ana", maxLength: 20 }\n---\n';
const text = `${header}Hi {{name}}, bye`;
const body = header.length;
const { message } = analyzeText(text, defaultSettings);

// [message offset, file offset]
const toFile = [
  [0, body],
  [3, body + 3],
  [4, body + 3],
  [6, body + 11],
  [11, body + 16],
];
for (const [messageOffset, fileOffset] of toFile) {
  test(`fileOffsetOf: message offset ${messageOffset} is file offset ${fileOffset - body} in the body`, () => {
    assert.equal(fileOffsetOf(message, messageOffset), fileOffset);
  });
}

// [file offset in the body, message offset]
const toMessage = [
  [0, 0],
  [3, 3],
  [5, 3],
  [11, 6],
  [12, 7],
];
for (const [bodyOffset, messageOffset] of toMessage) {
  test(`messageOffsetOf: body offset ${bodyOffset} is message offset ${messageOffset}`, () => {
    assert.equal(messageOffsetOf(message, body + bodyOffset), messageOffset);
  });
}

test('fileRangeOf: text inside a filled-in placeholder maps to the whole placeholder', () => {
  assert.deepEqual(fileRangeOf(message, 4, 5), { start: body + 3, end: body + 11 });
  assert.deepEqual(fileRangeOf(message, 0, 2), { start: body, end: body + 2 });
});

test('segmentIndexAt: the segment a file offset is sent in', () => {
  const analysis = analyzeText('x'.repeat(200), defaultSettings);
  assert.deepEqual([0, 152, 153, 199, 200].map((offset) => segmentIndexAt(analysis, offset)), [0, 0, 1, 1, 1]);
});

test('segmentBoundaries: a boundary inside a placeholder points at the placeholder', () => {
  // 150 x, then an undeclared variable counted as 20 characters: segment 2 starts at message offset 153.
  const analysis = analyzeText(`${'x'.repeat(150)}{{name}}${'y'.repeat(10)}`, defaultSettings);
  const [boundary] = segmentBoundaries(analysis);
  assert.equal(boundary.offset, 150);
  assert.equal(boundary.segment, 2);
  assert.equal(boundary.insidePlaceholder.name, 'name');
});

test('segmentView: carries the status bar label', () => {
  const view = segmentView(analyzeText(`${header}${'x'.repeat(150)} {{name}}`, defaultSettings));
  assert.equal(view.label, 'GSM-7 · 1–2 SMS · 154/160');
});

// [name, count, worst case, label]
const labels = [
  ['one segment', { encoding: 'GSM-7', units: 51, segments: 1 }, { segments: 1 }, 'GSM-7 · 1 SMS · 51/160'],
  ['a worst case with more segments', { encoding: 'GSM-7', units: 187, segments: 2 }, { segments: 3 }, 'GSM-7 · 2–3 SMS · 187/306'],
  ['UCS-2 alone', { encoding: 'UCS-2', units: 40, segments: 1 }, { segments: 1 }, 'UCS-2 · 1 SMS · 40/70'],
  ['UCS-2 concatenated', { encoding: 'UCS-2', units: 103, segments: 2 }, { segments: 2 }, 'UCS-2 · 2 SMS · 103/134'],
  ['an empty message', { encoding: 'GSM-7', units: 0, segments: 0 }, { segments: 0 }, 'GSM-7 · 0 SMS · 0/160'],
];
for (const [name, count, worst, expected] of labels) {
  test(`costLabel: ${name}`, () => assert.equal(costLabel(count, worst), expected));
}

test('segmentsLabel: one segment, several segments', () => {
  assert.deepEqual([segmentsLabel(1), segmentsLabel(0), segmentsLabel({ segments: 3 })], ['1 segment', '0 segments', '3 segments']);
});

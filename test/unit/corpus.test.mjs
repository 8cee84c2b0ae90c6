// Every message of the SMS Spam Collection (test/fixtures, CC BY 4.0, Almeida & Gómez Hidalgo, UCI):
// the engine's counts against a plain reference count written from 3GPP TS 23.038 / 23.040, and
// "fix all" against real curly quotes, dashes and Windows-1252 mojibake.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import engine from '../../dist/engine.js';

const { countSegments, lintText, applyEdits, defaultSettings, gsmReplacementFor } = engine;

const corpus = readFileSync(new URL('../fixtures/sms-spam-collection.tsv', import.meta.url), 'utf8')
  .split('\n')
  .slice(1)
  .filter((line) => line !== '')
  .map((line) => line.slice(line.indexOf('\t') + 1));

// What the corpus holds, measured once and kept here so that a change in the tables shows.
const expected = {
  messages: 5574,
  gsm7: 5485,
  ucs2: 89,
  distinctNonGsm: 16,
  totalNonGsm: 123,
  distinctFixable: 12,
  totalFixable: 119,
  gsm7AfterFixAll: 5572,
  // The one more: "4txt/ú1.20", where ú → u changes the spelling.
  gsm7AfterUnsafeFixAll: 5573,
};

const basic =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const extension = '\f^{}\\[~]|€';

/** Septets of one character: 1 basic, 2 extension, 0 not GSM. */
function septets(character) {
  if (basic.includes(character)) return 1;
  if (extension.includes(character)) return 2;
  return 0;
}

/** A straightforward count: per-character costs, then greedy segments that never split a character. */
function referenceCount(text) {
  const characters = [...text];
  const gsm = characters.every((c) => septets(c) > 0);
  const costs = characters.map((c) => (gsm ? septets(c) : c.length));
  const units = costs.reduce((sum, cost) => sum + cost, 0);
  const single = gsm ? 160 : 70;
  if (units === 0) return { encoding: 'GSM-7', units, segments: 0 };
  if (units <= single) return { encoding: gsm ? 'GSM-7' : 'UCS-2', units, segments: 1 };
  const capacity = gsm ? 153 : 67;
  let segments = 1;
  let fill = 0;
  for (const cost of costs) {
    if (fill + cost > capacity) {
      segments++;
      fill = 0;
    }
    fill += cost;
  }
  return { encoding: gsm ? 'GSM-7' : 'UCS-2', units, segments };
}

/** Messages where `check` returns a complaint, with the complaint, for a readable failure. */
function failures(check) {
  const found = [];
  corpus.forEach((message, index) => {
    const complaint = check(message);
    if (complaint) found.push(`line ${index + 2}: ${complaint}`);
  });
  return found.slice(0, 5);
}

test('the corpus fixture holds every message', () => {
  assert.equal(corpus.length, expected.messages);
});

test('encoding, units and segments match the reference count for every message', () => {
  assert.deepEqual(
    failures((message) => {
      const { encoding, units, segments } = countSegments(message);
      const reference = referenceCount(message);
      return encoding === reference.encoding && units === reference.units && segments === reference.segments
        ? undefined
        : `engine ${JSON.stringify({ encoding, units, segments })}, reference ${JSON.stringify(reference)}`;
    }),
    [],
  );
});

test('a message is one segment exactly when its units fit 160 septets or 70 UCS-2 units', () => {
  assert.deepEqual(
    failures((message) => {
      const { encoding, units, segments } = countSegments(message);
      const single = encoding === 'GSM-7' ? 160 : 70;
      return (segments === 1) === (units > 0 && units <= single) ? undefined : `${encoding} ${units} units in ${segments} segments`;
    }),
    [],
  );
});

test('segment units add up to the message units and none exceeds its capacity', () => {
  assert.deepEqual(
    failures((message) => {
      const { units, segments, unitsPerSegment, remaining, segmentUnits, segmentStarts } = countSegments(message);
      if (segmentUnits.length !== segments || segmentStarts.length !== segments) return `${segments} segments, ${segmentUnits.length} sizes, ${segmentStarts.length} starts`;
      if (segmentUnits.reduce((a, b) => a + b, 0) !== units) return `sizes ${segmentUnits} do not add up to ${units}`;
      if (segmentUnits.some((size) => size > unitsPerSegment || size === 0)) return `sizes ${segmentUnits} against ${unitsPerSegment}`;
      if (segmentStarts.some((start, i) => i > 0 && start <= segmentStarts[i - 1])) return `starts ${segmentStarts} do not increase`;
      if (remaining !== unitsPerSegment - segmentUnits[segments - 1]) return `remaining ${remaining}`;
      return undefined;
    }),
    [],
  );
});

const nonGsm = (message) => [...message].filter((c) => septets(c) === 0);

test('the corpus has the measured share of GSM-7 and UCS-2 messages', () => {
  const encodings = corpus.map((message) => countSegments(message).encoding);
  assert.deepEqual(
    { gsm7: encodings.filter((e) => e === 'GSM-7').length, ucs2: encodings.filter((e) => e === 'UCS-2').length },
    { gsm7: expected.gsm7, ucs2: expected.ucs2 },
  );
});

test('the fix table resolves the measured share of the corpus non-GSM characters', () => {
  const all = corpus.flatMap(nonGsm);
  const fixable = all.filter((c) => gsmReplacementFor(c.codePointAt(0)) !== undefined);
  assert.deepEqual(
    { distinctNonGsm: new Set(all).size, totalNonGsm: all.length, distinctFixable: new Set(fixable).size, totalFixable: fixable.length },
    { distinctNonGsm: expected.distinctNonGsm, totalNonGsm: expected.totalNonGsm, distinctFixable: expected.distinctFixable, totalFixable: expected.totalFixable },
  );
});

/** The message after applying every safe non-gsm-character fix (and the unsafe ones when asked), as "fix all" does. */
function fixAll(message, unsafe = false) {
  const { diagnostics } = lintText(message, defaultSettings);
  const edits = diagnostics.filter((d) => d.rule === 'non-gsm-character' && d.fix && (d.fix.safe || unsafe)).flatMap((d) => d.fix.edits);
  return applyEdits(message, edits);
}

test('fix all turns every message whose non-GSM characters all have replacements into GSM-7', () => {
  assert.deepEqual(
    failures((message) => {
      const characters = nonGsm(message);
      if (characters.length === 0 || characters.some((c) => gsmReplacementFor(c.codePointAt(0)) === undefined)) return undefined;
      const fixed = fixAll(message);
      return countSegments(fixed).encoding === 'GSM-7' ? undefined : `still UCS-2 after fixes: ${JSON.stringify(fixed)}`;
    }),
    [],
  );
});

test('fix all changes only the non-GSM characters, each into its replacement', () => {
  assert.deepEqual(
    failures((message) => {
      if (nonGsm(message).length === 0) return undefined;
      const expectedText = [...message].map((c) => (septets(c) === 0 ? gsmReplacementFor(c.codePointAt(0)) ?? c : c)).join('');
      const fixed = fixAll(message);
      return fixed === expectedText ? undefined : `${JSON.stringify(fixed)} instead of ${JSON.stringify(expectedText)}`;
    }),
    [],
  );
});

test('after fix all the measured number of messages is GSM-7', () => {
  const gsm7 = corpus.filter((message) => countSegments(nonGsm(message).length === 0 ? message : fixAll(message)).encoding === 'GSM-7').length;
  assert.equal(gsm7, expected.gsm7AfterFixAll);
});

test('after fix all with unsafe fixes (transliteration) one more message is GSM-7', () => {
  const gsm7 = corpus.filter((message) => countSegments(nonGsm(message).length === 0 ? message : fixAll(message, true)).encoding === 'GSM-7').length;
  assert.equal(gsm7, expected.gsm7AfterUnsafeFixAll);
});

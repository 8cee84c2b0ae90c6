// Properties that hold for any input, checked on generated text (full Unicode, lone surrogates,
// CR/LF mixes, `{{`, `---`): counting stays consistent, linting never throws and reports sane
// ranges, every fix stays inside its ranges and says whether it is safe, and "fix all" settles in
// one go, with safe fixes only and with unsafe ones too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import engine from '../../dist/engine.js';

const { countSegments, lintText, resolveSettings, applyEdits, nonOverlapping, combineFixes, fixAllText, fixAllEdit, septetCost, ruleIds, severities } = engine;

// PROPERTY_RUNS=5000 searches harder when hunting a defect.
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) };

// ---- generators ----

/** Pieces a template is made of, with every awkward case the counting and parsing must survive. */
const bodyPiece = fc.constantFrom(
  'Hi', ' ', 'your code is ', '123456', '.', 'Reply STOP to opt out.', 'STOP', 'bit.ly/x', 'https://tinyurl.com/a', 'www.', 'http://',
  '{{', '}}', '{{name}}', '{{ code }}', '{{ bad name }}', '{{{{', '---', '...', '\n', '\r\n', '\r', '\n\n', '\u2019', '\u201c', '\u2013',
  '\u2026', '\u00a0', '\u0092', '\uff21', '€', '{', '^', '\f', 'Ç', 'ç', 'é', '\u001b', '\u0000', '😀', '\u{1F468}\u200D\u{1F469}',
  '🇨🇭', 'e\u0301', '\ud83d', '\ude00', '\ufeff', '\u2028', 'Contoso: ', 'payday loan', 'a'.repeat(150), '\u0436'.repeat(60),
  '\uff5b', '\uff5d', 'name', '\uff5b\uff5bname\uff5d\uff5d', '\u2014', 'Text END', 'opt out', '\u2019s', '\ud83d\ud83d',
);

const frontMatter = fc.constantFrom(
  '',
  '---\n---\n',
  '---\r\nsender: toll-free\r\nfrom: "+18005550100"\r\n---\r\n',
  '---\nsender: alphanumeric\nfrom: Contoso\nto: [GB, IE]\n---\n',
  '---\nsender: short-code\nfrom: "12345"\nto: US\n---\n',
  '---\nsender: 10dlc\nfrom: "+12065550100"\nmaxSegments: 1\n---\n',
  '---\nvariables:\n  name: { example: "Ana", maxLength: 20 }\n  code: { example: "493817", maxLength: 6 }\n---\n',
  '---\nvariables:\n  city: { example: "Zürich", maxLength: 30, unicode: true }\nunicode: true\n---\n',
  '---\nrules:\n  missing-opt-out: off\n  non-gsm-character: error\n---\n',
  '---\nsender: [unclosed\n---\n',
  '---\nfoo: bar\nmaxSegments: -3\nto: [XX]\n---\n',
  '---\na: &a [1]\nb: *a\n---\n',
  '---\nsender: toll-free\n',
  '---',
  '--- \n\t\n...\n',
);

const byteOrderMark = fc.constantFrom('', '', '\ufeff');

const binaryString = fc.string({ unit: 'binary', maxLength: 300 });
const templateText = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(byteOrderMark, frontMatter, fc.array(bodyPiece, { maxLength: 40 })).map(([bom, head, body]) => bom + head + body.join('')) },
  { weight: 1, arbitrary: fc.tuple(frontMatter, binaryString).map(([head, body]) => head + body) },
  { weight: 1, arbitrary: binaryString },
);

const countOptions = fc.record({
  lineBreaks: fc.constantFrom(undefined, 'lf', 'crlf'),
  segmentation: fc.constantFrom(undefined, 'code-point', 'grapheme'),
});

const rawSettings = fc.constantFrom(
  {},
  { lineBreaks: 'crlf' },
  { segmentation: 'grapheme' },
  { sender: 'toll-free', to: ['US', 'CA'] },
  { sender: 'alphanumeric', to: ['GB'] },
  { sender: 'short-code', maxSegments: 1, optOutText: 'Text STOP to end' },
  { rules: { 'missing-opt-out': 'error' }, shorteners: { extra: ['sho.rt'] } },
);

/** Message text for counting: anything, or runs that sit on the segment boundaries. */
const countedText = fc.oneof(
  binaryString,
  fc.array(bodyPiece, { maxLength: 60 }).map((pieces) => pieces.join('')),
  fc.tuple(fc.nat(320), fc.array(bodyPiece, { maxLength: 4 }), fc.nat(200)).map(([a, mid, b]) => 'x'.repeat(a) + mid.join('') + 'y'.repeat(b)),
  fc.tuple(fc.nat(140), fc.array(bodyPiece, { maxLength: 4 }), fc.nat(140)).map(([a, mid, b]) => 'ж'.repeat(a) + mid.join('') + 'ж'.repeat(b)),
);

// ---- helpers ----

const isHigh = (code) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code) => code >= 0xdc00 && code <= 0xdfff;

function loneSurrogates(text) {
  let lone = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isHigh(code) && isLow(text.charCodeAt(i + 1))) i++;
    else if (isHigh(code) || isLow(code)) lone++;
  }
  return lone;
}

/** Whether `offset` falls inside a surrogate pair, i.e. between its two halves. */
function splitsSurrogatePair(text, offset) {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function settingsOf(raw) {
  return resolveSettings(raw).settings;
}

// ---- counting ----

test('countSegments: segments are 0 exactly when units are 0, and the per-segment units add up to the total', () => {
  fc.assert(
    fc.property(countedText, countOptions, (text, options) => {
      const count = countSegments(text, options);
      assert.equal(count.segments === 0, count.units === 0);
      assert.equal(count.segmentStarts.length, count.segments);
      assert.equal(count.segmentUnits.length, count.segments);
      assert.equal(count.segmentUnits.reduce((a, b) => a + b, 0), count.units);
      assert.equal(count.remaining, count.unitsPerSegment - (count.segmentUnits.at(-1) ?? 0));
    }),
    runs,
  );
});

test('countSegments: a message within 160 septets or 70 units is one segment, a longer one uses 153 or 67 per segment', () => {
  fc.assert(
    fc.property(countedText, countOptions, (text, options) => {
      const count = countSegments(text, options);
      const [single, concatenated] = count.encoding === 'GSM-7' ? [160, 153] : [70, 67];
      if (count.units <= single) {
        assert.equal(count.segments, count.units === 0 ? 0 : 1);
        assert.equal(count.unitsPerSegment, single);
      } else {
        assert.equal(count.unitsPerSegment, concatenated);
        assert.ok(count.segments >= Math.ceil(count.units / concatenated));
        for (const units of count.segmentUnits) assert.ok(units >= 1 && units <= concatenated, `segment of ${units} units`);
      }
    }),
    runs,
  );
});

test('countSegments: with the code-point rule only an escape, a surrogate pair or a CR LF leaves a segment one unit short', () => {
  fc.assert(
    fc.property(countedText, fc.constantFrom('lf', 'crlf'), (text, lineBreaks) => {
      const count = countSegments(text, { lineBreaks });
      count.segmentUnits.slice(0, -1).forEach((units) => assert.ok(units >= count.unitsPerSegment - 1, `segment of ${units} units`));
    }),
    runs,
  );
});

test('countSegments: the encoding is GSM-7 exactly when every character is in the GSM tables, and UCS-2 counts UTF-16 units', () => {
  fc.assert(
    fc.property(countedText, (text) => {
      const count = countSegments(text);
      const allGsm = [...text].every((c) => c.length === 1 && septetCost[c.charCodeAt(0)] !== 0);
      assert.equal(count.encoding, allGsm ? 'GSM-7' : 'UCS-2');
      const crlfPairs = text.split('\r\n').length - 1;
      if (!allGsm) assert.equal(count.units, text.length - crlfPairs);
    }),
    runs,
  );
});

test('countSegments: segment starts increase and never fall inside a surrogate pair', () => {
  fc.assert(
    fc.property(countedText, countOptions, (text, options) => {
      const { segmentStarts } = countSegments(text, options);
      segmentStarts.forEach((start, k) => {
        assert.ok(start >= 0 && start < text.length);
        if (k === 0) assert.equal(start, 0);
        else assert.ok(start > segmentStarts[k - 1]);
        assert.ok(!splitsSurrogatePair(text, start), `segment ${k + 1} starts inside a surrogate pair at ${start}`);
      });
    }),
    runs,
  );
});

// ---- linting ----

test('lintText: never throws, and every diagnostic has a known rule, a severity, a message and a range inside the file', () => {
  fc.assert(
    fc.property(templateText, rawSettings, (text, raw) => {
      const { diagnostics, analysis } = lintText(text, settingsOf(raw));
      assert.ok(analysis.count.units >= 0);
      for (const d of diagnostics) {
        assert.ok(ruleIds.includes(d.rule), `unknown rule ${d.rule}`);
        assert.ok(severities.includes(d.severity) && d.severity !== 'off');
        assert.ok(typeof d.message === 'string' && d.message.length > 0);
        assert.ok(Number.isInteger(d.start) && Number.isInteger(d.end) && 0 <= d.start && d.start <= d.end && d.end <= text.length, `${d.rule} range ${d.start}–${d.end} of ${text.length}`);
      }
    }),
    runs,
  );
});

test('fixes: each fix has in-range, non-overlapping edits that never cut a surrogate pair', () => {
  fc.assert(
    fc.property(templateText, rawSettings, (text, raw) => {
      for (const d of lintText(text, settingsOf(raw)).diagnostics) {
        if (!d.fix) continue;
        assert.ok(d.fix.title.length > 0);
        assert.ok(d.fix.edits.length > 0, `${d.rule} fix without edits`);
        assert.equal(nonOverlapping(d.fix.edits).length, d.fix.edits.length, `${d.rule} fix has overlapping edits`);
        for (const edit of d.fix.edits) {
          assert.ok(0 <= edit.start && edit.start <= edit.end && edit.end <= text.length, `${d.rule} edit ${edit.start}–${edit.end}`);
          assert.ok(!splitsSurrogatePair(text, edit.start) && !splitsSurrogatePair(text, edit.end), `${d.rule} edit cuts a surrogate pair`);
        }
      }
    }),
    runs,
  );
});

test('fixes: applying one fix leaves the text outside its edit ranges unchanged', () => {
  fc.assert(
    fc.property(templateText, rawSettings, (text, raw) => {
      for (const d of lintText(text, settingsOf(raw)).diagnostics) {
        if (!d.fix) continue;
        const edits = nonOverlapping(d.fix.edits);
        const fixed = applyEdits(text, edits);
        // Walk the edits: the text between them must come through untouched, in order.
        let before = 0;
        let after = 0;
        for (const edit of edits) {
          const kept = text.slice(before, edit.start);
          assert.equal(fixed.slice(after, after + kept.length), kept, `${d.rule} fix changed text before offset ${edit.start}`);
          after += kept.length + edit.newText.length;
          before = edit.end;
        }
        assert.equal(fixed.slice(after), text.slice(before), `${d.rule} fix changed text after its last edit`);
        assert.ok(loneSurrogates(fixed) <= loneSurrogates(text), `${d.rule} fix created a lone surrogate`);
      }
    }),
    runs,
  );
});

for (const [kind, options] of [['safe fixes', {}], ['safe and unsafe fixes', { unsafe: true }]]) {
  const applies = (fix) => fix.safe || options.unsafe === true;
  test(`fix all (${kind}): one application of its edits leaves nothing it would fix, and a second fix all changes nothing`, () => {
    fc.assert(
      fc.property(templateText, rawSettings, (text, raw) => {
        const settings = settingsOf(raw);
        const fixAll = fixAllEdit(text, settings, options);
        if (fixAll === undefined) {
          assert.equal(fixAllText(text, settings, options).text, text, 'fix all changes a text its edit leaves alone');
          return;
        }
        if (options.unsafe !== true) assert.equal(fixAll.safe, true, 'a safe fix all is marked unsafe');
        let previousEnd = 0;
        for (const edit of fixAll.edits) {
          assert.ok(previousEnd <= edit.start && edit.start <= edit.end && edit.end <= text.length, `edit ${edit.start}–${edit.end} of ${text.length}, after ${previousEnd}`);
          assert.ok(!splitsSurrogatePair(text, edit.start) && !splitsSurrogatePair(text, edit.end), 'a fix-all edit cuts a surrogate pair');
          previousEnd = edit.end;
        }
        const once = applyEdits(text, fixAll.edits);
        const result = fixAllText(text, settings, options);
        assert.equal(once, result.text, 'the edit and fixAllText disagree');
        const left = lintText(once, settings).diagnostics.filter((d) => d.fix && applies(d.fix));
        assert.deepEqual(left.map((d) => d.rule), [], 'fixable problems remain after one fix all');
        assert.equal(fixAllEdit(once, settings, options), undefined, 'a second fix all changed the text again');
        const again = fixAllText(once, settings, options);
        assert.equal(again.fixed, 0);
        assert.equal(again.text, once);
      }),
      { numRuns: Math.ceil(runs.numRuns / 2) },
    );
  });
}

test('fixes: every fix says whether it is safe; the safe fix all only swaps characters, never adds wording or declarations', () => {
  fc.assert(
    fc.property(templateText, rawSettings, (text, raw) => {
      const settings = settingsOf(raw);
      for (const d of lintText(text, settings).diagnostics) {
        if (!d.fix) continue;
        assert.equal(typeof d.fix.safe, 'boolean', `${d.rule} fix without safety`);
        assert.equal(d.fix.title.includes('[unsafe'), !d.fix.safe, `${d.rule} fix title does not say it is unsafe: ${d.fix.title}`);
      }
      const safeOnly = fixAllText(text, settings);
      assert.deepEqual([...safeOnly.fixedByRule.keys()].filter((rule) => rule !== 'non-gsm-character'), []);
      // Unsafe fixes on top can only fix more.
      const both = fixAllText(text, settings, { unsafe: true });
      assert.ok(lintText(both.text, settings).diagnostics.filter((d) => d.fix).length === 0, 'fixable problems remain after fix all with unsafe fixes');
    }),
    { numRuns: Math.ceil(runs.numRuns / 2) },
  );
});

test('combineFixes: the combined edits never overlap', () => {
  fc.assert(
    fc.property(templateText, rawSettings, (text, raw) => {
      const lint = lintText(text, settingsOf(raw));
      const combined = combineFixes(lint.analysis, lint.diagnostics.filter((d) => d.fix).map((d) => d.fix), 'Fix all');
      if (combined !== undefined) assert.equal(nonOverlapping(combined.edits).length, combined.edits.length);
    }),
    { numRuns: Math.ceil(runs.numRuns / 2) },
  );
});

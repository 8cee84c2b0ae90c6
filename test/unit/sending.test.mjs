// What one send takes: the FAQ's tables as encoded, the estimate for each sender type and pools of
// numbers, the 10DLC caps at every score band's edges, daily-cap, missing and invalid `sending`
// values (named, never defaulted), per-send savings in fix titles, and the wording of durations.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const {
  lintText,
  analyzeText,
  resolveSettings,
  defaultSettings,
  estimateSend,
  sendingReport,
  sendLines,
  bodyHover,
  segmentView,
  fixAllEdit,
  rateLimits,
  dailyCapTable,
  dailyCapFor,
  formatMinutes,
  formatCount,
  formatMoney,
} = engine;

const template = (frontMatter, body = 'Hi. Reply STOP to opt out') => `---\n${frontMatter}\n---\n${body}`;
/** 173 septets: 2 GSM-7 segments. */
const twoSegments = 'x'.repeat(150) + ' Reply STOP to opt out.';
/** 105 UCS-2 units because of one ’: 2 segments, 1 in GSM-7. */
const parcel = 'Contoso: your parcel’s on its way and arrives tomorrow. Track it at contoso.com/t. Reply STOP to opt out.';

function reportOf(text, settings = defaultSettings) {
  const { sender, sending, count, worstCount } = analyzeText(text, settings);
  const example = estimateSend(sender, sending, count.segments);
  return example && { example: sendingReport(example), worst: sendingReport(estimateSend(sender, sending, worstCount.segments)) };
}
function findings(rule, text, settings = defaultSettings) {
  return lintText(text, settings).diagnostics.filter((d) => d.rule === rule).map((d) => [text.slice(d.start, d.end), d.message]);
}

describe('the FAQ tables as encoded', () => {
  test('rate limits: toll-free 200 and short code 6,000 a minute per number, alphanumeric 600 per resource, none for 10DLC', () => {
    const simplified = Object.fromEntries(Object.entries(rateLimits).map(([sender, r]) => [sender, [r.unitsPerMinute, r.scope, r.source.line]]));
    assert.deepEqual(simplified, { 'toll-free': [200, 'number', 397], 'short-code': [6000, 'number', 398], alphanumeric: [600, 'resource', 399] });
  });

  test('each rate limit is the figure of the FAQ row it quotes', () => {
    for (const limit of Object.values(rateLimits)) {
      const cells = limit.source.quote.split('|').map((cell) => cell.trim());
      assert.equal(Number(cells[6].replace(/,/g, '')), limit.unitsPerMinute, limit.source.quote);
      assert.equal(cells[3], limit.scope === 'number' ? 'Per number' : 'Per resource');
    }
  });

  test('daily caps: the twelve rows of the FAQ table, in order, from lines 407 to 418', () => {
    assert.deepEqual(
      dailyCapTable.map((row) => [row.carrier, row.tier, row.minScore ?? null, row.maxScore ?? null, row.cap, row.source.line]),
      [
        ['AT&T', 'A', 75, 100, 4500, 407],
        ['AT&T', 'B', 75, 100, 4500, 408],
        ['AT&T', 'C', 50, 74, 4500, 409],
        ['AT&T', 'D', 50, 74, 4500, 410],
        ['AT&T', 'E', 1, 49, 240, 411],
        ['AT&T', 'F', 1, 49, 240, 412],
        ['AT&T', 'T', null, null, 50, 413],
        ['T-Mobile', 'Top', 75, 100, 200000, 414],
        ['T-Mobile', 'High mid', 50, 74, 40000, 415],
        ['T-Mobile', 'Low mid', 25, 49, 10000, 416],
        ['T-Mobile', 'Low', 1, 24, 2000, 417],
        ['T-Mobile', 'Standard', null, null, 2000, 418],
      ],
    );
  });

  test('each cap, tier and score band is the one of the FAQ row it quotes', () => {
    for (const row of dailyCapTable) {
      const [, carrier, tier, , useCase, score, cap] = row.source.quote.split('|').map((cell) => cell.trim());
      assert.equal(carrier, row.carrier);
      assert.equal(tier, row.tier);
      assert.equal(Number(cap.replace(/,/g, '')), row.cap, row.source.quote);
      if (row.minScore !== undefined) assert.equal(score, `${row.minScore}-${row.maxScore}`, row.source.quote);
      const expectedUseCases = { 'Dedicated use case': ['dedicated'], 'Mixed/marketing': ['mixed', 'marketing'], All: ['dedicated', 'mixed', 'marketing'], 'Low-volume mixed': ['low-volume'] }[useCase];
      assert.deepEqual([...row.useCases], expectedUseCases, row.source.quote);
    }
  });
});

describe('the estimate for each sender type', () => {
  test('toll-free, 1 number: 25,000 × 2 segments = 50,000 units, 200 a minute, 250 minutes, 395 at 0.0079 (SPEC §6)', () => {
    const text = template('sender: toll-free\nsending: { recipients: 25000, numbers: 1, pricePerSegment: 0.0079 }', twoSegments);
    assert.deepEqual(reportOf(text).example, { recipients: 25000, segments: 2, messageUnits: 50000, unitsPerMinute: 200, minutes: 250, dailyCaps: null, cost: 395 });
  });

  test('toll-free, a pool of 4 numbers: 800 a minute, 62.5 minutes', () => {
    const text = template('sender: toll-free\nsending: { recipients: 25000, numbers: 4 }', twoSegments);
    assert.deepEqual(reportOf(text).example, { recipients: 25000, segments: 2, messageUnits: 50000, unitsPerMinute: 800, minutes: 62.5, dailyCaps: null, cost: null });
  });

  test('short code: 6,000 a minute per number; 3 short codes 18,000', () => {
    const one = template('sender: short-code\nsending: { recipients: 25000, numbers: 1 }', twoSegments);
    assert.deepEqual(reportOf(one).example, { recipients: 25000, segments: 2, messageUnits: 50000, unitsPerMinute: 6000, minutes: 8.33, dailyCaps: null, cost: null });
    const three = template('sender: short-code\nsending: { recipients: 90000, numbers: 3, pricePerSegment: 0.01 }', twoSegments);
    assert.deepEqual(reportOf(three).example, { recipients: 90000, segments: 2, messageUnits: 180000, unitsPerMinute: 18000, minutes: 10, dailyCaps: null, cost: 1800 });
  });

  test('alphanumeric: 600 a minute per resource, whatever `numbers` says', () => {
    const text = template('sender: alphanumeric\nto: [FR]\nsending: { recipients: 25000, numbers: 5 }', twoSegments);
    assert.deepEqual(reportOf(text).example, { recipients: 25000, segments: 2, messageUnits: 50000, unitsPerMinute: 600, minutes: 83.33, dailyCaps: null, cost: null });
    const withoutNumbers = template('sender: alphanumeric\nto: [FR]\nsending: { recipients: 25000 }', twoSegments);
    assert.equal(reportOf(withoutNumbers).example.unitsPerMinute, 600);
  });

  test('10DLC: no per-minute rate (the FAQ has none), the daily caps for the score and use case', () => {
    const text = template('sender: 10dlc\nsending: { recipients: 25000, numbers: 3, vettingScore: 80, useCase: mixed, pricePerSegment: 0.0079 }', twoSegments);
    assert.deepEqual(reportOf(text).example, {
      recipients: 25000,
      segments: 2,
      messageUnits: 50000,
      unitsPerMinute: null,
      minutes: null,
      dailyCaps: { 'T-Mobile': 200000, 'AT&T': 4500 },
      cost: 395,
    });
  });

  test('the worst path is estimated too: every variable at its longest', () => {
    const text = template('sender: toll-free\nsending: { recipients: 1000, numbers: 1, pricePerSegment: 0.01 }\nvariables:\n  name: { example: "Ana", maxLength: 150 }', 'Hi {{name}}. Reply STOP to opt out');
    const { example, worst } = reportOf(text);
    assert.deepEqual(example, { recipients: 1000, segments: 1, messageUnits: 1000, unitsPerMinute: 200, minutes: 5, dailyCaps: null, cost: 10 });
    assert.deepEqual(worst, { recipients: 1000, segments: 2, messageUnits: 2000, unitsPerMinute: 200, minutes: 10, dailyCaps: null, cost: 20 });
  });

  test('no recipients: no estimate at all', () => {
    assert.equal(reportOf(template('sender: toll-free\nsending: { numbers: 1, pricePerSegment: 0.0079 }')), undefined);
    assert.equal(reportOf(template('sender: toll-free')), undefined);
  });
});

describe('caps at every score band edge', () => {
  // [score, T-Mobile cap and tier, AT&T cap and class for dedicated, for mixed]
  const edges = [
    [1, 2000, 'Low', 240, 'E', 'F'],
    [24, 2000, 'Low', 240, 'E', 'F'],
    [25, 10000, 'Low mid', 240, 'E', 'F'],
    [49, 10000, 'Low mid', 240, 'E', 'F'],
    [50, 40000, 'High mid', 4500, 'C', 'D'],
    [74, 40000, 'High mid', 4500, 'C', 'D'],
    [75, 200000, 'Top', 4500, 'A', 'B'],
    [100, 200000, 'Top', 4500, 'A', 'B'],
  ];
  for (const [score, tMobile, tier, att, dedicatedClass, mixedClass] of edges) {
    test(`vetting score ${score}: T-Mobile ${tMobile} (${tier}), AT&T ${att} (class ${dedicatedClass} dedicated, ${mixedClass} mixed and marketing)`, () => {
      for (const [useCase, attClass] of [['dedicated', dedicatedClass], ['mixed', mixedClass], ['marketing', mixedClass]]) {
        assert.deepEqual([dailyCapFor('T-Mobile', useCase, score).tier, dailyCapFor('AT&T', useCase, score).tier], [tier, attClass], useCase);
        const text = template(`sender: 10dlc\nsending: { recipients: 100, vettingScore: ${score}, useCase: ${useCase} }`);
        assert.deepEqual(reportOf(text).example.dailyCaps, { 'T-Mobile': tMobile, 'AT&T': att }, useCase);
      }
    });
  }

  test('low-volume: T-Mobile Standard 2,000 and AT&T class T 50 whatever the score, and without one', () => {
    for (const score of ['', ', vettingScore: 1', ', vettingScore: 75', ', vettingScore: 100']) {
      const text = template(`sender: 10dlc\nsending: { recipients: 40, useCase: low-volume${score} }`);
      assert.deepEqual(reportOf(text).example.dailyCaps, { 'T-Mobile': 2000, 'AT&T': 50 }, score);
    }
    assert.deepEqual(findings('daily-cap', template('sender: 10dlc\nsending: { recipients: 40, useCase: low-volume }')), []);
  });
});

describe('daily-cap', () => {
  test('over AT&T class B: the carrier, the cap, the class and the days at it, on `recipients`', () => {
    const text = template('sender: 10dlc\nsending: { recipients: 25000, vettingScore: 80, useCase: mixed }');
    assert.deepEqual(findings('daily-cap', text), [
      [
        '25000',
        "This send is 25,000 segments (25,000 recipients × 1 segment), over AT&T's daily cap of 4,500 segments (class B: mixed, vetting score 75–100): at that cap it takes 6 days. Split the send over 6 days or shorten the message.",
      ],
    ]);
    assert.equal(lintText(text, defaultSettings).diagnostics.find((d) => d.rule === 'daily-cap').severity, 'warning');
  });

  test('over both carriers: one finding each, with the score band that would give a larger cap', () => {
    const text = template('sender: 10dlc\nsending:\n  recipients: 25000\n  vettingScore: 60\n  useCase: marketing', twoSegments);
    assert.deepEqual(findings('daily-cap', text), [
      [
        '25000',
        "This send is 50,000 segments (25,000 recipients × 2 segments), over T-Mobile's daily cap of 40,000 segments (High mid tier: marketing, vetting score 50–74): at that cap it takes 2 days. Split the send over 2 days, shorten the message, or raise the brand's vetting score (75–100 gives 200,000 a day).",
      ],
      [
        '25000',
        "This send is 50,000 segments (25,000 recipients × 2 segments), over AT&T's daily cap of 4,500 segments (class D: marketing, vetting score 50–74): at that cap it takes 12 days. Split the send over 12 days or shorten the message.",
      ],
    ]);
  });

  test('a low score: AT&T class E, and the band that gives more is 50–74', () => {
    const text = template('sender: 10dlc\nsending: { recipients: 300, vettingScore: 49, useCase: dedicated }');
    assert.deepEqual(findings('daily-cap', text), [
      [
        '300',
        "This send is 300 segments (300 recipients × 1 segment), over AT&T's daily cap of 240 segments (class E: dedicated, vetting score 1–49): at that cap it takes 2 days. Split the send over 2 days, shorten the message, or raise the brand's vetting score (50–74 gives 4,500 a day).",
      ],
    ]);
  });

  test('exactly at the cap is not over it; one more segment is', () => {
    assert.deepEqual(findings('daily-cap', template('sender: 10dlc\nsending: { recipients: 4500, vettingScore: 90, useCase: dedicated }')), []);
    assert.equal(findings('daily-cap', template('sender: 10dlc\nsending: { recipients: 4501, vettingScore: 90, useCase: dedicated }')).length, 1);
  });

  test('only the worst case over the cap: said so', () => {
    const text = template(
      'sender: 10dlc\nsending: { recipients: 3000, vettingScore: 90, useCase: dedicated }\nvariables:\n  name: { example: "Ana", maxLength: 150 }',
      'Hi {{name}}. Reply STOP to opt out',
    );
    assert.deepEqual(findings('daily-cap', text), [
      [
        '3000',
        "In the worst case (every variable at its longest) this send is 6,000 segments (3,000 recipients × 2 segments), over AT&T's daily cap of 4,500 segments (class A: dedicated, vetting score 75–100): at that cap it takes 2 days. Split the send over 2 days or shorten the message.",
      ],
    ]);
  });

  test('a missing vetting score or use case is named: the caps are not checked, nothing is assumed', () => {
    assert.deepEqual(findings('daily-cap', template('sender: 10dlc\nsending: { recipients: 25000, useCase: mixed }')), [
      [
        '25000',
        "The daily caps of this 10DLC send (25,000 segments) cannot be checked: set `sending.vettingScore`. T-Mobile's cap follows the brand's vetting score (1–100), AT&T's the campaign's use case (dedicated, mixed, marketing or low-volume) and score.",
      ],
    ]);
    assert.match(
      findings('daily-cap', template('sender: 10dlc\nsending: { recipients: 25000 }'))[0][1],
      /^The daily caps of this 10DLC send \(25,000 segments\) cannot be checked: set `sending.useCase` and `sending.vettingScore`\. /,
    );
    const text = template('sender: 10dlc\nsending: { recipients: 25000, vettingScore: 80 }');
    assert.equal(reportOf(text).example.dailyCaps, null);
  });

  test('not 10DLC, no recipients, or an empty message: nothing', () => {
    assert.deepEqual(findings('daily-cap', template('sender: toll-free\nsending: { recipients: 9000000, numbers: 1 }')), []);
    assert.deepEqual(findings('daily-cap', template('sender: 10dlc\nsending: { vettingScore: 10, useCase: mixed }')), []);
    assert.deepEqual(findings('daily-cap', template('sender: 10dlc\nsending: { recipients: 9000, vettingScore: 10, useCase: mixed }', '')), []);
  });

  test('sender and recipients from the settings: said so, at the opening fence', () => {
    const settings = resolveSettings({ sender: '10dlc', sending: { recipients: 25000, vettingScore: 80, useCase: 'mixed' } }).settings;
    const text = template('brand: Contoso');
    assert.deepEqual(findings('daily-cap', text, settings), [
      [
        '---',
        "This send is 25,000 segments (25,000 recipients × 1 segment), over AT&T's daily cap of 4,500 segments (class B: mixed, vetting score 75–100): at that cap it takes 6 days. Split the send over 6 days or shorten the message. Here the sender type comes from the sms.sender setting and the recipients come from the sms.sending setting.",
      ],
    ]);
  });
});

describe('missing and invalid sending values', () => {
  // [sending as written, covered text, message]
  const invalid = [
    ['{ recipients: 0 }', '0', '`sending.recipients` must be a whole number of at least 1; found 0. Nothing is assumed in its place.'],
    ['{ recipients: 25,000 }', undefined, undefined],
    ['{ recipients: "many" }', '"many"', '`sending.recipients` must be a whole number of at least 1; found "many". Nothing is assumed in its place.'],
    ['{ recipients: 10, numbers: 1.5 }', '1.5', '`sending.numbers` must be a whole number of at least 1; found 1.5. Nothing is assumed in its place.'],
    ['{ recipients: 10, vettingScore: 0 }', '0', "`sending.vettingScore` must be a whole number from 1 to 100 (the brand's vetting score); found 0. Nothing is assumed in its place."],
    ['{ recipients: 10, vettingScore: 101 }', '101', "`sending.vettingScore` must be a whole number from 1 to 100 (the brand's vetting score); found 101. Nothing is assumed in its place."],
    ['{ recipients: 10, useCase: promo }', 'promo', '`sending.useCase` must be one of dedicated, mixed, marketing, low-volume; found "promo". Nothing is assumed in its place.'],
    ['{ recipients: 10, pricePerSegment: -1 }', '-1', '`sending.pricePerSegment` must be a number of at least 0 (your price for one segment); found -1. Nothing is assumed in its place.'],
    ['{ recipients: 10, pricePerSegment: [1] }', '[1]', '`sending.pricePerSegment` must be a number of at least 0 (your price for one segment); found []. Nothing is assumed in its place.'],
    ['{ recipients: 10, price: 1 }', 'price', 'Unknown `sending` key `price`: expected recipients, numbers, vettingScore, useCase, pricePerSegment.'],
    ['25000', '25000', '`sending` takes `{ recipients, numbers, vettingScore, useCase, pricePerSegment }`.'],
  ];
  for (const [sending, covered, message] of invalid) {
    if (covered === undefined) continue;
    test(`sending: ${sending} is an invalid-front-matter error at its range`, () => {
      const text = template(`sender: toll-free\nsending: ${sending}`);
      assert.deepEqual(findings('invalid-front-matter', text), [[covered, message]]);
      assert.equal(lintText(text, defaultSettings).diagnostics.find((d) => d.rule === 'invalid-front-matter').severity, 'error');
    });
  }

  test('"25,000" in a flow mapping (two entries to YAML) is reported, and neither 25 nor 000 is used', () => {
    const text = template('sender: toll-free\nsending: { recipients: 25,000, numbers: 1 }');
    assert.deepEqual(findings('invalid-front-matter', text), [
      ['25,000', '`sending.recipients`: YAML reads "25,000" as 2 entries. Write the number without thousands separators (25000).'],
    ]);
    assert.equal(reportOf(text), undefined);
    const million = template('sender: toll-free\nsending: { recipients: 1,500,000 }');
    assert.deepEqual(findings('invalid-front-matter', million), [
      ['1,500,000', '`sending.recipients`: YAML reads "1,500,000" as 3 entries. Write the number without thousands separators (1500000).'],
    ]);
  });

  test('"25,000" on its own line is text, not a number', () => {
    const text = template('sender: toll-free\nsending:\n  recipients: 25,000');
    assert.deepEqual(findings('invalid-front-matter', text), [
      ['25,000', '`sending.recipients` must be a whole number of at least 1; found "25,000". Nothing is assumed in its place.'],
    ]);
  });

  test('an invalid value is left out, not replaced: numbers 0 leaves the send time unknown', () => {
    const text = template('sender: toll-free\nsending: { recipients: 100, numbers: 0, pricePerSegment: 0.01 }');
    assert.deepEqual(reportOf(text).example, { recipients: 100, segments: 1, messageUnits: 100, unitsPerMinute: null, minutes: null, dailyCaps: null, cost: 1 });
  });

  test('missing values are named in the estimate, never assumed', () => {
    const line = (frontMatter) => {
      const analysis = analyzeText(template(frontMatter), defaultSettings);
      return sendLines(analysis.sender, analysis.sending, analysis.count.segments, analysis.worstCount.segments)[0].text;
    };
    assert.equal(line('sender: toll-free\nsending: { recipients: 100 }'), '100 recipients × 1 segment = 100 message units · send time unknown: set `sending.numbers` (toll-free numbers send 200 a minute each) · cost: set `sending.pricePerSegment`');
    assert.equal(line('sending: { recipients: 100, numbers: 2 }'), '100 recipients × 1 segment = 100 message units · send time unknown: set `sender` · cost: set `sending.pricePerSegment`');
    assert.equal(line('sender: 10dlc\nsending: { recipients: 100, useCase: dedicated }'), '100 recipients × 1 segment = 100 message units · daily caps unknown: set `sending.vettingScore` · cost: set `sending.pricePerSegment`');
  });

  test('settings: invalid values are one warning each and ignored; valid ones kept; null (unset in VS Code) is nothing', () => {
    const { settings, problems } = resolveSettings({ sending: { recipients: 0, numbers: 2, vettingScore: 'high', useCase: null, pricePerSegment: 0.0079, colour: 1 } });
    assert.deepEqual(settings.sending, { numbers: 2, pricePerSegment: 0.0079 });
    assert.deepEqual(problems, [
      'sms.sending.recipients must be a whole number of at least 1; found 0. Ignored: no default is assumed.',
      "sms.sending.vettingScore must be a whole number from 1 to 100 (the brand's vetting score); found \"high\". Ignored: no default is assumed.",
      'sms.sending: unknown key "colour" (known: recipients, numbers, vettingScore, useCase, pricePerSegment); ignored.',
    ]);
    assert.deepEqual(resolveSettings({ sending: 5 }).problems, ['sms.sending: 5 is not an object of recipients, numbers, vettingScore, useCase, pricePerSegment; ignored.']);
    assert.deepEqual(defaultSettings.sending, {});
  });

  test('the front matter wins over the settings key by key', () => {
    const settings = resolveSettings({ sending: { recipients: 10, numbers: 2, pricePerSegment: 0.01 } }).settings;
    const text = template('sender: toll-free\nsending: { recipients: 25000 }', twoSegments);
    assert.deepEqual(reportOf(text, settings).example, { recipients: 25000, segments: 2, messageUnits: 50000, unitsPerMinute: 400, minutes: 125, dailyCaps: null, cost: 500 });
  });
});

describe('fix titles say what they save per send', () => {
  const curly = (sending) => template(`sender: toll-free${sending ? `\nsending: ${sending}` : ''}`, parcel);
  const fixTitle = (text) => lintText(text, defaultSettings).diagnostics.find((d) => d.rule === 'non-gsm-character').fix.title;

  test('with recipients and a price: segments and cost', () => {
    assert.equal(fixTitle(curly('{ recipients: 25000, numbers: 1, pricePerSegment: 0.0079 }')), "’ → ' — back to GSM-7: 1 segment instead of 2, saves 25,000 segments per send (197.50)");
  });

  test('with recipients only: segments', () => {
    assert.equal(fixTitle(curly('{ recipients: 25000 }')), "’ → ' — back to GSM-7: 1 segment instead of 2, saves 25,000 segments per send");
  });

  test('without recipients: as before', () => {
    assert.equal(fixTitle(curly()), "’ → ' — back to GSM-7: 1 segment instead of 2");
  });

  test('a fix that keeps the count says nothing about the send', () => {
    const text = template('sender: toll-free\nsending: { recipients: 25000, pricePerSegment: 0.0079 }', 'Your parcel’s on its way. Reply STOP to opt out.');
    assert.equal(fixTitle(text), "’ → ' — back to GSM-7: still 1 segment, room for 112 more characters instead of 22");
  });

  test('fix all says it too', () => {
    const text = curly('{ recipients: 25000, pricePerSegment: 0.0079 }');
    assert.equal(fixAllEdit(text, defaultSettings).title, 'Fix all auto-fixable problems — GSM-7: 1 segment instead of 2, saves 25,000 segments per send (197.50)');
  });

  test('appending the opt-out: what it adds per send', () => {
    const text = template('sender: toll-free\nsending: { recipients: 1000, pricePerSegment: 0.01 }', 'x'.repeat(150));
    const fix = lintText(text, defaultSettings).diagnostics.find((d) => d.rule === 'missing-opt-out').fix;
    assert.equal(fix.title, 'Append “Reply STOP to opt out.” [unsafe: adds wording] — 2 segments instead of 1, adds 1,000 segments per send (10)');
  });
});

describe('the estimate where the editor shows it', () => {
  const tollFree = template('sender: toll-free\nsending: { recipients: 25000, numbers: 1, pricePerSegment: 0.0079 }', parcel);

  test('hover of the body: the send after the counts', () => {
    const analysis = analyzeText(tollFree, defaultSettings);
    const hover = bodyHover(analysis, tollFree.indexOf('Reply'));
    assert.equal(
      hover.markdown.split('---\n\n')[1],
      '**Message** UCS-2 · 105 UCS-2 units · 2 segments of 67 UCS-2 units each  \n' +
        '**Segment 2 of 2** 38 UCS-2 units, room for 29 more  \n' +
        '**Worst case** the same (no variables)  \n' +
        '**Send** 25,000 recipients × 2 segments = 50,000 message units · 4 h 10 min at 200 a minute (1 toll-free number) · costs 395 at 0.0079 a segment',
    );
  });

  test('segments view and status bar tooltip: the same lines, for the example and the worst path', () => {
    const text = template(
      'sender: 10dlc\nsending: { recipients: 25000, vettingScore: 80, useCase: mixed, pricePerSegment: 0.0079 }\nvariables:\n  name: { example: "Ana", maxLength: 120 }',
      'Hi {{name}}, your code is ready. Reply STOP to opt out.',
    );
    const view = segmentView(analyzeText(text, defaultSettings));
    assert.deepEqual(view.sending, [
      "Send: 25,000 recipients × 1 segment = 25,000 message units · daily caps T-Mobile 200,000 (Top tier), AT&T 4,500 (class B): 6 days at AT&T's cap · costs 197.50 at 0.0079 a segment.",
      "Worst case send: 25,000 recipients × 2 segments = 50,000 message units · daily caps T-Mobile 200,000 (Top tier), AT&T 4,500 (class B): 12 days at AT&T's cap · costs 395 at 0.0079 a segment.",
    ]);
    assert.equal(
      view.summary,
      'GSM-7: 50 of 160 units in 1 segment, 50 characters. Worst case (every variable at its longest): GSM-7, 167 units, 2 segments. ' + view.sending.join(' '),
    );
  });

  test('a pool of numbers and an alphanumeric resource in words', () => {
    const line = (frontMatter) => {
      const a = analyzeText(template(frontMatter, twoSegments), defaultSettings);
      return sendLines(a.sender, a.sending, a.count.segments, a.worstCount.segments)[0].text;
    };
    assert.equal(line('sender: toll-free\nsending: { recipients: 25000, numbers: 4 }'), '25,000 recipients × 2 segments = 50,000 message units · 1 h 3 min at 800 a minute (4 toll-free numbers × 200) · cost: set `sending.pricePerSegment`');
    assert.equal(line('sender: short-code\nsending: { recipients: 25000, numbers: 1 }'), '25,000 recipients × 2 segments = 50,000 message units · 9 min at 6,000 a minute (1 short code) · cost: set `sending.pricePerSegment`');
    assert.equal(line('sender: alphanumeric\nto: [FR]\nsending: { recipients: 25000 }'), '25,000 recipients × 2 segments = 50,000 message units · 1 h 24 min at 600 a minute (alphanumeric sender IDs share it per resource) · cost: set `sending.pricePerSegment`');
    assert.equal(line('sender: 10dlc\nsending: { recipients: 100, vettingScore: 30, useCase: dedicated }'), '100 recipients × 2 segments = 200 message units · daily caps T-Mobile 10,000 (Low mid tier), AT&T 240 (class E): fits in one day · cost: set `sending.pricePerSegment`');
  });

  test('without recipients nothing is added', () => {
    const view = segmentView(analyzeText(template('sender: toll-free\nsending: { pricePerSegment: 0.01 }'), defaultSettings));
    assert.deepEqual(view.sending, []);
    assert.doesNotMatch(view.summary, /Send/);
  });
});

describe('wording', () => {
  test('durations: whole minutes, rounded up, in days, hours and minutes', () => {
    assert.deepEqual([0, 0.3, 1, 59.01, 60, 250, 1441, 125000].map(formatMinutes), ['0 min', 'under 1 min', '1 min', '1 h', '1 h', '4 h 10 min', '1 d 1 min', '86 d 19 h 20 min']);
  });

  test('numbers with thousands separators; money bare when whole, to the cent otherwise', () => {
    assert.deepEqual([0, 999, 1000, 25000, 1234567].map(formatCount), ['0', '999', '1,000', '25,000', '1,234,567']);
    assert.deepEqual([395, 197.5, 1234.05, 0.0079, 0.5, 12345.678].map(formatMoney), ['395', '197.50', '1,234.05', '0.0079', '0.5', '12,345.68']);
  });
});

describe('front matter assist for sending', () => {
  const { frontMatterCompletions, frontMatterHover, parseTemplate } = engine;
  const at = (source) => {
    const offset = source.indexOf('|');
    return [parseTemplate(source.replace('|', '')), offset];
  };

  test('inside `sending:` the five keys are offered, and after useCase its values', () => {
    assert.deepEqual(frontMatterCompletions(...at('---\nsending:\n  |\n---\nHi')).map((c) => c.label), ['recipients', 'numbers', 'vettingScore', 'useCase', 'pricePerSegment']);
    assert.deepEqual(frontMatterCompletions(...at('---\nsending: { recipients: 10, useCase: | }\n---\nHi')).map((c) => c.label), ['dedicated', 'mixed', 'marketing', 'low-volume']);
  });

  test('hovering a sending key explains it', () => {
    const source = '---\nsending:\n  pricePerSegment: 0.01\n---\nHi';
    const hover = frontMatterHover(parseTemplate(source), source.indexOf('price') + 2);
    assert.equal(hover.markdown, '**pricePerSegment**\n\nWhat one segment costs you, in your currency (carrier fees change: state yours). Without it no cost is shown.');
  });
});

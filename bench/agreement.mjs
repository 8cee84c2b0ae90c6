// Where the published counters disagree with ours: over the corpus (grouped by reason) and on the
// boundary cases of SPEC §2, each with the rule that decides it and whose behaviour it is.

const extensionCharacters = /[\f^{}\\[~\]|€]/;
const surrogatePair = /[\ud800-\udbff][\udc00-\udfff]/;

const familyEmoji = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';

/** Each case: the text, what SPEC §2 / 3GPP TS 23.040 say, and why a peer that differs does. */
export const boundaryCases = [
  { name: '160 plain GSM-7 characters', text: 'a'.repeat(160), expected: ['GSM-7', 1] },
  { name: '161 plain GSM-7 characters', text: 'a'.repeat(161), expected: ['GSM-7', 2] },
  {
    name: '152 plain + € + 152 plain (escape at septet 152/153)',
    text: 'a'.repeat(152) + '€' + 'a'.repeat(152),
    expected: ['GSM-7', 3],
    why: { 'sms-length': 'peer bug: divides 306 septets by 153 and so splits the escape sequence across segments 1 and 2' },
  },
  {
    name: '152 plain + € + 1 plain (155 septets)',
    text: 'a'.repeat(152) + '€a',
    expected: ['GSM-7', 1],
    note: 'SPEC §2 gives this example as 3 segments; 155 septets fit in one 160-septet segment (3GPP TS 23.040), so 1 is right',
  },
  { name: '158 plain + form feed (extension table)', text: 'a'.repeat(158) + '\f', expected: ['GSM-7', 1], why: { 'sms-length': 'peer bug: its GSM alphabet lacks form feed, so the message becomes UCS-2 (3 segments)' } },
  { name: '70 UCS-2 characters', text: 'ç'.repeat(70), expected: ['UCS-2', 1] },
  { name: '71 UCS-2 characters', text: 'ç'.repeat(71), expected: ['UCS-2', 2] },
  { name: '67 emoji', text: '😀'.repeat(67), expected: ['UCS-2', 3], why: { 'sms-length': 'peer bug: divides 134 units by 67 and so splits surrogate pairs across segments' } },
  {
    name: '66 ç + emoji + 66 ç (surrogate pair across unit 67)',
    text: 'ç'.repeat(66) + '😀' + 'ç'.repeat(66),
    expected: ['UCS-2', 3],
    why: { 'sms-length': 'peer bug: divides 134 units by 67 and so splits the surrogate pair at unit 67' },
  },
  {
    name: '64 ç + ZWJ family emoji + 60 ç',
    text: 'ç'.repeat(64) + familyEmoji + 'ç'.repeat(60),
    expected: ['UCS-2', 2],
    why: { 'sms-segments-calculator': 'spec rule: it keeps grapheme clusters whole (3 segments); the default code-point rule is 3GPP, and `sms.segmentation: "grapheme"` gives 3 too' },
  },
  { name: 'capital Ç (basic table)', text: 'Ç', expected: ['GSM-7', 1] },
  { name: 'small ç (not GSM)', text: 'ç', expected: ['UCS-2', 1] },
  { name: 'U+001B alone (the escape is not a character)', text: '\u001b', expected: ['UCS-2', 1] },
  { name: 'no-break space', text: 'a\u00a0b', expected: ['UCS-2', 1] },
  {
    name: '79 plain + CRLF + 80 plain',
    text: 'a'.repeat(79) + '\r\n' + 'a'.repeat(80),
    expected: ['GSM-7', 1],
    why: {
      'sms-length': 'spec rule: peers count CR and LF (161 septets, 2 segments); SPEC §1 counts a line break as one LF (`sms.lineBreaks: "crlf"` gives 2)',
      'split-sms': 'spec rule: peers count CR and LF (161 septets, 2 segments); SPEC §1 counts a line break as one LF (`sms.lineBreaks: "crlf"` gives 2)',
      'sms-segments-calculator': 'spec rule: peers count CR and LF (161 septets, 2 segments); SPEC §1 counts a line break as one LF (`sms.lineBreaks: "crlf"` gives 2)',
    },
  },
  { name: '80 plain + lone CR + 79 plain', text: 'a'.repeat(80) + '\r' + 'a'.repeat(79), expected: ['GSM-7', 1] },
  {
    name: 'empty message',
    text: '',
    expected: ['GSM-7', 0],
    why: {
      'split-sms': 'spec rule: it reports one empty segment; SPEC §2 says an empty body is 0 segments (and an empty-message error)',
      'sms-segments-calculator': 'spec rule: it reports one empty segment; SPEC §2 says an empty body is 0 segments (and an empty-message error)',
    },
  },
];

function differs(a, b) {
  return a.encoding !== b.encoding || a.segments !== b.segments;
}

export function compareBoundaryCases(counters) {
  const [ours, ...peers] = counters;
  return boundaryCases.map((testCase) => {
    const answers = {};
    for (const counter of counters) {
      try {
        answers[counter.name] = counter.count(testCase.text);
      } catch (error) {
        answers[counter.name] = { encoding: 'throws', segments: NaN, error: error.message };
      }
    }
    const expected = { encoding: testCase.expected[0], segments: testCase.expected[1] };
    const disagreements = peers
      .filter((peer) => differs(answers[peer.name], answers[ours.name]))
      .map((peer) => ({ peer: peer.name, answer: answers[peer.name], why: testCase.why?.[peer.name] ?? 'unexplained: investigate' }));
    return { name: testCase.name, expected, answers, oursCorrect: !differs(answers[ours.name], expected), disagreements, note: testCase.note };
  });
}

/** Why a peer's answer differs from ours on one message. */
function reasonFor(text, oursAnswer, theirs, peer, ours) {
  if (text === '') return 'empty message: counted as one segment';
  if (oursAnswer.encoding !== theirs.encoding) {
    const disputed = [...new Set(text)].filter((character) => peer.count(character).encoding !== ours.count(character).encoding);
    const shown = disputed.map((c) => 'U+' + c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')).join(' ');
    return disputed.length > 0 ? `encoding: classifies ${shown} differently` : 'encoding: other';
  }
  if (text.includes('\r\n')) return 'CRLF counted as two units';
  if (oursAnswer.encoding === 'GSM-7' && extensionCharacters.test(text)) return 'escape sequence split across segments';
  if (oursAnswer.encoding === 'UCS-2' && surrogatePair.test(text)) return 'surrogate pair or grapheme cluster at a segment boundary';
  return 'other';
}

export function compareCorpus(counters, messages) {
  const [ours, ...peers] = counters;
  const oursAnswers = messages.map((text) => ours.count(text));
  return peers.map((peer) => {
    const reasons = new Map();
    let disagreeing = 0;
    messages.forEach((text, i) => {
      const theirs = peer.count(text);
      if (!differs(theirs, oursAnswers[i])) return;
      disagreeing++;
      const reason = reasonFor(text, oursAnswers[i], theirs, peer, ours);
      const entry = reasons.get(reason) ?? { count: 0, example: text.slice(0, 60) };
      entry.count++;
      reasons.set(reason, entry);
    });
    return { peer: peer.name, messages: messages.length, disagreeing, reasons: [...reasons].map(([reason, entry]) => ({ reason, ...entry })) };
  });
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { lintText, resolveSettings, defaultSettings, applyEdits, findOptOutInstructions } = engine;

function diagnosticsOf(rule, text, settings = defaultSettings) {
  return lintText(text, settings).diagnostics.filter((d) => d.rule === rule);
}

// [text, expected instructions as [kind, text]]
const instructions = [
  ['Reply STOP to opt out', [['keyword', 'Reply STOP to opt out']]],
  ['Text STOP to end', [['keyword', 'Text STOP to end']]],
  ['Deals inside. STOP to unsubscribe', [['keyword', 'STOP to unsubscribe']]],
  ['Txt STOP', [['keyword', 'Txt STOP']]],
  ['reply STOP2END', [['keyword', 'reply STOP2END']]],
  ['Reply with the word END', [['keyword', 'Reply with the word END']]],
  ['Reply QUIT, REVOKE or CANCEL', [['keyword', 'Reply QUIT']]],
  ['Reply OPT OUT', [['keyword', 'Reply OPT OUT']]],
  ['Text UNSUBSCRIBE to 12345', [['keyword', 'Text UNSUBSCRIBE']]],
  ['Opt out: STOP', [['keyword', 'STOP']]],
  ['Stop to opt out', [['keyword', 'Stop to opt out']]],
  ['STOP=END', [['keyword', 'STOP=END']]],
  ['Msg&data rates may apply. Reply HELP for help, STOP to cancel.', [['keyword', 'STOP to cancel']]],
  ['Responda STOP para no recibir más mensajes.', [['keyword', 'Responda STOP']]],
  ['Répondez STOP pour ne plus recevoir nos messages', [['keyword', 'Répondez STOP']]],
  ['Antworten Sie mit STOP zum Abmelden', [['keyword', 'Antworten Sie mit STOP']]],
  ['Opt out at example.com/stop', [['other-channel', 'Opt out']]],
  ['To opt out call 0800 123 456', [['other-channel', 'opt out']]],
  ['Unsubscribe: example.com/u', [['other-channel', 'Unsubscribe']]],
  ['Unsubscribe by e-mail: stop@contoso.com', [['other-channel', 'Unsubscribe']]],
  ['Reply with the word stop to opt out', [['keyword', 'Reply with the word stop to opt out']]],
  ['Text the word Stop', [['keyword', 'Text the word Stop']]],
  ['Text the word stop to 12345', [['keyword', 'Text the word stop']]],
  ['reply stop', [['keyword', 'reply stop']]],
  ['Reply STOP-ALL', [['keyword', 'Reply STOP']]],
  // The markets' own words (SPEC §3).
  ['Responde BAJA para cancelar', [['keyword', 'Responde BAJA']]],
  ['Répondez ARRET pour vous désabonner', [['keyword', 'Répondez ARRET']]],
  ['Répondez ARRÊT pour vous désabonner', [['keyword', 'Répondez ARRÊT']]],
  ['Responda SAIR para cancelar', [['keyword', 'Responda SAIR']]],
  ['您的验证码已发送，回T退订', [['keyword', '回T退订']]],
  // Languages that put the verb last: the keyword in capitals, then the verb.
  ['बाहर निकलने के लिए STOP लिखें।', [['keyword', 'STOP लिखें']]],
  ['सदस्यता छोड़ने के लिए STOP लिखकर 12345 पर भेजें', [['keyword', 'STOP लिखकर']]],
  ["İptal için STOP yazıp 3333'e gönderin", [['keyword', 'STOP yazıp']]],
  ['Almamak için STOP yazın', [['keyword', 'STOP yazın']]],
  // Emoji marks (a variation selector) are no part of a word.
  ['Your code is 1234. Reply ➡️ STOP', [['keyword', 'Reply ➡️ STOP']]],
  ['⚠️Reply STOP', [['keyword', 'Reply STOP']]],
  ['Reply ➡️STOP', [['keyword', 'Reply ➡️STOP']]],
  ['回复退订', [['keyword', '回复退订']]],
  // "of"/"from" the messages is still an opt-out.
  ['Opt out of these texts at example.com/stop', [['other-channel', 'Opt out']]],
  ['Unsubscribe from our list: example.com/u', [['other-channel', 'Unsubscribe']]],
  ['To unsubscribe from these, visit example.com/u', [['other-channel', 'unsubscribe']]],
];

// Prose that mentions a keyword without telling anyone how to opt out.
const notInstructions = [
  'Stop by our store today',
  "Don't stop to think",
  'Reply to cancel your appointment',
  'Read the text. End of story',
  'Reply Y to confirm or N to cancel',
  'Cancel anytime in the app',
  'We will stop at the end to stop the timer',
  'The sale ends Sunday',
  'Unsubscribe',
  'Contoso: please send the end-of-month meter reading',
  'Text the end of the code to your manager',
  'Send us the end date of your stay',
  'Reply to cancel your booking',
  'Please send end-of-day totals',
  'Text the word quit if you like, we will read it',
  'Opt out of the ordinary - visit our new store today!',
  'Unsubscribe from boring: click to see our new deals!',
  'Baja California is lovely. Visit soon',
  // The verb after a keyword in lower case is prose ("stop yazın" is not how the keyword is shown).
  'Bir stop yazın',
  // "Non-stop summer fun": a hyphenated keyword is a word of the prose.
  'Yaz indirimi! NON-STOP yaz eğlencesi seni bekliyor',
  'Bu yaz NON-STOP yazın tadını çıkarın!',
];

for (const [text, expected] of instructions) {
  test(`opt-out instruction found in "${text}"`, () => {
    assert.deepEqual(findOptOutInstructions(text).map((i) => [i.kind, text.slice(i.start, i.end)]), expected);
  });
}
for (const text of notInstructions) {
  test(`no opt-out instruction in "${text}"`, () => assert.deepEqual(findOptOutInstructions(text), []));
}

test('an opt-out link may be a placeholder: `Opt out: {{optout_url}}` with no example is an opt-out', () => {
  for (const name of ['optout_url', 'unsubscribeLink', 'stop.link', 'optOutURL']) {
    const text = `---\nvariables:\n  ${name}: { maxLength: 30 }\n---\nDeals today. Opt out: {{${name}}}`;
    assert.deepEqual(diagnosticsOf('missing-opt-out', text), [], name);
  }
  // Any other placeholder is not a link.
  const other = '---\nvariables:\n  city: { maxLength: 30 }\n---\nDeals today. Opt out: {{city}}';
  assert.deepEqual(diagnosticsOf('missing-opt-out', other).map((d) => d.rule), ['missing-opt-out']);
});

test('missing-opt-out covers the last word of a message with no instruction', () => {
  const text = 'Your order shipped. Stop by our store!\n';
  const [finding] = diagnosticsOf('missing-opt-out', text);
  assert.equal(text.slice(finding.start, finding.end), 'store!');
  assert.equal(finding.severity, 'warning');
});

test('missing-opt-out stays quiet when the message has an instruction', () => {
  assert.deepEqual(diagnosticsOf('missing-opt-out', 'Sale today. Reply STOP to opt out'), []);
});

test('missing-opt-out stays quiet on an empty message (empty-message reports it)', () => {
  assert.deepEqual(diagnosticsOf('missing-opt-out', '---\nsender: 10dlc\n---\n'), []);
});

// [name, text, fix title, text after the fix]
const fixes = [
  ['appends with a space on a one-line body', 'Your order shipped.', 'Append “Reply STOP to opt out.” [unsafe: adds wording] — still 1 segment', 'Your order shipped. Reply STOP to opt out.'],
  ['appends on a new line after a multi-line body', 'Hello\nYour order shipped.\n', 'Append “Reply STOP to opt out.” [unsafe: adds wording] — still 1 segment', 'Hello\nYour order shipped.\nReply STOP to opt out.\n'],
  ['keeps CRLF line endings', '---\nbrand: A\n---\r\nHello\r\nShipped.', 'Append “Reply STOP to opt out.” [unsafe: adds wording] — still 1 segment', '---\nbrand: A\n---\r\nHello\r\nShipped.\r\nReply STOP to opt out.'],
  ['adds no second space after a trailing space', 'Your order shipped. ', 'Append “Reply STOP to opt out.” [unsafe: adds wording] — still 1 segment', 'Your order shipped. Reply STOP to opt out.'],
  ['adds no space after a trailing no-break space', 'Your order shipped.\u00a0', 'Append “Reply STOP to opt out.” [unsafe: adds wording] — still 1 segment', 'Your order shipped.\u00a0Reply STOP to opt out.'],
  ['says when the opt-out adds a segment', 'x'.repeat(150), 'Append “Reply STOP to opt out.” [unsafe: adds wording] — 2 segments instead of 1', 'x'.repeat(150) + ' Reply STOP to opt out.'],
];
for (const [name, text, title, after] of fixes) {
  test(`missing-opt-out fix ${name}`, () => {
    const [finding] = diagnosticsOf('missing-opt-out', text);
    assert.equal(finding.fix.title, title);
    // Appending changes what the recipient reads: unsafe, never applied on save.
    assert.equal(finding.fix.safe, false);
    const fixed = applyEdits(text, finding.fix.edits);
    assert.equal(fixed, after);
    assert.deepEqual(diagnosticsOf('missing-opt-out', fixed), []);
  });
}

test('missing-opt-out fix appends sms.optOutText', () => {
  const { settings } = resolveSettings({ optOutText: 'Txt STOP to end' });
  const [finding] = diagnosticsOf('missing-opt-out', 'Hi', settings);
  assert.equal(finding.fix.title, 'Append “Txt STOP to end” [unsafe: adds wording] — still 1 segment');
  assert.deepEqual(finding.fix.edits, [{ start: 2, end: 2, newText: ' Txt STOP to end' }]);
});

test('missing-opt-out offers no "Reply STOP" fix for an alphanumeric sender', () => {
  const [finding] = diagnosticsOf('missing-opt-out', '---\nsender: alphanumeric\nfrom: Contoso\nto: [FR]\n---\nYour parcel is here.');
  assert.equal(finding.fix, undefined);
  assert.match(finding.message, /alphanumeric sender ID cannot receive replies/);
});

test('missing-opt-out fix appends a link opt-out text for an alphanumeric sender', () => {
  const { settings } = resolveSettings({ optOutText: 'Opt out: contoso.com/stop' });
  const text = '---\nsender: alphanumeric\nto: [FR]\n---\nYour parcel is here.';
  const [finding] = diagnosticsOf('missing-opt-out', text, settings);
  assert.equal(finding.fix.title, 'Append “Opt out: contoso.com/stop” [unsafe: adds wording] — still 1 segment');
  assert.deepEqual(diagnosticsOf('missing-opt-out', applyEdits(text, finding.fix.edits), settings), []);
});

test('missing-opt-out accepts a link opt-out from an alphanumeric sender', () => {
  assert.deepEqual(diagnosticsOf('missing-opt-out', '---\nsender: alphanumeric\nto: [FR]\n---\nParcel here. Opt out: contoso.com/stop'), []);
});

test('missing-opt-out is silenced per template by the rules override', () => {
  assert.deepEqual(diagnosticsOf('missing-opt-out', '---\nrules:\n  missing-opt-out: off\n---\nYour code is 123456'), []);
});

test('unreachable-opt-out flags "Reply STOP" from an alphanumeric sender', () => {
  const text = '---\nsender: alphanumeric\nfrom: Contoso\nto: [FR]\n---\nSale! Reply STOP to opt out or visit contoso.com/stop';
  const findings = diagnosticsOf('unreachable-opt-out', text);
  assert.deepEqual(findings.map((d) => [text.slice(d.start, d.end), d.severity]), [['Reply STOP to opt out', 'error']]);
  assert.equal(
    findings[0].message,
    'An alphanumeric sender ID cannot receive replies: this keyword never reaches you, so recipients cannot opt out. Offer a link (“Opt out: example.com/stop”), a phone number or an e-mail address instead.',
  );
});

test('unreachable-opt-out stays quiet on "send the end-of-month" prose from an alphanumeric sender', () => {
  const text = '---\nsender: alphanumeric\nfrom: Contoso\nto: [FR]\n---\nContoso: please send the end-of-month meter reading. Opt out: contoso.com/stop';
  assert.deepEqual(diagnosticsOf('unreachable-opt-out', text), []);
});

test('missing-opt-out is not hidden by "send the end-of-month" prose', () => {
  const text = '---\nsender: 10dlc\n---\nContoso: please send the end-of-month meter reading';
  assert.deepEqual(diagnosticsOf('missing-opt-out', text).map((d) => text.slice(d.start, d.end)), ['reading']);
});

test('unreachable-opt-out stays quiet for senders that receive replies', () => {
  for (const sender of ['10dlc', 'toll-free', 'short-code']) {
    assert.deepEqual(diagnosticsOf('unreachable-opt-out', `---\nsender: ${sender}\n---\nReply STOP to opt out`), [], sender);
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { lintText, resolveSettings, defaultSettings } = engine;

/** [covered text, message] of each finding of one rule. */
function findings(rule, text, settings = defaultSettings) {
  return lintText(text, settings).diagnostics.filter((d) => d.rule === rule).map((d) => [text.slice(d.start, d.end), d.message]);
}
const template = (frontMatter, body = 'Hi. Reply STOP to opt out') => `---\n${frontMatter}\n---\n${body}`;

// [sender, from as written in YAML, expected message or undefined]
const senderIds = [
  ['alphanumeric', 'Contoso', undefined],
  ['alphanumeric', '"Contoso 24"', undefined],
  ['alphanumeric', 'A', undefined],
  ['alphanumeric', '"ContosoShop1"', '"ContosoShop1" is 12 characters: an alphanumeric sender ID has at most 11, so this one would be rejected. Shorten it.'],
  ['alphanumeric', '"Contoso-UK"', '"Contoso-UK" contains "-": an alphanumeric sender ID may only use A–Z, a–z, 0–9 and spaces, so this one would be rejected.'],
  ['alphanumeric', '"Zürich"', '"Zürich" contains "ü": an alphanumeric sender ID may only use A–Z, a–z, 0–9 and spaces, so this one would be rejected.'],
  ['alphanumeric', '"12345"', '"12345" has no letter: an alphanumeric sender ID needs at least one, or it reads as a number.'],
  ['short-code', '"12345"', undefined],
  ['short-code', '123456', undefined],
  ['short-code', '"+12345"', '"+12345" starts with +: a short code has no plus sign or country code. Write the 5 or 6 digits alone ("12345").'],
  ['short-code', '"1234"', '"1234" is not a short code: a short code is 5 or 6 digits, without + or spaces.'],
  ['short-code', '"1234567"', '"1234567" is not a short code: a short code is 5 or 6 digits, without + or spaces.'],
  ['toll-free', '"+18005550100"', undefined],
  ['toll-free', '+18885550100', undefined],
  ['toll-free', '"+18335550100"', undefined],
  ['toll-free', '"+14255550100"', '"+14255550100" is not a toll-free number: toll-free numbers start with +1 800, 833, 844, 855, 866, 877, 888. For a local number use `sender: 10dlc`.'],
  ['toll-free', '"1-800-555-0100"', '"1-800-555-0100" is not in E.164 form, which the send request expects: write +18005550100.'],
  ['toll-free', '"+4420"', '"+4420" is not a toll-free number: write +1 and 10 digits starting with 800, 833, 844, 855, 866, 877, 888, e.g. +18005550100.'],
  ['10dlc', '"+14255550100"', undefined],
  ['10dlc', '"+18005550100"', '"+18005550100" is a toll-free number, not a 10DLC number: set `sender: toll-free`.'],
  ['10dlc', '"+10255550100"', '"+10255550100" is not a US number: area codes never start with 0 or 1.'],
  ['10dlc', '"(425) 555-0100"', '"(425) 555-0100" is not in E.164 form, which the send request expects: write +14255550100.'],
  ['10dlc', '"+4930123456"', '"+4930123456" is not a 10DLC number: write +1 and the 10-digit US number, e.g. +14255550100.'],
];
for (const [sender, from, expected] of senderIds) {
  test(`sender-id-format: ${sender} from ${from} ${expected ? 'is flagged' : 'passes'}`, () => {
    const text = template(`sender: ${sender}\nfrom: ${from}\nto: [US]`);
    assert.deepEqual(findings('sender-id-format', text), expected ? [[from, expected]] : []);
  });
}

test('sender-id-format says nothing without a sender type', () => {
  assert.deepEqual(findings('sender-id-format', template('from: "!!"')), []);
});

// [front matter, expected [covered text, message]]
const destinations = [
  ['sender: toll-free\nto: [US, CA, PR]', []],
  ['sender: toll-free\nto: [US, GB, mx]', [
    ['GB', 'GB cannot be reached: toll-free numbers reach only the US, Canada and Puerto Rico, so these messages are not delivered. Remove it from `to`, or send there from another sender (an alphanumeric sender ID or a local number).'],
    ['mx', 'MX cannot be reached: toll-free numbers reach only the US, Canada and Puerto Rico, so these messages are not delivered. Remove it from `to`, or send there from another sender (an alphanumeric sender ID or a local number).'],
  ]],
  ['sender: 10dlc\nto:\n  - US\n  - CA', [
    ['CA', 'CA cannot be reached: 10DLC numbers reach only the US, so these messages are not delivered. Remove it from `to`, or send there from another sender (an alphanumeric sender ID or a local number).'],
  ]],
  ['sender: short-code\nto: [CA, US]', [
    ['CA', 'CA cannot be reached: a short code reaches only the country it is registered in, here US, so these messages are not delivered. Remove it from `to`, or send there from another sender (an alphanumeric sender ID or a local number).'],
  ]],
  ['sender: short-code\nto: [GB, IE]', [
    ['IE', 'IE cannot be reached: a short code reaches only the country it is registered in, here GB, so these messages are not delivered. Remove it from `to`, or send there from another sender (an alphanumeric sender ID or a local number).'],
  ]],
  ['sender: alphanumeric\nto: [GB, FR, DE]', []],
  ['sender: alphanumeric\nto: [GB, US, ca]', [
    ['US', 'US cannot be reached: carriers in the US and Canada do not carry alphanumeric sender IDs (they replace it with a number, or drop the message), so these messages are not delivered. Remove it from `to`, or send there from a toll-free, 10DLC or short code number.'],
    ['ca', 'CA cannot be reached: carriers in the US and Canada do not carry alphanumeric sender IDs (they replace it with a number, or drop the message), so these messages are not delivered. Remove it from `to`, or send there from a toll-free, 10DLC or short code number.'],
  ]],
];
for (const [frontMatter, expected] of destinations) {
  test(`unsupported-destination for ${frontMatter.replace(/\n\s*/g, ' ')}`, () => {
    assert.deepEqual(findings('unsupported-destination', template(frontMatter)), expected);
  });
}

test('unsupported-destination points at the sender when the countries come from sms.to', () => {
  const { settings } = resolveSettings({ to: ['US', 'GB'] });
  const result = findings('unsupported-destination', template('sender: toll-free'), settings);
  assert.deepEqual(result.map(([covered]) => covered), ['toll-free']);
  assert.match(result[0][1], /^GB \(from the sms\.to setting\) cannot be reached/);
});

test('sender-registration: alphanumeric sender ID to GB and IE', () => {
  assert.deepEqual(findings('sender-registration', template('sender: alphanumeric\nfrom: Contoso\nto: [FR, GB, IE]')), [
    ['GB', 'Alphanumeric sender IDs must be registered to send to the UK: since 2024-06-30 traffic from unregistered ones is blocked. Register the sender ID and wait for approval before sending; then say so with `registered: true` in the front matter (or `.smslintrc.json`, or the `sms.registered` setting).'],
    ['IE', 'Alphanumeric sender IDs must be registered to send to Ireland: since 2025-07-03 messages from unregistered ones are marked as spam, and from 2025-10-03 they are blocked. Register the sender ID before sending; then say so with `registered: true` in the front matter (or `.smslintrc.json`, or the `sms.registered` setting).'],
  ]);
});

test('sender-registration: toll-free numbers must be verified', () => {
  assert.deepEqual(findings('sender-registration', template('sender: toll-free\nfrom: "+18005550100"')), [
    ['"+18005550100"', 'Toll-free numbers must be verified: since 2024-01-31 all traffic from unverified numbers to the US and Canada is blocked, and verification takes 5–6 weeks. Verify the number; then say so with `registered: true` in the front matter (or `.smslintrc.json`, or the `sms.registered` setting).'],
  ]);
});

test('sender-registration: 10DLC numbers need brand and campaign registration', () => {
  assert.deepEqual(findings('sender-registration', template('sender: 10dlc')).map(([covered]) => covered), ['10dlc']);
});

test('registered: true in the front matter silences sender-registration', () => {
  assert.deepEqual(findings('sender-registration', template('sender: toll-free\nfrom: "+18005550100"\nregistered: true')), []);
  assert.deepEqual(findings('sender-registration', template('sender: alphanumeric\nfrom: Contoso\nto: [GB]\nregistered: true')), []);
  assert.deepEqual(findings('sender-registration', template('sender: 10dlc\nregistered: false')).map(([covered]) => covered), ['10dlc']);
});

test('the registered setting silences sender-registration, and the front matter overrides it', () => {
  const { settings, problems } = resolveSettings({ registered: true });
  assert.deepEqual(problems, []);
  assert.deepEqual(findings('sender-registration', template('sender: 10dlc'), settings), []);
  assert.deepEqual(findings('sender-registration', template('sender: 10dlc\nregistered: false'), settings).map(([covered]) => covered), ['10dlc']);
});

test('registered that is not true or false: one message, and the rule still runs', () => {
  assert.deepEqual(resolveSettings({ registered: 'yes' }).problems, ['sms.registered: "yes" is not true or false; using the default.']);
  const text = template('sender: 10dlc\nregistered: yes please');
  assert.deepEqual(findings('invalid-front-matter', text).map(([covered]) => covered), ['yes please']);
  assert.deepEqual(findings('sender-registration', text).map(([covered]) => covered), ['10dlc']);
});

test('sender-registration says nothing for an alphanumeric sender to other countries or a short code', () => {
  assert.deepEqual(findings('sender-registration', template('sender: alphanumeric\nto: [FR, DE]')), []);
  assert.deepEqual(findings('sender-registration', template('sender: short-code\nto: [US]')), []);
});

// Sender and destinations from the settings, no front matter: [name, settings, text, rule, covered text, end of the message]
const fromSettings = [
  ['toll-free verification points at the first line of the body', { sender: 'toll-free' }, 'Your code is 1234.\nReply STOP to opt out\n', 'sender-registration',
    'Your code is 1234.', 'Verify the number; then say so with `registered: true` in the front matter (or `.smslintrc.json`, or the `sms.registered` setting). Here the sender type comes from the sms.sender setting.'],
  ['10DLC registration skips blank lines before the body text', { sender: '10dlc' }, '\n  Hi there. Reply STOP to opt out', 'sender-registration',
    'Hi there. Reply STOP to opt out', 'Register the brand and campaign; then say so with `registered: true` in the front matter (or `.smslintrc.json`, or the `sms.registered` setting). Here the sender type comes from the sms.sender setting.'],
  ['an alphanumeric sender to GB names both settings', { sender: 'alphanumeric', to: ['GB'] }, 'Parcel here. Opt out: contoso.com/stop', 'sender-registration',
    'Parcel here. Opt out: contoso.com/stop', 'Register the sender ID and wait for approval before sending; then say so with `registered: true` in the front matter (or `.smslintrc.json`, or the `sms.registered` setting). Here the sender type comes from the sms.sender setting and GB from the sms.to setting.'],
  ['an unreachable destination points at the first line of the body', { sender: 'toll-free', to: ['GB'] }, 'Hi. Reply STOP to opt out', 'unsupported-destination',
    'Hi. Reply STOP to opt out', 'or a local number). Here the sender type comes from the sms.sender setting.'],
  ['front matter without a sender points at its opening fence', { sender: 'toll-free' }, '---\nbrand: Contoso\n---\nHi. Reply STOP to opt out', 'sender-registration',
    '---', 'Here the sender type comes from the sms.sender setting.'],
];
for (const [name, raw, text, rule, covered, ending] of fromSettings) {
  test(`${rule} from the settings: ${name}`, () => {
    const result = findings(rule, text, resolveSettings(raw).settings);
    assert.equal(result.length, 1);
    assert.equal(result[0][0], covered);
    assert.ok(result[0][1].endsWith(ending), result[0][1]);
  });
}

test('sender-registration says nothing about settings when the front matter names the sender', () => {
  const [[, message]] = findings('sender-registration', template('sender: toll-free'), resolveSettings({ sender: '10dlc' }).settings);
  assert.ok(message.endsWith('Verify the number; then say so with `registered: true` in the front matter (or `.smslintrc.json`, or the `sms.registered` setting).'), message);
});

test('sender-registration is an info', () => {
  const [diagnostic] = lintText(template('sender: toll-free'), defaultSettings).diagnostics.filter((d) => d.rule === 'sender-registration');
  assert.equal(diagnostic.severity, 'info');
});

const shortCode = 'sender: short-code\nfrom: "12345"\nto: [US]\nrules: { missing-opt-out: off }';
// [name, front matter, body, expected covered text (undefined = no finding)]
const unicodeLimit = [
  ['ASCII text past 4 segments is fine', shortCode, 'a'.repeat(700), undefined],
  ['non-ASCII GSM text of 4 segments is fine', shortCode, 'é' + 'a'.repeat(611), undefined],
  ['non-ASCII GSM text of 5 segments is flagged from segment 5 on', shortCode, 'é' + 'a'.repeat(612), 'a'],
  ['UCS-2 text of 5 segments is flagged from segment 5 on', shortCode, '✓' + 'b'.repeat(267) + 'c', 'c'],
  ['a Canadian short code has no such limit', 'sender: short-code\nto: [CA]', 'é' + 'a'.repeat(700), undefined],
  ['a toll-free number has no such limit', 'sender: toll-free\nto: [US]', 'é' + 'a'.repeat(700), undefined],
];
for (const [name, frontMatter, body, expected] of unicodeLimit) {
  test(`short-code-unicode-limit: ${name}`, () => {
    const result = findings('short-code-unicode-limit', template(frontMatter, body));
    assert.deepEqual(result.map(([covered]) => covered), expected === undefined ? [] : [expected]);
  });
}

test('short-code-unicode-limit says what it costs and the way out', () => {
  const [[, message]] = findings('short-code-unicode-limit', template(shortCode, 'é' + 'a'.repeat(612)));
  assert.equal(message, 'Message is 5 segments and has non-ASCII characters (first: "é"). Beyond 4 segments a US short code may deliver it with broken formatting. Shorten it to 4 segments, or use ASCII characters only.');
});

test('short-code-unicode-limit counts the worst case of unicode variables', () => {
  const frontMatter = `${shortCode}\nvariables:\n  city: { example: "Oslo", maxLength: 300, unicode: true }`;
  const [[covered, message]] = findings('short-code-unicode-limit', template(frontMatter, 'Hello {{city}}'));
  assert.equal(covered, '{{city}}');
  // 6 + 300 emoji = 606 UCS-2 units, 33 emoji a segment: 10 segments. The filler is never quoted.
  assert.equal(message, 'With every variable at its maxLength the message is 10 segments and has non-ASCII characters (`city` is declared `unicode: true`). Beyond 4 segments a US short code may deliver it with broken formatting. Shorten it to 4 segments, or use ASCII characters only.');
});

test('`to: []` is a finding, not a silent fall-back to the sms.to setting', () => {
  const text = template('sender: toll-free\nto: []');
  const { diagnostics } = lintText(text, defaultSettings);
  assert.deepEqual(diagnostics.filter((d) => d.rule === 'invalid-front-matter').map((d) => [text.slice(d.start, d.end), d.message]), [
    ['[]', '`to` is empty: list the destination countries (ISO 3166-1 alpha-2, such as US, CA, GB), or remove the key to use the sms.to setting.'],
  ]);
});

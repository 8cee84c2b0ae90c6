// One effective configuration per template: the front matter over the settings, built once
// (effectiveSettings) and read by the rules as analysis.settings; the shorthands agree with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { analyzeText, defaultSettings, resolveSettings, lintText } = engine;

const settings = resolveSettings({
  maxSegments: 3,
  sender: '10dlc',
  to: ['US'],
  rules: { 'message-length': 'off', 'prohibited-content': 'warning' },
  sending: { recipients: 100, pricePerSegment: 0.01 },
  registered: true,
  syntax: 'liquid',
}).settings;

const template = [
  '---',
  'sender: toll-free',
  'to: [US, CA]',
  'maxSegments: 1',
  'unicode: true',
  'registered: false',
  'syntax: plain',
  'rules:',
  '  prohibited-content: off',
  'sending:',
  '  recipients: 5',
  '---',
  'Hi ✓. Reply STOP to opt out.',
  '',
].join('\n');

test('the front matter over the settings, key by key for rules and sending', () => {
  const analysis = analyzeText(template, settings);
  const { maxSegments, sender, to, rules, sending, registered, syntax, unicode } = analysis.settings;
  assert.deepEqual(
    { maxSegments, sender, to, rules, sending, registered, syntax, unicode },
    {
      maxSegments: 1,
      sender: 'toll-free',
      to: ['US', 'CA'],
      rules: { 'message-length': 'off', 'prohibited-content': 'off' },
      sending: { recipients: 5, pricePerSegment: 0.01 },
      registered: false,
      syntax: 'plain',
      unicode: true,
    },
  );
  assert.equal(analysis.sender, analysis.settings.sender);
  assert.equal(analysis.to, analysis.settings.to);
  assert.equal(analysis.sending, analysis.settings.sending);
});

test('without front matter the settings stand, and unicode is false', () => {
  const analysis = analyzeText('Hi. Reply STOP to opt out.\n', settings);
  assert.deepEqual([analysis.settings.sender, analysis.settings.maxSegments, analysis.settings.registered, analysis.settings.unicode], ['10dlc', 3, true, false]);
  assert.deepEqual(analysis.settings.rules, { 'message-length': 'off', 'prohibited-content': 'warning' });
});

test('the rules follow it: unicode: true silences non-gsm-character, registered: false keeps sender-registration', () => {
  const rules = lintText(template, settings).diagnostics.map((d) => d.rule);
  assert.ok(!rules.includes('non-gsm-character'), rules.join());
  assert.ok(rules.includes('sender-registration'), rules.join());
  assert.ok(lintText(template.replace('unicode: true\n', ''), defaultSettings).diagnostics.some((d) => d.rule === 'non-gsm-character'));
});

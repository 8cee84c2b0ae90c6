// The settings declared once: package.json's contributes.configuration and the .smslintrc.json
// schema are what scripts/generate-settings.mjs makes from the declaration (the committed files are
// not stale), and resolveSettings says where each problem is (key path), not only in words.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import engine from '../../dist/engine.js';
import { generatedFiles } from '../../scripts/generate-settings.mjs';

const { resolveSettings, settingDeclarations, defaultSettings, contributedConfiguration, smslintrcSchema } = engine;

describe('generated from the settings declaration', () => {
  for (const { file, text } of generatedFiles()) {
    test(`${path.basename(file)} is up to date (run npm run build and commit it when this fails)`, () => {
      assert.equal(fs.readFileSync(file, 'utf8'), text);
    });
  }

  test('every declared setting is contributed as sms.<key>, in the declared order', () => {
    assert.deepEqual(Object.keys(contributedConfiguration().properties), settingDeclarations.map((d) => `sms.${d.key}`));
  });

  test('a setting without a default is null in the editor and has no default in the schema', () => {
    const editor = contributedConfiguration().properties['sms.sending.vettingScore'];
    assert.deepEqual([editor.type, editor.default, editor.minimum, editor.maximum], [['integer', 'null'], null, 1, 100]);
    const file = smslintrcSchema().properties.sending.properties.vettingScore;
    assert.deepEqual(file, {
      type: 'integer',
      minimum: 1,
      maximum: 100,
      description: 'The 10DLC brand\'s vetting score (1–100): decides T-Mobile\'s and AT&T\'s daily caps (the SMS FAQ\'s "Rate limits for 10DLC").',
      markdownDescription: 'The 10DLC brand\'s vetting score (1–100): decides T-Mobile\'s and AT&T\'s daily caps (the SMS FAQ\'s "Rate limits for 10DLC").',
    });
  });

  test('the plain description is the markdown one without code marks and link targets', () => {
    const rules = smslintrcSchema().properties.rules;
    assert.equal(
      rules.description,
      'Severity per rule id, over each rule\'s default: off, hint, info, warning or error. For example { "message-length": "off" }. See the rule list.',
    );
  });

  test('the defaults are the declared ones', () => {
    assert.deepEqual(defaultSettings, {
      maxSegments: 2,
      maxLength: 320,
      sender: 'unspecified',
      to: ['US'],
      optOutText: 'Reply STOP to opt out.',
      rules: {},
      shorteners: { extra: [] },
      lineBreaks: 'lf',
      segmentation: 'code-point',
      defaultVariableLength: 20,
      inlayHints: { segmentBoundaries: true },
      sending: {},
      registered: false,
      syntax: 'detect',
    });
  });
});

describe('resolveSettings says where each problem is', () => {
  test('key paths, targets and messages', () => {
    const resolved = resolveSettings({
      maxLength: 0,
      rules: { 'no-such-rule': 'off', 'empty-message': 'loud' },
      shorteners: 'sho.rt',
      sending: { price: 1, vettingScore: 101 },
    });
    assert.deepEqual(resolved.problemsAt, [
      { path: ['maxLength'], target: 'value', message: 'maxLength: 0 is not a whole number of at least 1; using the default.' },
      { path: ['rules', 'no-such-rule'], target: 'key', message: 'rules: unknown rule "no-such-rule"; ignored.' },
      { path: ['rules', 'empty-message'], target: 'value', message: 'rules.empty-message: "loud" is not one of off, hint, info, warning, error; using the rule\'s default.' },
      { path: ['shorteners'], target: 'value', message: 'shorteners.extra: "sho.rt" is not a list of host names such as "short.example"; using the default.' },
      { path: ['sending', 'price'], target: 'key', message: 'sending: unknown key "price" (known: recipients, numbers, vettingScore, useCase, pricePerSegment); ignored.' },
      {
        path: ['sending', 'vettingScore'],
        target: 'value',
        message: "sending.vettingScore must be a whole number from 1 to 100 (the brand's vetting score); found 101. Ignored: no default is assumed.",
      },
    ]);
    assert.deepEqual(resolved.problems, resolved.problemsAt.map((problem) => `sms.${problem.message}`));
  });

  test('settings that are not an object: one problem about the whole', () => {
    assert.deepEqual(resolveSettings([1]).problemsAt, [{ path: [], target: 'value', message: 'must be an object; using the defaults.' }]);
    assert.deepEqual(resolveSettings([1]).problems, ['sms settings must be an object; using the defaults.']);
  });
});

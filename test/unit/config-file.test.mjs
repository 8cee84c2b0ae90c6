// .smslintrc.json: its JSON schema agrees with the settings the engine accepts, the documented
// example is valid, and loadConfigFor finds the nearest file and reports what is wrong with it.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import core from '../../dist/core.js';
import engine from '../../dist/engine.js';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/smslintrc.schema.json'), 'utf8'));
const Ajv = require('ajv');
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

const { defaultSettings, resolveSettings } = engine;
const sorted = (list) => [...list].sort();

describe('schema matches the settings', () => {
  test('top-level properties are the settings keys (and $schema)', () => {
    assert.deepEqual(sorted(Object.keys(schema.properties)), sorted(['$schema', 'sources', ...Object.keys(defaultSettings)]));
  });

  test('nested properties are the nested settings keys', () => {
    assert.deepEqual(Object.keys(schema.properties.shorteners.properties), Object.keys(defaultSettings.shorteners));
    assert.deepEqual(Object.keys(schema.properties.inlayHints.properties), Object.keys(defaultSettings.inlayHints));
    assert.deepEqual(Object.keys(schema.properties.sending.properties), [...engine.sendingKeyNames]);
    assert.deepEqual(schema.properties.sending.properties.useCase.enum, [...engine.useCases]);
  });

  test('rules lists every public rule id, in order, with every severity', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties), [...engine.ruleIds]);
    for (const [id, rule] of Object.entries(schema.properties.rules.properties)) {
      assert.deepEqual(rule.enum, [...engine.severities], id);
    }
  });

  test('each rule states its default severity', () => {
    for (const rule of engine.rules) {
      assert.match(schema.properties.rules.properties[rule.id].markdownDescription, new RegExp(`Default: \`${rule.defaultSeverity}\`\\.$`), rule.id);
    }
  });

  test('defaults are the engine defaults', () => {
    for (const [key, value] of Object.entries(defaultSettings)) {
      assert.deepEqual(schema.properties[key].default, value, key);
    }
    assert.equal(schema.properties.shorteners.properties.extra.default.length, 0);
    assert.equal(schema.properties.inlayHints.properties.segmentBoundaries.default, defaultSettings.inlayHints.segmentBoundaries);
  });

  test('destination countries are the country codes the engine knows', () => {
    assert.deepEqual(schema.definitions.country.enum, sorted(engine.countryCodes));
  });

  test('sender enum is unspecified plus every sender type', () => {
    assert.deepEqual(schema.properties.sender.enum, ['unspecified', ...engine.senderTypes]);
  });

  test('every property has a description and a markdownDescription', () => {
    const missing = [];
    const visit = (properties, prefix) => {
      for (const [key, property] of Object.entries(properties)) {
        if (key === '$schema') continue;
        if (!property.description || !property.markdownDescription) missing.push(prefix + key);
        if (property.properties) visit(property.properties, `${prefix}${key}.`);
      }
    };
    visit(schema.properties, '');
    assert.deepEqual(missing, []);
  });

  test('the same settings as the extension contributes (sms.* without the prefix)', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const contributed = Object.keys(manifest.contributes.configuration.properties)
      .map((key) => key.replace(/^sms\./, ''))
      .filter((key) => key !== 'trace.server');
    const flattened = [];
    for (const [key, property] of Object.entries(schema.properties)) {
      if (key === '$schema' || key === 'sources') continue;
      if (property.properties && key !== 'rules') for (const inner of Object.keys(property.properties)) flattened.push(`${key}.${inner}`);
      else flattened.push(key);
    }
    assert.deepEqual(sorted(flattened), sorted(contributed));
  });

  test('the extension contributes the schema for .smslintrc.json', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.smslintrc.json', url: './schemas/smslintrc.schema.json' }]);
  });

  // Values on which the schema and resolveSettings must agree: [settings, valid].
  const cases = [
    [{ maxSegments: 1 }, true],
    [{ maxSegments: 0 }, false],
    [{ maxSegments: 1.5 }, false],
    [{ maxSegments: '2' }, false],
    [{ maxLength: 320 }, true],
    [{ maxLength: 0 }, false],
    [{ defaultVariableLength: 0 }, true],
    [{ defaultVariableLength: -1 }, false],
    [{ sender: 'toll-free' }, true],
    [{ sender: 'alphanumeric' }, true],
    [{ sender: 'pigeon' }, false],
    [{ to: ['US', 'CA'] }, true],
    [{ to: 'GB' }, true],
    [{ to: [] }, false],
    [{ to: ['USA'] }, false],
    [{ to: ['XX'] }, false],
    [{ to: [1] }, false],
    [{ optOutText: 'Text STOP to end.' }, true],
    [{ optOutText: '' }, false],
    [{ optOutText: '   ' }, false],
    [{ rules: { 'message-length': 'off', 'missing-opt-out': 'error' } }, true],
    [{ rules: { 'message-length': 'loud' } }, false],
    [{ rules: { 'no-such-rule': 'off' } }, false],
    [{ rules: [] }, false],
    [{ shorteners: { extra: ['sho.rt', 'go.example.com'] } }, true],
    [{ shorteners: { extra: ['not a host'] } }, false],
    [{ shorteners: { extra: 'sho.rt' } }, false],
    [{ lineBreaks: 'crlf' }, true],
    [{ lineBreaks: 'cr' }, false],
    [{ segmentation: 'grapheme' }, true],
    [{ segmentation: 'word' }, false],
    [{ inlayHints: { segmentBoundaries: false } }, true],
    [{ inlayHints: { segmentBoundaries: 'no' } }, false],
    [{ sending: { recipients: 25000, numbers: 2, vettingScore: 80, useCase: 'mixed', pricePerSegment: 0.0079 } }, true],
    [{ sending: { vettingScore: 1, useCase: 'low-volume', pricePerSegment: 0 } }, true],
    [{ sending: { recipients: 0 } }, false],
    [{ sending: { numbers: 1.5 } }, false],
    [{ sending: { vettingScore: 101 } }, false],
    [{ sending: { useCase: 'promo' } }, false],
    [{ sending: { pricePerSegment: -1 } }, false],
    [{ sending: { price: 1 } }, false],
    [{ sending: 5 }, false],
  ];
  for (const [settings, valid] of cases) {
    test(`${JSON.stringify(settings)} is ${valid ? 'valid' : 'invalid'} for both`, () => {
      assert.equal(validate(settings), valid, 'schema');
      assert.equal(resolveSettings(settings).problems.length === 0, valid, 'resolveSettings');
    });
  }

  test('unknown keys are invalid in the schema (typos show in the editor)', () => {
    assert.equal(validate({ maxSegment: 2 }), false);
  });
});

describe('documented example', () => {
  const doc = fs.readFileSync(path.join(root, 'docs/cli.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## `.smslintrc.json`'));
  const block = /```json\n([\s\S]*?)```/.exec(section);

  test('docs/cli.md has a .smslintrc.json example', () => {
    assert.notEqual(block, null);
  });

  test('the example validates against the schema', () => {
    assert.equal(validate(JSON.parse(block[1])), true, JSON.stringify(validate.errors));
  });

  test('the example is accepted by resolveSettings without problems', () => {
    assert.deepEqual(resolveSettings(JSON.parse(block[1])).problems, []);
  });

  test('the schema\'s own example validates', () => {
    for (const example of schema.examples) assert.equal(validate(example), true, JSON.stringify(validate.errors));
  });
});

describe('loadConfigFor', () => {
  const folders = [];
  after(() => {
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  });
  function tree(files) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'smslint-config-'));
    folders.push(folder);
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      fs.writeFileSync(path.join(folder, name), content);
    }
    return folder;
  }

  test('finds the nearest file upward and returns its settings and path', () => {
    const folder = tree({ '.smslintrc.json': '{ "maxSegments": 3 }', 'a/b/.smslintrc.json': '{ "maxSegments": 1 }' });
    assert.deepEqual(core.loadConfigFor(path.join(folder, 'a/b/c/t.sms')), { settings: { maxSegments: 1 }, path: path.join(folder, 'a/b/.smslintrc.json') });
    assert.deepEqual(core.loadConfigFor(path.join(folder, 'a/t.sms')), { settings: { maxSegments: 3 }, path: path.join(folder, '.smslintrc.json') });
  });

  test('the template file need not exist', () => {
    const folder = tree({ '.smslintrc.json': '{ "sender": "short-code" }' });
    assert.deepEqual(core.loadConfigFor(path.join(folder, 'unsaved.sms')).settings, { sender: 'short-code' });
  });

  test('rereads a file that changed', () => {
    const folder = tree({ '.smslintrc.json': '{ "maxLength": 100 }' });
    const file = path.join(folder, 't.sms');
    assert.deepEqual(core.loadConfigFor(file).settings, { maxLength: 100 });
    fs.writeFileSync(path.join(folder, '.smslintrc.json'), '{ "maxLength": 200, "maxSegments": 4 }');
    assert.deepEqual(core.loadConfigFor(file).settings, { maxLength: 200, maxSegments: 4 });
  });

  test('invalid JSON: no settings, the path, and an error naming the file', () => {
    const folder = tree({ '.smslintrc.json': '{ "maxLength": 100, }' });
    const loaded = core.loadConfigFor(path.join(folder, 't.sms'));
    assert.equal(loaded.settings, undefined);
    assert.equal(loaded.path, path.join(folder, '.smslintrc.json'));
    assert.match(loaded.error, /^.*\.smslintrc\.json: not valid JSON \(.*line 1 column 21.*\); using the defaults\.$/);
  });

  test('comments are not JSON and are reported', () => {
    const folder = tree({ '.smslintrc.json': '// team settings\n{ "maxLength": 100 }' });
    assert.match(core.loadConfigFor(path.join(folder, 't.sms')).error, /not valid JSON/);
  });

  test('invalid values are dropped and reported; valid ones are kept', () => {
    const folder = tree({ '.smslintrc.json': '{ "maxLength": 100, "segmentation": "word", "rules": { "message-length": "off", "empty-message": "loud" } }' });
    const loaded = core.loadConfigFor(path.join(folder, 't.sms'));
    assert.deepEqual(loaded.settings, { maxLength: 100, rules: { 'message-length': 'off' } });
    const configPath = path.join(folder, '.smslintrc.json');
    assert.deepEqual(loaded.error.split('\n'), [
      `${configPath}: segmentation: "word" is not "code-point" or "grapheme"; using the default.`,
      `${configPath}: rules.empty-message: "loud" is not one of off, hint, info, warning, error; using the rule's default.`,
    ]);
    assert.deepEqual(resolveSettings(loaded.settings).problems, []);
  });

  test('a byte order mark is allowed', () => {
    const folder = tree({ '.smslintrc.json': '\uFEFF{ "maxLength": 99 }' });
    assert.deepEqual(core.loadConfigFor(path.join(folder, 't.sms')), { settings: { maxLength: 99 }, path: path.join(folder, '.smslintrc.json') });
  });

  test('a folder named .smslintrc.json is not a config file', () => {
    const folder = tree({ '.smslintrc.json/readme.txt': 'not a config', 'inner/.keep': '' });
    const loaded = core.loadConfigFor(path.join(folder, 'inner/t.sms'));
    assert.notEqual(loaded.path, path.join(folder, '.smslintrc.json'));
  });
});

describe('config problems at their place in the file', () => {
  const folders = [];
  after(() => {
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  });
  function load(text) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'smslint-config-at-'));
    folders.push(folder);
    fs.writeFileSync(path.join(folder, '.smslintrc.json'), text);
    return core.loadConfigFor(path.join(folder, 't.sms'));
  }
  const at = (loaded) => loaded.problems.map(({ message, start, end, line, column }) => [line, column, start, end, message]);

  test('unknown keys at the key, wrong values at the value, nested ones too (CRLF lines)', () => {
    const text = '\uFEFF{\r\n  "sms.maxLength": 5,\r\n  "rules": { "message-length": "loud" },\r\n  "shorteners": { "extra": ["not a host"] },\r\n  "sending": { "vettingScore": 0 }\r\n}\r\n';
    const loaded = load(text);
    assert.deepEqual(at(loaded), [
      [2, 3, 6, 21, 'unknown key "sms.maxLength": write "maxLength" (no "sms." prefix in this file); ignored.'],
      [3, 32, 58, 64, 'rules.message-length: "loud" is not one of off, hint, info, warning, error; using the rule\'s default.'],
      [4, 28, 96, 110, 'shorteners.extra: ["not a host"] is not a list of host names such as "short.example"; using the default.'],
      [5, 32, 146, 147, "sending.vettingScore must be a whole number from 1 to 100 (the brand's vetting score); found 0. Ignored: no default is assumed."],
    ]);
    for (const problem of loaded.problems) assert.ok(!problem.wholeFile);
    assert.equal(text.slice(58, 64), '"loud"');
    assert.equal(text.slice(6, 21), '"sms.maxLength"');
    assert.deepEqual(loaded.settings, { rules: {}, shorteners: {}, sending: {} });
  });

  test('bad sources: a missing files at the entry, an unknown format at the value, an unknown key at the key', () => {
    const text = '{ "sources": [{ "format": "properties" }, { "files": "a/*.json", "format": "po" }, { "files": "b/*.json", "format": "i18next", "colour": 1 }, 7] }';
    const loaded = load(text);
    assert.deepEqual(
      at(loaded).map(([line, column, start, end]) => [line, column, text.slice(start, end)]),
      [
        [1, 15, '{ "format": "properties" }'],
        [1, 76, '"po"'],
        [1, 128, '"colour"'],
        [1, 143, '7'],
      ],
    );
    assert.deepEqual(loaded.sources.map((source) => source.format), ['i18next']);
  });

  test('not JSON: one problem about the whole file, at the place the parser stopped', () => {
    const loaded = load('{\n  "maxLength": 30,\n}\n');
    assert.equal(loaded.problems.length, 1);
    const [problem] = loaded.problems;
    assert.deepEqual([problem.line, problem.column, problem.start, problem.end, problem.wholeFile], [3, 1, 21, 22, true]);
    assert.match(problem.message, /^not valid JSON \(.*\); using the defaults\.$/);
  });

  test('lines ended by a lone CR are lines (as the editor and smslint count them)', () => {
    const text = '{\r  "maxLength": 30,\r  "colour": 1\r}\r';
    assert.deepEqual(at(load(text)).map(([line, column, start, end]) => [line, column, text.slice(start, end)]), [[3, 3, '"colour"']]);
    const broken = load('{\r  "maxLength": 30,\r}\r');
    assert.deepEqual([broken.problems[0].line, broken.problems[0].column, broken.problems[0].start], [3, 1, 21]);
  });

  test('not an object: the whole text', () => {
    assert.deepEqual(load('[1, 2]').problems, [{ message: 'must hold one JSON object of settings; using the defaults.', start: 0, end: 6, line: 1, column: 1, wholeFile: true }]);
  });
});

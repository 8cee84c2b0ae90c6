// smslint on locale files: a folder lints its sources, a named file is linted when a source
// matches it, JSON per message with file/key/locale, stylish grouped by file, SARIF at the file
// position, --fix writes valid files and leaves files with nothing to fix byte-identical.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cliPath = path.join(root, 'dist/cli.js');

function smslint(args, cwd) {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const files = {
  '.smslintrc.json': JSON.stringify({
    sources: [
      { files: 'locales/*/sms.json', format: 'i18next', keys: ['sms.**'], maxSegments: 1, rules: { 'missing-opt-out': 'off' }, variables: { code: { example: '123456', maxLength: 6 } } },
      { files: 'res/sms*.properties', format: 'properties', rules: { 'missing-opt-out': 'off' }, variables: { 0: { example: '123456', maxLength: 6 } } },
    ],
  }),
  'locales/en/sms.json': '{\n  "sms": { "code": "Your code is {{code}}." },\n  "web": { "title": "Not an SMS \\u2019" }\n}\n',
  'locales/es/sms.json': '{\n  "sms": { "code": "Tu c\\u00f3digo es {{code}} \\u2019" }\n}\n',
  'res/sms_pt_BR.properties': 'otp=Seu c\\u00f3digo: {0}\n',
  'welcome.sms': 'Hi there. Reply STOP to opt out.\n',
  'notes.json': '{ "a": "not a source" }\n',
};

let dir;
before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smslint-sources-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('smslint on sources', () => {
  test('a folder lints its .sms files and every file a source matches; JSON has file, key and locale per message', () => {
    const { code, stdout } = smslint(['--format', 'json', '.'], dir);
    assert.equal(code, 0);
    const reports = JSON.parse(stdout);
    assert.deepEqual(
      reports.map((r) => [r.file, r.key, r.locale, r.encoding, r.segments, r.diagnostics.map((d) => [d.rule, d.range.start.line, d.range.start.character, d.range.end.character])]),
      [
        ['welcome.sms', undefined, undefined, 'GSM-7', 1, []],
        [path.join('locales', 'en', 'sms.json'), 'sms.code', 'en', 'GSM-7', 1, []],
        [path.join('locales', 'es', 'sms.json'), 'sms.code', 'es', 'UCS-2', 1, [['non-gsm-character', 1, 24, 30], ['non-gsm-character', 1, 47, 53]]],
        [path.join('res', 'sms_pt_BR.properties'), 'otp', 'pt-BR', 'UCS-2', 1, [['non-gsm-character', 0, 9, 15]]],
      ],
    );
  });

  test('--ignore-unknown (the pre-commit hook) keeps the locale files a source names and skips the rest', () => {
    const { code, stdout, stderr } = smslint(['--ignore-unknown', '--format', 'json', 'notes.json', path.join('res', 'sms_pt_BR.properties'), 'welcome.sms'], dir);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(stdout).map((r) => [r.file, r.key ?? null]), [[path.join('res', 'sms_pt_BR.properties'), 'otp'], ['welcome.sms', null]]);
  });

  test('a file given by name is linted as a source when one matches it', () => {
    const { stdout } = smslint(['--format', 'json', 'locales/es/sms.json'], dir);
    assert.deepEqual(JSON.parse(stdout).map((r) => [r.key, r.locale]), [['sms.code', 'es']]);
  });

  test('stylish groups the messages under their file, with key and locale', () => {
    const { stdout } = smslint(['locales/es/sms.json', 'res/sms_pt_BR.properties'], dir);
    const lines = stdout.split('\n').filter((line) => !line.startsWith('    '));
    assert.deepEqual(lines.slice(0, 6), [
      path.join('locales', 'es', 'sms.json'),
      '  sms.code [es]  UCS-2 · 1 SMS · 21/70',
      '',
      path.join('res', 'sms_pt_BR.properties'),
      '  otp [pt-BR]  UCS-2 · 1 SMS · 18/70',
      '',
    ]);
    assert.match(stdout, /✖ 3 problems \(0 errors, 3 warnings\) in 2 files/);
  });

  test('SARIF points at the escape in the file', () => {
    const { stdout } = smslint(['--format', 'sarif', 'locales/es/sms.json'], dir);
    const [result] = JSON.parse(stdout).runs[0].results;
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 2, startColumn: 25, endLine: 2, endColumn: 31 });
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'locales/es/sms.json');
  });

  test('--fix replaces the whole \\u2019 escape, keeps the JSON valid and leaves the other files byte-identical', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'smslint-sources-fix-'));
    try {
      fs.cpSync(dir, copy, { recursive: true });
      const { code } = smslint(['--fix', '.'], copy);
      assert.equal(code, 0);
      const es = fs.readFileSync(path.join(copy, 'locales/es/sms.json'), 'utf8');
      assert.equal(es, files['locales/es/sms.json'].replace('\\u2019', "'"));
      assert.equal(JSON.parse(es).sms.code, 'Tu código es {{code}} \'');
      for (const name of ['locales/en/sms.json', 'res/sms_pt_BR.properties', 'notes.json', 'welcome.sms']) {
        assert.equal(fs.readFileSync(path.join(copy, name), 'utf8'), files[name], name);
      }
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  test('a bad source in .smslintrc.json is a clear message, and the other sources still lint', () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'smslint-sources-bad-'));
    try {
      fs.writeFileSync(path.join(bad, '.smslintrc.json'), JSON.stringify({ sources: [{ files: '*.po', format: 'gettext' }, { files: '*.properties', format: 'properties' }] }));
      fs.writeFileSync(path.join(bad, 'sms_de.properties'), 'a=Hallo. Reply STOP to opt out.\n');
      const { code, stdout, stderr } = smslint(['--format', 'json', '.'], bad);
      assert.equal(code, 0);
      assert.match(stderr, /sources\[0\]\.format: "gettext" is not one of properties, resx, rails, i18next, fluent; source ignored\./);
      assert.deepEqual(JSON.parse(stdout).map((r) => [r.key, r.locale]), [['a', 'de']]);
    } finally {
      fs.rmSync(bad, { recursive: true, force: true });
    }
  });
});

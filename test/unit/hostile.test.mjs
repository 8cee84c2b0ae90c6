// Hostile files, through the engine and through a spawned smslint: random binary, invalid UTF-8,
// NUL bytes, 10 MB, runs built to make a scanner backtrack, a YAML alias bomb, deep nesting, front
// matter that never closes. Each must end in a report within the time limit, never in a crash.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import engine from '../../dist/engine.js';
import { MB, aliasBomb, fill, randomBytes } from '../hostile-inputs.mjs';

const { lintText, defaultSettings } = engine;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cliPath = path.join(root, 'dist/cli.js');
// A bound that catches a hang or a superlinear blow-up (10 MB at a quadratic cost takes hours),
// loose enough for a loaded machine: how fast these are is the benchmark's to say.
const LIMIT_MS = 60_000;
const invalidUtf8 = Buffer.from([0x48, 0x69, 0xc3, 0x28, 0xff, 0xfe, 0xe2, 0x82, 0x20, 0xf0, 0x9f, 0x98, 0x0a, 0xc0, 0xaf, 0xed, 0xa0, 0x80]);
const okBody = 'Hi. Reply STOP to opt out.';

function timed(run) {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

function ruleCounts(diagnostics) {
  const counts = {};
  for (const d of diagnostics) counts[d.rule] = (counts[d.rule] ?? 0) + 1;
  return counts;
}

// [name, file text, expected encoding, units, segments, diagnostics per rule]
// Units and segments follow from SPEC §2: a `{` is 2 septets and an escape is never split, so a
// segment of braces holds 152 septets; the 1,000-per-rule listing adds one "more from here" entry.
// 10 MB of plain text: 10,485,760 septets / 153 = 68,535 segments; 1 MB: 6,854.
const engineCases = [
  ['NUL bytes are characters that force UCS-2', 'Hi\0there. Reply STOP to opt out.', 'UCS-2', 32, 1, { 'non-gsm-character': 1 }],
  ['10 MB of plain text is counted in full', fill('Your parcel is on its way. Track it at https://example.com/t/1 ', 10 * MB), 'GSM-7', 10 * MB, 68535,
    { 'segment-overflow': 1, 'message-length': 1, 'missing-opt-out': 1 }],
  ['1 MB of `{{` lists 1,000 malformed placeholders and one for the rest', fill('{{'), 'GSM-7', 2 * MB, 13798,
    { 'malformed-placeholder': 1001, 'segment-overflow': 1, 'message-length': 1, 'missing-opt-out': 1 }],
  ['1 MB of `http://`', fill('http://'), 'GSM-7', MB, 6854, { 'segment-overflow': 1, 'message-length': 1, 'missing-opt-out': 1 }],
  ['1 MB of `a.`', fill('a.'), 'GSM-7', MB, 6854, { 'segment-overflow': 1, 'message-length': 1, 'missing-opt-out': 1 }],
  ['1 MB of `www.`', fill('www.'), 'GSM-7', MB, 6854, { 'segment-overflow': 1, 'message-length': 1, 'missing-opt-out': 1 }],
  ['1 MB of `---` lines: an empty front matter, then the rest as body', fill('---\n'), 'GSM-7', MB - 9, 6854,
    { 'segment-overflow': 1, 'message-length': 1, 'missing-opt-out': 1 }],
  ['`{{` then 1 MB of spaces never closes', '{{' + ' '.repeat(MB) + 'x', 'GSM-7', MB + 5, 6854,
    { 'malformed-placeholder': 1, 'segment-overflow': 1, 'message-length': 1, 'missing-opt-out': 1 }],
  // A surrogate pair is never split: a 67-unit segment holds 33 emoji, so 524,288 emoji take 15,888.
  ['1 MB of emoji lists 1,000 characters and one for the rest', fill('😀'), 'UCS-2', MB, 15888,
    { 'non-gsm-character': 1001, 'segment-overflow': 1, 'message-length': 1, 'missing-opt-out': 1 }],
  ['a YAML alias bomb is never expanded: its keys are unknown', aliasBomb(), 'GSM-7', 26, 1, { 'invalid-front-matter': 10 }],
  ['aliases under known keys are refused', ['---', 'variables: &v', '  a: { example: "lol" }', 'to: *v', 'rules: *v', '---', okBody].join('\n'), 'GSM-7', 26, 1,
    { 'invalid-front-matter': 2, 'unused-variable': 1 }],
  ['10,000 nested YAML sequences', `---\nto: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n${okBody}`, 'GSM-7', 26, 1, { 'invalid-front-matter': 1 }],
  ['2,000 nested YAML mappings', `---\n${Array.from({ length: 2000 }, (_, i) => ' '.repeat(i) + 'k' + i + ':').join('\n')} v\n---\n${okBody}`, 'GSM-7', 26, 1,
    { 'invalid-front-matter': 1 }],
  ['front matter that never closes, over 200,000 lines', '---\nsender: toll-free\n' + 'x: y\n'.repeat(200_000), 'GSM-7', 0, 0,
    { 'invalid-front-matter': 1, 'empty-message': 1 }],
];

describe('hostile input through the engine', () => {
  for (const [name, text, encoding, units, segments, rules] of engineCases) {
    test(name, () => {
      const { result, ms } = timed(() => lintText(text, defaultSettings));
      assert.ok(ms < LIMIT_MS, `took ${ms.toFixed(0)} ms`);
      const { count } = result.analysis;
      assert.deepEqual({ encoding: count.encoding, units: count.units, segments: count.segments }, { encoding, units, segments });
      assert.deepEqual(ruleCounts(result.diagnostics), rules);
    });
  }

  test('random binary decoded as UTF-8 lists 1,000 non-GSM characters and says more follow', () => {
    const text = randomBytes(64 * 1024).toString('utf8');
    const { result, ms } = timed(() => lintText(text, defaultSettings));
    assert.ok(ms < LIMIT_MS, `took ${ms.toFixed(0)} ms`);
    const nonGsm = result.diagnostics.filter((d) => d.rule === 'non-gsm-character');
    assert.equal(nonGsm.length, 1001);
    assert.equal(nonGsm.filter((d) => d.fix === undefined && /only the first 1000 in a file are listed/.test(d.message)).length, 1);
    assert.equal(result.analysis.count.encoding, 'UCS-2');
  });

  test('invalid UTF-8 becomes U+FFFD, each reported as a character that forces UCS-2', () => {
    const text = invalidUtf8.toString('utf8');
    const replacements = [...text].filter((c) => c === '\uFFFD').length;
    const { diagnostics } = lintText(text, defaultSettings);
    assert.deepEqual(ruleCounts(diagnostics), { 'non-gsm-character': replacements, 'missing-opt-out': 1 });
    assert.ok(diagnostics.filter((d) => d.rule === 'non-gsm-character').every((d) => text.slice(d.start, d.end) === '\uFFFD'));
  });

  test('a NUL byte gets a fix that removes it and brings the message back to GSM-7', () => {
    const { diagnostics } = lintText('Hi\0there. Reply STOP to opt out.', defaultSettings);
    assert.deepEqual(diagnostics[0].fix.edits, [{ start: 2, end: 3, newText: '' }]);
  });

  test('deep YAML nesting is reported as such, at the `[` that passes 64 levels (`to` is the first)', () => {
    const { diagnostics } = lintText(`---\nto: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n${okBody}`, defaultSettings);
    assert.deepEqual(
      diagnostics.map((d) => [d.start, d.end, d.message]),
      [[71, 72, 'Front matter nests more than 64 levels deep here: it is not read. Write it as plain `key: value` lines.']],
    );
  });
});

// ---- smslint, spawned ----

function smslint(args, { input, cwd } = {}) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [cliPath, ...args], { cwd, input, encoding: 'utf8', timeout: LIMIT_MS, maxBuffer: 256 * MB });
  const ms = performance.now() - started;
  if (run.error) throw run.error;
  return { code: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr, ms };
}

describe('hostile files through smslint', () => {
  let folder;
  const files = {
    'binary.sms': randomBytes(64 * 1024),
    'invalid-utf8.sms': invalidUtf8,
    'nul.sms': Buffer.from('Hi\0there. Reply STOP to opt out.'),
    'ten-megabytes.sms': Buffer.from(fill('Your parcel is on its way. Track it at https://example.com/t/1 ', 10 * MB)),
    'braces.sms': Buffer.from(fill('{{')),
    'alias-bomb.sms': Buffer.from(aliasBomb()),
    'deep.sms': Buffer.from(`---\nto: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n${okBody}`),
    'never-closes.sms': Buffer.from('---\nsender: toll-free\n' + 'x: y\n'.repeat(200_000)),
  };
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'smslint-hostile-'));
    for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), bytes);
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  // [file, exit code: 1 when an error-severity rule fires, 0 when only warnings do]
  // The seeded binary holds no `{{`, so it draws warnings only (non-GSM characters, length).
  const cliCases = [
    ['binary.sms', 0],
    ['invalid-utf8.sms', 0],
    ['nul.sms', 0],
    ['ten-megabytes.sms', 0],
    ['braces.sms', 1],
    ['alias-bomb.sms', 1],
    ['deep.sms', 1],
    ['never-closes.sms', 1],
  ];
  for (const [file, exitCode] of cliCases) {
    test(`${file}: a JSON report and exit ${exitCode}, in time`, () => {
      const run = smslint(['--format', 'json', file], { cwd: folder });
      assert.equal(run.signal, null, `killed after ${run.ms.toFixed(0)} ms`);
      assert.equal(run.stderr, '');
      assert.equal(run.code, exitCode);
      const reports = JSON.parse(run.stdout);
      assert.deepEqual(reports.map((r) => r.file), [file]);
      assert.ok(run.ms < LIMIT_MS, `took ${run.ms.toFixed(0)} ms`);
    });
  }

  test('binary on standard input is reported as "-"', () => {
    const run = smslint(['--stdin', '--format', 'json'], { input: files['binary.sms'] });
    assert.equal(run.code, 0);
    assert.equal(JSON.parse(run.stdout)[0].file, '-');
  });

  test('a missing file is exit 2 and the message names it', () => {
    const run = smslint(['no-such-template.sms'], { cwd: folder });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no-such-template\.sms/);
  });

  test('a reader that closes the pipe early (`| head`) ends smslint without a crash', async () => {
    const child = spawn(process.execPath, [cliPath, 'binary.sms', 'braces.sms'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const timer = setTimeout(() => child.kill(), LIMIT_MS);
    const code = await new Promise((resolve) => child.on('close', (status) => resolve(status)));
    clearTimeout(timer);
    assert.equal(stderr, '');
    assert.equal(code, 1);
  });
});

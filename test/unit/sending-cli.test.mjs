// smslint --format json as a user runs it: `sending` in exactly the SPEC §6 shape (and the worst
// path under worstCase.sending), only when recipients are known; `sending` from .smslintrc.json.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cliPath = path.join(root, 'dist/cli.js');

function smslint(args, cwd) {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const twoSegments = 'x'.repeat(150) + ' Reply STOP to opt out.';

describe('smslint --format json: sending', () => {
  let dir;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smslint-sending-'));
    fs.writeFileSync(path.join(dir, '.smslintrc.json'), JSON.stringify({ sending: { pricePerSegment: 0.0079, numbers: 1, vettingScore: 'top' } }));
    fs.writeFileSync(path.join(dir, 'toll-free.sms'), `---\nsender: toll-free\nsending: { recipients: 25000 }\n---\n${twoSegments}\n`);
    fs.writeFileSync(
      path.join(dir, 'ten-dlc.sms'),
      `---\nsender: 10dlc\nsending: { recipients: 25000, vettingScore: 60, useCase: mixed }\nvariables:\n  name: { example: "Ana", maxLength: 150 }\n---\nHi {{name}}. Reply STOP to opt out\n`,
    );
    fs.writeFileSync(path.join(dir, 'no-recipients.sms'), `---\nsender: toll-free\n---\nHi. Reply STOP to opt out\n`);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('toll-free: the SPEC §6 figures, the price and numbers from .smslintrc.json', () => {
    const run = smslint(['--format', 'json', 'toll-free.sms'], dir);
    const [report] = JSON.parse(run.stdout);
    assert.deepEqual(report.sending, { recipients: 25000, segments: 2, messageUnits: 50000, unitsPerMinute: 200, minutes: 250, dailyCaps: null, cost: 395 });
    assert.deepEqual(Object.keys(report), ['file', 'encoding', 'units', 'segments', 'characters', 'worstCase', 'diagnostics', 'sending']);
    assert.deepEqual(report.worstCase, {
      encoding: 'GSM-7',
      units: 173,
      segments: 2,
      sending: { recipients: 25000, segments: 2, messageUnits: 50000, unitsPerMinute: 200, minutes: 250, dailyCaps: null, cost: 395 },
    });
  });

  test('the invalid vettingScore in .smslintrc.json is named on standard error and not used', () => {
    const run = smslint(['--format', 'json', 'ten-dlc.sms'], dir);
    assert.match(run.stderr, /\.smslintrc\.json:1:65: sending\.vettingScore must be a whole number from 1 to 100 \(the brand's vetting score\); found "top"\. Ignored: no default is assumed\./);
  });

  test('10DLC: null rate and minutes, the daily caps, the worst path with its own figures, daily-cap warnings', () => {
    const run = smslint(['--format', 'json', 'ten-dlc.sms'], dir);
    const [report] = JSON.parse(run.stdout);
    assert.deepEqual(report.sending, {
      recipients: 25000,
      segments: 1,
      messageUnits: 25000,
      unitsPerMinute: null,
      minutes: null,
      dailyCaps: { 'T-Mobile': 40000, 'AT&T': 4500 },
      cost: 197.5,
    });
    assert.deepEqual(report.worstCase.sending, {
      recipients: 25000,
      segments: 2,
      messageUnits: 50000,
      unitsPerMinute: null,
      minutes: null,
      dailyCaps: { 'T-Mobile': 40000, 'AT&T': 4500 },
      cost: 395,
    });
    assert.deepEqual(
      report.diagnostics.filter((d) => d.rule === 'daily-cap').map((d) => [d.severity, d.range.start.line, d.message.split(':')[0]]),
      [
        ['warning', 2, "In the worst case (every variable at its longest) this send is 50,000 segments (25,000 recipients × 2 segments), over T-Mobile's daily cap of 40,000 segments (High mid tier"],
        ['warning', 2, "This send is 25,000 segments (25,000 recipients × 1 segment), over AT&T's daily cap of 4,500 segments (class D"],
      ],
    );
  });

  test('no recipients: no sending key at all', () => {
    const [report] = JSON.parse(smslint(['--format', 'json', 'no-recipients.sms'], dir).stdout);
    assert.equal('sending' in report, false);
    assert.equal('sending' in report.worstCase, false);
  });
});

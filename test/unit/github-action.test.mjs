// The GitHub Action (action.yml) as far as it runs here: its step script with the action's inputs
// as INPUT_* variables, the SARIF it writes (checked against the SARIF 2.1.0 schema), its outputs.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import YAML from 'yaml';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const script = path.join(root, 'scripts/github-action.mjs');
const action = YAML.parse(fs.readFileSync(path.join(root, 'action.yml'), 'utf8'));
let workspace;
let validate;

/** Runs the step as the runner would: inputs as INPUT_<NAME>, the workspace, an output file. */
function runAction(inputs) {
  const outputFile = path.join(workspace, `output-${Math.random().toString(36).slice(2)}`);
  const env = { PATH: process.env.PATH, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [script], { cwd: os.tmpdir(), env, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  const outputs = fs.existsSync(outputFile) ? Object.fromEntries(fs.readFileSync(outputFile, 'utf8').trim().split('\n').map((line) => line.split(/=(.*)/s).slice(0, 2))) : {};
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs };
}

const readSarif = (file) => JSON.parse(fs.readFileSync(path.join(workspace, file), 'utf8'));

before(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'smslint-action-'));
  fs.mkdirSync(path.join(workspace, 'templates/marketing'), { recursive: true });
  fs.writeFileSync(path.join(workspace, 'templates/marketing/spring sale.sms'), 'Spring sale, 20% off: bit.ly/spring. Reply STOP to opt out.\n');
  fs.writeFileSync(path.join(workspace, 'templates/parcel.sms'), 'Your parcel’s on its way. Reply STOP to opt out.\n');
  fs.mkdirSync(path.join(workspace, 'clean'));
  fs.writeFileSync(path.join(workspace, 'clean/code.sms'), '---\nrules:\n  missing-opt-out: off\n---\nYour code is 493817.\n');
  const Ajv = require('ajv-draft-04');
  const addFormats = require('ajv-formats');
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  validate = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
});

after(() => {
  if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
});

describe('action.yml', () => {
  test('a composite action that builds the CLI, then runs the step script', () => {
    assert.equal(action.runs.using, 'composite');
    assert.deepEqual(action.runs.steps.map((step) => step.shell), ['bash', 'bash']);
    assert.equal(action.runs.steps[0].run, 'npm ci --no-audit --no-fund --ignore-scripts && node esbuild.mjs --production');
    assert.equal(action.runs.steps[1].run, 'node "$GITHUB_ACTION_PATH/scripts/github-action.mjs"');
  });

  test('every input reaches the script as INPUT_<NAME>, and the outputs come from its step', () => {
    const lint = action.runs.steps.find((step) => step.id === 'lint');
    assert.deepEqual(lint.env, Object.fromEntries(Object.keys(action.inputs).map((name) => [`INPUT_${name.toUpperCase()}`, `\${{ inputs.${name} }}`])));
    assert.deepEqual(Object.keys(action.inputs), ['paths', 'sarif-file', 'config', 'max-warnings', 'fail-on-error']);
    for (const [name, output] of Object.entries(action.outputs)) assert.equal(output.value, `\${{ steps.lint.outputs.${name} }}`);
  });
});

describe('the step script', () => {
  test('errors: exit 1, a SARIF log valid against the 2.1.0 schema with workspace-relative paths', () => {
    const run = runAction({ paths: 'templates\n', 'sarif-file': 'reports/smslint.sarif', config: '', 'max-warnings': '', 'fail-on-error': 'true' });
    assert.equal(run.code, 1, run.stderr);
    const sarif = readSarif('reports/smslint.sarif');
    assert.equal(validate(sarif), true, JSON.stringify(validate.errors, null, 2));
    assert.deepEqual(
      sarif.runs[0].results.map((r) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation]),
      [
        ['public-url-shortener', 'error', { uri: 'templates/marketing/spring%20sale.sms', uriBaseId: '%SRCROOT%' }],
        ['non-gsm-character', 'warning', { uri: 'templates/parcel.sms', uriBaseId: '%SRCROOT%' }],
      ],
    );
    assert.equal(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri, `file://${workspace}/`);
    assert.deepEqual(run.outputs, { 'sarif-file': 'reports/smslint.sarif', errors: '1', warnings: '1' });
  });

  test('each finding is a workflow annotation at its file, line and columns; then a summary line', () => {
    const run = runAction({ paths: 'templates' });
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0], /^::error file=templates\/marketing\/spring sale\.sms,line=1,col=23,endLine=1,endColumn=36,title=public-url-shortener::bit\.ly is a public URL shortener/);
    assert.match(lines[1], /^::warning file=templates\/parcel\.sms,line=1,col=12,endLine=1,endColumn=13,title=non-gsm-character::’ \(U\+2019/);
    assert.equal(lines[2], 'smslint: 1 error, 1 warning, 0 notes in 2 files with findings; SARIF written to smslint.sarif');
  });

  test("fail-on-error: 'false' passes the step and writes the same findings", () => {
    const run = runAction({ paths: 'templates', 'sarif-file': 'lenient.sarif', 'fail-on-error': 'false' });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readSarif('lenient.sarif').runs[0].results.length, 2);
    assert.equal(run.outputs.errors, '1');
  });

  test('clean templates: exit 0 and a valid SARIF log with no results', () => {
    const run = runAction({ paths: 'clean', 'sarif-file': 'clean.sarif' });
    assert.equal(run.code, 0, run.stderr);
    const sarif = readSarif('clean.sarif');
    assert.equal(validate(sarif), true);
    assert.deepEqual(sarif.runs[0].results, []);
    assert.deepEqual(run.outputs, { 'sarif-file': 'clean.sarif', errors: '0', warnings: '0' });
  });

  test('several paths, one per line, and max-warnings 0 fails on the warning alone', () => {
    const run = runAction({ paths: ' clean/code.sms \n\n templates/parcel.sms ', 'sarif-file': 'two.sarif', 'max-warnings': '0' });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /too many warnings: 1, more than --max-warnings 0/);
    assert.deepEqual(readSarif('two.sarif').runs[0].results.map((r) => r.ruleId), ['non-gsm-character']);
  });

  test('a missing path fails the step with exit 2 and names it', () => {
    const run = runAction({ paths: 'no-such-folder', 'sarif-file': 'missing.sarif' });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /cannot read no-such-folder: no such file or folder/);
  });

  test('an invalid fail-on-error or max-warnings is a clear error, not a crash', () => {
    const bad = runAction({ paths: 'clean', 'fail-on-error': 'yes' });
    assert.equal(bad.code, 2);
    assert.equal(bad.stdout, "::error title=smslint::fail-on-error must be 'true' or 'false', not 'yes'\n");
    const limit = runAction({ paths: 'clean', 'max-warnings': 'many' });
    assert.equal(limit.code, 2);
    assert.match(limit.stdout, /^::error title=smslint::smslint stopped \(exit code 2\) without a SARIF log: smslint: --max-warnings takes a whole number/);
  });
});

// The pre-commit hooks as a user gets them: Debian's `pre-commit` installs this repository (a clean
// clone at its last commit) from .pre-commit-hooks.yaml and runs smslint in a scratch repository.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let scratch;
let project;
let env;

function git(cwd, ...args) {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();
}

function preCommit(...args) {
  const result = spawnSync('pre-commit', ['run', ...args], { cwd: project, env, encoding: 'utf8', timeout: 900_000 });
  if (result.error) throw result.error;
  return { code: result.status, output: result.stdout + result.stderr };
}

function write(file, text) {
  fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  fs.writeFileSync(path.join(project, file), text);
  git(project, 'add', file);
}

before(() => {
  const found = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  assert.equal(found.error, undefined, "pre-commit is not installed: apt-get install pre-commit (.ci/run does)");
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'smslint-pre-commit-'));
  // The hook repository as pre-commit sees it: committed files only (dist/ is not committed).
  const hookRepo = path.join(scratch, 'hook-repo');
  const isRepository = spawnSync('git', ['-c', 'safe.directory=*', 'rev-parse', '--git-dir'], { cwd: root }).status === 0;
  if (isRepository) git(scratch, '-c', 'safe.directory=*', 'clone', '--quiet', root, hookRepo);
  else {
    // A source tree without its history: commit its files as they are.
    fs.cpSync(root, hookRepo, { recursive: true, filter: (source) => !/[\\/](node_modules|dist|\.git)$/.test(source) });
    git(hookRepo, 'init', '--quiet');
    git(hookRepo, 'add', '-A');
    git(hookRepo, 'commit', '--quiet', '-m', 'hook repository');
  }
  const rev = git(hookRepo, 'rev-parse', 'HEAD');
  project = path.join(scratch, 'project');
  fs.mkdirSync(project);
  git(project, 'init', '--quiet');
  write('.pre-commit-config.yaml', `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: smslint\n      - id: smslint-fix\n        stages: [manual]\n`);
  write('README.md', '# Not a template: the hook skips it\n');
  env = { ...process.env, PRE_COMMIT_HOME: path.join(scratch, 'cache'), PRE_COMMIT_COLOR: 'never', SKIP: '' };
});

after(() => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

describe('pre-commit hook smslint', () => {
  test('fails on a bad template and names the rule, the file and the position', () => {
    write('templates/promo.sms', 'Spring sale! 20% off: bit.ly/spring. Reply STOP to opt out.\n');
    const started = process.hrtime.bigint();
    const result = preCommit('--all-files');
    // The first run installs the hook (npm install and npm pack of the hook repository).
    console.log(`# first pre-commit run, hook install included: ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`);
    assert.equal(result.code, 1, result.output);
    assert.match(result.output, /^smslint\.+Failed$/m);
    assert.match(result.output, /^templates\/promo\.sms/m);
    assert.match(result.output, /1:23\s+error\s+.*public-url-shortener/);
    assert.doesNotMatch(result.output, /README\.md/);
  });

  test('passes once the template is fixed', () => {
    write('templates/promo.sms', 'Spring sale! 20% off: contoso.example/spring. Reply STOP to opt out.\n');
    const result = preCommit('--all-files');
    assert.equal(result.code, 0, result.output);
    assert.match(result.output, /^smslint\.+Passed$/m);
  });

  test('a template in a file the hook does not match (.txt) is not linted', () => {
    write('notes/draft.txt', 'bit.ly/draft\n');
    const result = preCommit('--all-files');
    assert.equal(result.code, 0, result.output);
  });
});

describe('pre-commit hook smslint-fix', () => {
  test('applies the safe fixes to the template, fails because it changed files, then passes', () => {
    write('templates/parcel.sms', 'Your parcel’s on its way. Reply STOP to opt out.\n');
    const first = preCommit('smslint-fix', '--all-files', '--hook-stage', 'manual');
    assert.equal(first.code, 1, first.output);
    assert.match(first.output, /files were modified by this hook/);
    assert.equal(fs.readFileSync(path.join(project, 'templates/parcel.sms'), 'utf8'), "Your parcel's on its way. Reply STOP to opt out.\n");
    git(project, 'add', 'templates/parcel.sms');
    const second = preCommit('smslint-fix', '--all-files', '--hook-stage', 'manual');
    assert.equal(second.code, 0, second.output);
  });
});

describe('a local hook over the installed smslint package (no hook install)', () => {
  let local;
  const localHook = "repos:\n  - repo: local\n    hooks:\n      - id: smslint\n        name: smslint\n        entry: npx --no-install smslint --ignore-unknown\n        language: system\n        files: \\.sms$\n";

  before(() => {
    const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
    const tarball = path.join(root, `smslint-${version}.tgz`);
    assert.ok(fs.existsSync(tarball), `${tarball} is missing: run npm run pack:cli first (npm run test:package does)`);
    local = path.join(scratch, 'local-project');
    fs.mkdirSync(local);
    git(local, 'init', '--quiet');
    fs.writeFileSync(path.join(local, 'package.json'), '{ "name": "local-project", "private": true }\n');
    execFileSync('npm', ['install', '--save-dev', tarball, '--offline', '--no-audit', '--no-fund'], { cwd: local, stdio: 'pipe' });
    fs.writeFileSync(path.join(local, '.pre-commit-config.yaml'), localHook);
    fs.writeFileSync(path.join(local, '.gitignore'), 'node_modules/\n');
    git(local, 'add', '.');
  });

  test('the README snippet: fails on a bad template naming the rule, passes when fixed', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    assert.ok(readme.includes(localHook.replace(/^repos:\n/, '')), 'the README shows this local hook');
    const runLocal = () => {
      const result = spawnSync('pre-commit', ['run', '--all-files'], { cwd: local, env, encoding: 'utf8', timeout: 120_000 });
      return { code: result.status, output: result.stdout + result.stderr };
    };
    fs.writeFileSync(path.join(local, 'otp.sms'), 'Your code is 493817 – valid for 10 minutes: bit.ly/help\n');
    git(local, 'add', 'otp.sms');
    const bad = runLocal();
    assert.equal(bad.code, 1, bad.output);
    assert.match(bad.output, /^smslint\.+Failed$/m);
    assert.match(bad.output, /1:45\s+error\s+.*public-url-shortener/);
    assert.match(bad.output, /1:21\s+warning\s+.*non-gsm-character/);
    fs.writeFileSync(path.join(local, 'otp.sms'), '---\nrules:\n  missing-opt-out: off\n---\nYour code is 493817 - valid for 10 minutes.\n');
    git(local, 'add', 'otp.sms');
    const good = runLocal();
    assert.equal(good.code, 0, good.output);
  });
});

// smslint where it meets the outside world: file-system errors, symbolic links and dot-folders,
// line breaks in ranges and in fixes, and `--stdin --fix` as an editor's formatter.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import engine from '../../dist/engine.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cliPath = path.join(root, 'dist/cli.js');
const deniedPaths = path.join(root, 'test/denied-paths.cjs');
const optOut = 'Reply STOP to opt out.';

/** Runs smslint; `denied` are paths (relative to `cwd`) that behave as `chmod 000` makes them for a user who is not root. */
function smslint(args, { cwd = root, input = '', denied } = {}) {
  const preload = denied ? ['--require', deniedPaths] : [];
  const env = denied ? { ...process.env, SMS_TEST_DENIED_PATHS: JSON.stringify(denied.map((each) => path.join(cwd, each))) } : process.env;
  const result = spawnSync(process.execPath, [...preload, cliPath, ...args], { cwd, input, env, encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const filesOf = (run) => JSON.parse(run.stdout).map((report) => report.file);

const temporaryFolders = [];
/** A folder with these files; a value `{ link }` makes a symbolic link to that target instead. */
function temporaryFolder(entries) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'smslint-edges-'));
  temporaryFolders.push(folder);
  for (const [name, content] of Object.entries(entries)) {
    const at = path.join(folder, name);
    fs.mkdirSync(path.dirname(at), { recursive: true });
    if (typeof content === 'string') fs.writeFileSync(at, content);
    else fs.symlinkSync(content.link, at);
  }
  return folder;
}
after(() => {
  for (const folder of temporaryFolders) fs.rmSync(folder, { recursive: true, force: true });
});

describe('ranges end lines as LSP does', () => {
  test('a lone CR ends a line: “ in "Hi\\rthere “Ana”" is at 1:6, as the language server says', () => {
    const text = `Hi\rthere “Ana”. ${optOut}`;
    const [report] = JSON.parse(smslint(['--stdin', '--format', 'json'], { input: text }).stdout);
    assert.deepEqual(report.diagnostics.map((d) => d.range.start), [{ line: 1, character: 6 }, { line: 1, character: 10 }]);
  });

  test('with CR, LF and CRLF lines mixed, every range is the one an LSP text document gives', () => {
    const text = `“a”\r“b”\n“c”\r\n“d”\r\r\n“e” ${optOut}`;
    const [report] = JSON.parse(smslint(['--stdin', '--format', 'json'], { input: text }).stdout);
    const document = TextDocument.create('file:///mixed.sms', 'sms', 1, text);
    const expected = engine.lintText(text, engine.resolveSettings({}).settings).diagnostics.map((d) => ({ start: document.positionAt(d.start), end: document.positionAt(d.end) }));
    assert.equal(expected.length, 10);
    assert.deepEqual(report.diagnostics.map((d) => d.range), expected);
    assert.deepEqual(report.diagnostics.map((d) => d.range.start.line), [0, 0, 1, 1, 2, 2, 3, 3, 5, 5]);
  });
});

describe('--stdin --fix is a formatter', () => {
  // ’ has a look-alike; the bit.ly link (an error) and the emoji (a warning) cannot be fixed.
  const input = `It’s at bit.ly/abc 👋 ${optOut}`;

  test('prints the fixed text, reports what remains on standard error, and exits 0', () => {
    const run = smslint(['--stdin', '--fix'], { input });
    assert.equal(run.stdout, `It's at bit.ly/abc 👋 ${optOut}`);
    assert.equal(run.code, 0);
    const lines = run.stderr.split('\n');
    assert.equal(lines[0], '-  UCS-2 · 1 SMS · 44/70');
    assert.equal(lines[1], '  fixed 1 problem: 1 non-gsm-character');
    assert.match(lines[2], /^ {2}1:9 +error +bit\.ly is a public URL shortener.* public-url-shortener$/);
    assert.match(lines[3], /^ {2}1:20 +warning +👋 \(U\+1F44B\) forces UCS-2.* non-gsm-character$/);
    assert.equal(lines[5], '✖ 2 problems (1 error, 1 warning) in 1 file, 1 problem fixed');
  });

  test('says nothing on standard error when nothing remains', () => {
    const run = smslint(['--stdin', '--fix'], { input: `It’s here. ${optOut}` });
    assert.deepEqual([run.code, run.stdout, run.stderr], [0, `It's here. ${optOut}`, '']);
  });

  test('reports what remains in the --format asked for', () => {
    const run = smslint(['--stdin', '--fix', '--format', 'json'], { input });
    assert.equal(run.code, 0);
    assert.deepEqual(JSON.parse(run.stderr)[0].diagnostics.map((d) => d.rule), ['public-url-shortener', 'non-gsm-character']);
  });

  test('without --fix, an error still exits 1', () => {
    assert.equal(smslint(['--stdin'], { input }).code, 1);
  });
});

describe('--fix keeps the line breaks of the file', () => {
  for (const [name, character] of [['LINE SEPARATOR', '\u2028'], ['PARAGRAPH SEPARATOR', '\u2029'], ['LINE TABULATION', '\v']]) {
    test(`${name} becomes CRLF in a CRLF file`, () => {
      const folder = temporaryFolder({ 'crlf.sms': `---\r\nsender: toll-free\r\n---\r\nLine one${character}line two\r\n${optOut}\r\n` });
      smslint(['--fix', 'crlf.sms'], { cwd: folder });
      assert.equal(fs.readFileSync(path.join(folder, 'crlf.sms'), 'utf8'), `---\r\nsender: toll-free\r\n---\r\nLine one\r\nline two\r\n${optOut}\r\n`);
    });
  }

  test('and LF in an LF file', () => {
    const folder = temporaryFolder({ 'lf.sms': `Line one\u2028line two\n${optOut}\n` });
    smslint(['--fix', 'lf.sms'], { cwd: folder });
    assert.equal(fs.readFileSync(path.join(folder, 'lf.sms'), 'utf8'), `Line one\nline two\n${optOut}\n`);
  });
});

describe('symbolic links', () => {
  const tree = () =>
    temporaryFolder({
      'tree/top.sms': `Top. ${optOut}\n`,
      'tree/a/b/deep.sms': `Deep. ${optOut}\n`,
      'tree/a/b/loop': { link: '..' },
    });

  test('a link back up the tree (ln -s .. tree/a/b/loop): each template once, by its own path', () => {
    const run = smslint(['--format', 'json', 'tree'], { cwd: tree() });
    assert.deepEqual(filesOf(run), ['tree/a/b/deep.sms', 'tree/top.sms']);
    assert.equal(run.code, 0);
  });

  test('the same through a glob', () => {
    const run = smslint(['--format', 'json', 'tree/**/*.sms'], { cwd: tree() });
    assert.deepEqual(filesOf(run), ['tree/a/b/deep.sms', 'tree/top.sms']);
  });

  test('a link to a folder outside is searched once, however many links lead to it', () => {
    const folder = temporaryFolder({
      'shared/s.sms': `Shared. ${optOut}\n`,
      'tree/one': { link: '../shared' },
      'tree/two': { link: '../shared' },
    });
    assert.deepEqual(filesOf(smslint(['--format', 'json', 'tree'], { cwd: folder })), ['tree/one/s.sms']);
  });

  test('a file named directly and reached through a link to its folder is linted once', () => {
    const folder = temporaryFolder({ 'real/r.sms': `Real. ${optOut}\n`, 'alias': { link: 'real' } });
    assert.deepEqual(filesOf(smslint(['--format', 'json', 'real/r.sms', 'alias'], { cwd: folder })), ['real/r.sms']);
  });

  test('a link that points nowhere is passed over: there is nothing to lint', () => {
    const folder = temporaryFolder({ 'tree/t.sms': `T. ${optOut}\n`, 'tree/gone': { link: 'missing' } });
    const run = smslint(['--format', 'json', 'tree'], { cwd: folder });
    assert.deepEqual([run.code, filesOf(run), run.stderr], [0, ['tree/t.sms'], '']);
  });
});

describe('dot-folders', () => {
  const folder = () =>
    temporaryFolder({
      'a.sms': `A. ${optOut}\n`,
      '.github/sms/welcome.sms': `Welcome. ${optOut}\n`,
      '.git/stray.sms': `Stray. ${optOut}\n`,
      'node_modules/pkg/dep.sms': `Dep. ${optOut}\n`,
    });

  test('a folder search includes dot-folders but skips .git and node_modules', () => {
    assert.deepEqual(filesOf(smslint(['--format', 'json', '.'], { cwd: folder() })), [path.join('.github', 'sms', 'welcome.sms'), 'a.sms']);
  });

  test('so does a glob', () => {
    assert.deepEqual(filesOf(smslint(['--format', 'json', '**/*.sms'], { cwd: folder() })), ['.github/sms/welcome.sms', 'a.sms']);
  });
});

describe('file-system errors say what happened and never claim success', () => {
  const tree = () => temporaryFolder({ 'ok.sms': `Fine. ${optOut}\n`, 'locked/in.sms': `Locked. ${optOut}\n`, 'sub/locked/in.sms': `Locked. ${optOut}\n` });

  test('a file that cannot be read: permission denied, not "no such file"', () => {
    const run = smslint(['ok.sms'], { cwd: tree(), denied: ['ok.sms'] });
    assert.deepEqual([run.code, run.stderr], [2, 'smslint: cannot read ok.sms: permission denied (EACCES)\n']);
  });

  test('a file inside a folder that cannot be entered: permission denied, not "no such file or folder"', () => {
    const run = smslint(['locked/in.sms'], { cwd: tree(), denied: ['locked'] });
    assert.deepEqual([run.code, run.stderr], [2, 'smslint: cannot read locked/in.sms: permission denied (EACCES)\n']);
  });

  test('a folder that cannot be listed: permission denied, not "no *.sms files"', () => {
    const run = smslint(['locked'], { cwd: tree(), denied: ['locked'] });
    assert.deepEqual([run.code, run.stderr], [2, 'smslint: cannot read the folder locked: permission denied (EACCES)\n']);
  });

  test('a subfolder that cannot be listed is named; the rest is linted; the summary has no tick', () => {
    const run = smslint(['.'], { cwd: tree(), denied: [path.join('sub', 'locked')] });
    assert.equal(run.stderr, `smslint: cannot read the folder ${path.join('sub', 'locked')}: permission denied (EACCES)\n`);
    assert.deepEqual(run.stdout.split('\n').filter((line) => line.startsWith('✔') || line.startsWith('✖')), [
      '✖ 1 failure (named on standard error); 2 files checked, no problems',
    ]);
    assert.equal(run.code, 2);
  });

  test('a glob names the subfolders it cannot list too', () => {
    const run = smslint(['--format', 'json', '**/*.sms'], { cwd: tree(), denied: ['locked'] });
    assert.deepEqual([run.code, run.stderr, filesOf(run)], [2, 'smslint: cannot read the folder locked: permission denied (EACCES)\n', ['ok.sms', 'sub/locked/in.sms']]);
  });

  // Errors that even root gets, without any help.
  test('a path through a file (ENOTDIR)', () => {
    const run = smslint(['ok.sms/in.sms'], { cwd: tree() });
    assert.deepEqual([run.code, run.stderr], [2, 'smslint: cannot read ok.sms/in.sms: a part of the path is not a folder (ENOTDIR)\n']);
  });

  test('a link that leads to itself inside a folder (ELOOP) is named, with the summary saying so', () => {
    const folder = temporaryFolder({ 'ok.sms': `Fine. ${optOut}\n`, 'self': { link: 'self' } });
    const run = smslint(['.'], { cwd: folder });
    assert.equal(run.stderr, 'smslint: cannot follow the link self: too many levels of symbolic links (ELOOP)\n');
    assert.equal(run.stdout.trimEnd().split('\n').at(-1), '✖ 1 failure (named on standard error); 1 file checked, no problems');
    assert.equal(run.code, 2);
  });

  test('problems and a failure: the summary gives both', () => {
    const folder = temporaryFolder({ 'curly.sms': `It’s here. ${optOut}\n`, 'self': { link: 'self' } });
    const run = smslint(['.'], { cwd: folder });
    assert.ok(run.stdout.includes('\n✖ 1 failure (named on standard error); 1 problem (0 errors, 1 warning) in 1 file\n'), run.stdout);
  });

  test('a settings file that is not JSON: no tick either', () => {
    const folder = temporaryFolder({ '.smslintrc.json': '{ nope', 'ok.sms': `Fine. ${optOut}\n` });
    const run = smslint(['ok.sms'], { cwd: folder });
    assert.equal(run.stdout.trimEnd().split('\n').at(-1), '✖ 1 failure (named on standard error); 1 file checked, no problems');
    assert.equal(run.code, 2);
  });

  test('--config naming a folder says it is a folder', () => {
    const folder = tree();
    const run = smslint(['--config', 'sub', 'ok.sms'], { cwd: folder });
    assert.deepEqual([run.code, run.stderr], [2, 'smslint: cannot read the settings file sub: it is a folder (EISDIR)\n']);
  });
});

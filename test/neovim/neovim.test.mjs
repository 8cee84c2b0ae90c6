// Neovim's built-in LSP client as a second real client of dist/server.js (push diagnostics, hover,
// code actions over stdio). Skips only when nvim is not installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const server = path.join(here, '../../dist/server.js');
const nvimMissing = spawnSync('nvim', ['--version']).error ? 'nvim is not installed (apt-get install -y neovim)' : false;

const expected = {
  diagnostics: [{
    code: 'non-gsm-character',
    severity: 2,
    source: 'sms',
    range: [0, 56, 0, 57],
    href: 'https://github.com/sms-templates/vscode-sms-templates/blob/main/docs/rules.md#non-gsm-character',
  }],
  firstAction: { title: "’ → ' — back to GSM-7: 1 segment instead of 2", kind: 'quickfix', hasEdit: true },
  lineAfterFix: "Contoso: your parcel arrives today between 9 and 11. Don't miss it! Reply STOP to opt out.",
};

/** Runs lsp-check.lua in a headless Neovim on a copy of the fixture and returns what it wrote. */
async function runNeovim() {
  const dir = mkdtempSync(path.join(tmpdir(), 'sms-neovim-'));
  try {
    const file = path.join(dir, 'curly-quote.sms');
    copyFileSync(path.join(here, 'fixtures/curly-quote.sms'), file);
    const resultPath = path.join(dir, 'result.json');
    const nvim = spawn('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${path.join(here, 'lsp-check.lua')}`], {
      env: { ...process.env, SMS_SERVER: server, SMS_FILE: file, SMS_RESULT: resultPath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    nvim.stdout.on('data', (chunk) => { output += chunk; });
    nvim.stderr.on('data', (chunk) => { output += chunk; });
    const timer = setTimeout(() => nvim.kill('SIGKILL'), 45_000);
    const [code, signal] = await new Promise((resolve) => nvim.once('exit', (...args) => resolve(args)));
    clearTimeout(timer);
    assert.equal(signal, null, `nvim was killed after 45 s; output: ${output}`);
    assert.equal(code, 0, `nvim exited with ${code}; output: ${output}`);
    return JSON.parse(readFileSync(resultPath, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let result;
async function neovimResult() {
  result ??= await runNeovim();
  assert.equal(result.error, undefined, `the Lua script failed: ${result.error}`);
  return result;
}

test('neovim: receives the curly apostrophe diagnostic with code, severity, range and docs link', { skip: nvimMissing }, async () => {
  assert.deepEqual((await neovimResult()).diagnostics, expected.diagnostics);
});

test('neovim: hover on the character names its code point', { skip: nvimMissing }, async () => {
  const { hover } = await neovimResult();
  assert.equal(typeof hover, 'string');
  assert.match(hover, /U\+2019/);
});

test('neovim: the first quick fix swaps the apostrophe and carries its edit', { skip: nvimMissing }, async () => {
  assert.deepEqual((await neovimResult()).actions[0], expected.firstAction);
});

test('neovim: applying the quick fix changes only the apostrophe and clears the diagnostics', { skip: nvimMissing }, async () => {
  const { lineAfterFix, diagnosticsAfterFix } = await neovimResult();
  assert.deepEqual([lineAfterFix, diagnosticsAfterFix], [expected.lineAfterFix, []]);
});

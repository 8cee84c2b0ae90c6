// A throwaway code-server (VS Code 1.100.3 in the browser) with the packaged .vsix installed into
// a fresh extensions folder, a copy of a fixture workspace, and headless Chromium to open it.
// Everything lives in one temporary run folder; stop() ends the whole process group.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const cache = process.env.SMS_CACHE ?? path.join(homedir(), '.cache', 'sms-templates');
export const codeServerBin = process.env.CODE_SERVER_BIN ?? path.join(cache, 'code-server', 'node_modules', '.bin', 'code-server');
export const chromiumBin = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

const userSettings = {
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  // VS Code in the browser saves edits after 1 s by default (desktop VS Code, where
  // @vscode/test-electron runs, does not). The suites edit fixtures and revert them afterwards: a
  // save in between would leave the edit on disk for the next test.
  'files.autoSave': 'off',
};

/** Rejects after `ms` with a message naming what took too long. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms); }),
  ]);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** What is missing before a run can start, as one message, or undefined. */
export function missingPrerequisite(vsix) {
  if (!existsSync(vsix)) return `${vsix} is missing: run \`npm run package\` first.`;
  if (!existsSync(codeServerBin)) return `code-server is not installed at ${codeServerBin}: run scripts/install-code-server.sh.`;
  if (!existsSync(chromiumBin)) return `${chromiumBin} is missing: run scripts/install-code-server.sh (it installs Debian's chromium).`;
  return undefined;
}

/**
 * Installs `vsix`, copies `workspaceSource`, starts code-server and waits until it listens.
 * `logFile` receives code-server's output; `env` is added to its environment (the extension host
 * inherits it); `settings` are added to the user settings (e.g. `remote.extensionKind`).
 */
export async function startCodeServer({ vsix, workspaceSource, logFile, env: extraEnv = {}, settings = {} }) {
  const run = mkdtempSync(path.join(tmpdir(), 'sms-code-server-'));
  const dirs = Object.fromEntries(['user-data', 'extensions', 'config', 'data', 'tmp', 'workspace'].map((name) => [name, path.join(run, name)]));
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  cpSync(workspaceSource, dirs.workspace, { recursive: true });
  mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
  writeFileSync(path.join(dirs['user-data'], 'User', 'settings.json'), JSON.stringify({ ...userSettings, ...settings }, null, 2));
  const configFile = path.join(run, 'config.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');
  const baseArgs = ['--config', configFile, '--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions];
  // Nothing is written to the home folder.
  const env = { ...process.env, XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data, TMPDIR: dirs.tmp };
  const removeRun = () => { if (!process.env.SMS_KEEP_RUN) rmSync(run, { recursive: true, force: true }); };

  const install = spawnSync(codeServerBin, [...baseArgs, '--install-extension', vsix], { env, encoding: 'utf8', timeout: 120_000 });
  const installedName = existsSync(dirs.extensions) ? readdirSync(dirs.extensions).find((name) => name.startsWith('sms-templates.sms-templates-')) : undefined;
  if (install.status !== 0 || !installedName) {
    removeRun();
    throw new Error(`installing ${vsix} failed (exit ${install.status ?? install.signal}): ${install.stdout}${install.stderr}`);
  }
  const extensionPath = path.join(dirs.extensions, installedName);

  const port = await freePort();
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = createWriteStream(logFile);
  const server = spawn(codeServerBin, [
    ...baseArgs, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', dirs.workspace,
  ], {
    // Its own process group, so that the whole tree (the file watcher too) can be stopped.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...env, ...extraEnv, SMS_EXPECTED_EXTENSION_PATH: extensionPath },
  });
  const exited = new Promise((resolve) => server.once('exit', (code, signal) => resolve({ code, signal })));
  const listening = new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      log.write(chunk);
      if (output.length < 100_000) output += chunk;
      if (/HTTP server listening on/.test(output)) resolve();
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    exited.then(({ code, signal }) => reject(new Error(`code-server exited early (${code ?? signal}); see ${logFile}`)));
  });

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
    const ended = await Promise.race([exited.then(() => true), new Promise((resolve) => setTimeout(resolve, 5000, false).unref())]);
    // The file watcher can outlive its parent: end whatever is left of the group.
    try { process.kill(-server.pid, 'SIGKILL'); } catch { /* already gone */ }
    if (!ended) await exited;
    log.end();
    removeRun();
  }

  try {
    await withTimeout(listening, 30_000, 'code-server start-up');
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    if (!health.ok) throw new Error(`/healthz answered ${health.status}`);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    port,
    run,
    workspace: dirs.workspace,
    extensionPath,
    stop,
    /** The workbench URL for the workspace, with an optional test payload. */
    workbenchUrl(payload) {
      const query = `folder=${encodeURIComponent(dirs.workspace)}` + (payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : '');
      return `http://127.0.0.1:${port}/?${query}`;
    },
    /** A path on this machine as the workbench's remote URI. */
    remoteUri(file) {
      return `vscode-remote://127.0.0.1:${port}${file}`;
    },
  };
}

/**
 * Interrupted runs still stop code-server's process group: on SIGINT or SIGTERM close the browser,
 * then stop the session (`running()` gives what is running at that moment), and exit with 130.
 */
export function stopOnInterrupt(running) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      const { browser, session } = running();
      await browser?.close().catch(() => {});
      await session?.stop();
      process.exit(130);
    });
  }
}

export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumBin,
    headless: true,
    // The runners handle interruption themselves: they close the browser and then stop code-server.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

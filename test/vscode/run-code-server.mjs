// Runs the integration suite (test/vscode/suite) inside a real VS Code: code-server 4.100.3 (VS Code
// 1.100.3) with the packaged .vsix installed into a fresh extensions folder, its workbench opened in
// headless Chromium. The extension under test (extensionDevelopmentPath) is the folder code-server
// unpacked the .vsix into, so the run exercises exactly what users install. Exits with the extension
// host's exit code (or 1 when the .vsix contents check fails).
//
// Needs: `npm run package` (sms-templates.vsix), scripts/install-code-server.sh, /usr/bin/chromium.
// SMS_TEST_GREP=text runs only the matching tests; SMS_KEEP_RUN=1 keeps the run folder.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, missingPrerequisite, startCodeServer, stopOnInterrupt, withTimeout } from './code-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vsix = path.join(root, 'sms-templates.vsix');
const resultsDir = path.join(root, 'test-results', 'vscode');
const suiteTimeoutMs = Number(process.env.SMS_VSCODE_TIMEOUT_MS ?? 300_000);

const started = Date.now();
const timings = [];
let stepStarted = Date.now();
function step(name) {
  const now = Date.now();
  if (timings.length) timings.at(-1).ms = now - stepStarted;
  timings.push({ name, ms: 0 });
  stepStarted = now;
  console.log(`run-code-server: ${name}`);
}

const missing = missingPrerequisite(vsix);
if (missing) {
  console.error(`run-code-server: ${missing}`);
  process.exit(1);
}

step('check the .vsix contents');
const vsixCheck = spawnSync(process.execPath, ['--test', '--test-reporter=spec', path.join(root, 'test/vscode/vsix.test.mjs')], { stdio: 'inherit', timeout: 60_000 });
const vsixOk = vsixCheck.status === 0;
if (!vsixOk) console.error('run-code-server: the .vsix contents check failed; running the suite anyway.');

mkdirSync(resultsDir, { recursive: true });
const hostLog = createWriteStream(path.join(resultsDir, 'extension-host.log'));
let session;
let browser;
let exitCode = 1;
stopOnInterrupt(() => ({ browser, session }));
try {
  step('install the .vsix and start code-server');
  session = await startCodeServer({
    vsix,
    workspaceSource: path.join(root, 'test/vscode/workspace'),
    logFile: path.join(resultsDir, 'code-server.log'),
  });

  step('open the workbench in headless Chromium and run the suite in the extension host');
  browser = await launchChromium();
  const page = await browser.newPage();
  let reportExit;
  const suiteExit = new Promise((resolve) => { reportExit = resolve; });
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    const text = String(message).replace(/\n$/, '');
    hostLog.write(text + '\n');
    (level === 'error' ? process.stderr : process.stdout).write(text + '\n');
  });
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
  await page.goto(session.workbenchUrl([
    ['extensionDevelopmentPath', session.remoteUri(session.extensionPath)],
    ['extensionTestsPath', session.remoteUri(path.join(root, 'test/vscode/suite/index.js'))],
  ]));
  exitCode = await withTimeout(suiteExit, suiteTimeoutMs, 'the extension host suite');
} catch (error) {
  console.error(`run-code-server: ${error.message}`);
  exitCode = 1;
} finally {
  step('stop Chromium and code-server');
  await browser?.close().catch(() => {});
  await session?.stop();
  hostLog.end();
  timings.at(-1).ms = Date.now() - stepStarted;
  for (const { name, ms } of timings) console.log(`run-code-server: ${String(ms).padStart(6)} ms  ${name}`);
}
if (!vsixOk && exitCode === 0) exitCode = 1;
console.log(`run-code-server: ${exitCode === 0 ? 'passed' : `failed (exit ${exitCode})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(exitCode);

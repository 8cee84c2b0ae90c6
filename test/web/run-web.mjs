// Runs the extension's browser build in a real browser: code-server 4.100.3 (VS Code 1.100.3) with
// the packaged .vsix installed and `remote.extensionKind` forcing it into the web worker extension
// host, its workbench in headless Chromium. First the integration suite (test/vscode/suite and
// test/web/suite, bundled for the browser into the installed extension's folder) inside that host;
// then, through the UI, a squiggle and the status bar of unopened.sms, with a screenshot in
// test-results/web/. Each time it checks that no Node process runs the language server: it is in a
// Web Worker of the page.
//
// Needs: `npm run package` (sms-templates.vsix), scripts/install-code-server.sh, /usr/bin/chromium.
// SMS_TEST_GREP=text runs only the matching tests; --update-docs copies the screenshot to docs/images/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, missingPrerequisite, startCodeServer, stopOnInterrupt, withTimeout } from '../vscode/code-server.mjs';
import { bundleWebSuite } from './bundle-suite.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vsix = path.join(root, 'sms-templates.vsix');
const resultsDir = path.join(root, 'test-results', 'web');
const suiteTimeoutMs = Number(process.env.SMS_VSCODE_TIMEOUT_MS ?? 300_000);
const stepTimeoutMs = 20_000;
/** unopened.sms: 79 characters with an em dash, so UCS-2 in 2 segments of 67. */
const expectedUiStatus = 'UCS-2 · 2 SMS · 79/134';
export const webExtensionKind = { 'remote.extensionKind': { 'sms-templates.sms-templates': ['web'] } };

const started = Date.now();
let failures = 0;
const log = (line) => console.log(`run-web: ${line}`);

const missing = missingPrerequisite(vsix);
if (missing) {
  console.error(`run-web: ${missing}`);
  process.exit(1);
}

log('check the .vsix contents');
const vsixCheck = spawnSync(process.execPath, ['--test', '--test-reporter=spec', path.join(root, 'test/vscode/vsix.test.mjs')], { stdio: 'inherit', timeout: 60_000 });
if (vsixCheck.status !== 0) {
  failures++;
  console.error('run-web: the .vsix contents check failed; running the suite anyway.');
}

/** Node processes whose command line names a file of the installed extension (the Node build's server would). */
function nodeProcessesRunning(folder) {
  const found = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let commandLine;
    try {
      commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    } catch {
      continue;
    }
    if (commandLine.includes(folder)) found.push(`${pid}: ${commandLine.trim()}`);
  }
  return found;
}

mkdirSync(resultsDir, { recursive: true });
const hostLog = createWriteStream(path.join(resultsDir, 'extension-host.log'));
let session;
let browser;
stopOnInterrupt(() => ({ browser, session }));

try {
  log('install the .vsix and start code-server (remote.extensionKind: web)');
  session = await startCodeServer({
    vsix,
    workspaceSource: path.join(root, 'test/vscode/workspace'),
    logFile: path.join(resultsDir, 'code-server.log'),
    settings: webExtensionKind,
  });
  const suiteFile = path.join(session.extensionPath, 'web-tests', 'suite.js');
  await bundleWebSuite({ outfile: suiteFile, expectedExtensionPath: session.extensionPath, grep: process.env.SMS_TEST_GREP ?? '' });
  browser = await launchChromium();

  log('run the suite in the web worker extension host');
  const page = await browser.newPage();
  let reportExit;
  const suiteExit = new Promise((resolve) => { reportExit = resolve; });
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    const text = String(message).replace(/\n$/, '');
    hostLog.write(text + '\n');
    (level === 'error' ? process.stderr : process.stdout).write(text + '\n');
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    // Asked while the extension host is still up: its language server must not be a Node process.
    const running = nodeProcessesRunning(session.extensionPath);
    reportExit({ code, running });
  });
  await page.goto(session.workbenchUrl([
    ['extensionDevelopmentPath', session.remoteUri(session.extensionPath)],
    ['extensionTestsPath', session.remoteUri(suiteFile)],
  ]));
  const { code, running } = await withTimeout(suiteExit, suiteTimeoutMs, 'the web extension host suite');
  if (code !== 0) failures++;
  if (running.length > 0) {
    failures++;
    console.error(`run-web: Node processes run the extension's files, so it did not run in the browser:\n  ${running.join('\n  ')}`);
  } else log('no Node process ran the extension: its server ran in a Web Worker');
  await page.close();

  log('UI: open a template, see its squiggle and the status bar');
  const ui = await browser.newPage({ viewport: { width: 1100, height: 420 } });
  await ui.goto(session.workbenchUrl());
  const uiStarted = Date.now();
  try {
    await ui.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
    await ui.keyboard.press('Control+P');
    const input = ui.locator('.quick-input-widget input');
    await input.waitFor({ timeout: stepTimeoutMs });
    // A fixture that the suite only reads, never edits: an em dash makes it UCS-2.
    await input.fill('unopened.sms');
    await ui.locator('.quick-input-list .monaco-list-row', { hasText: 'unopened.sms' }).first().waitFor({ timeout: stepTimeoutMs });
    await ui.keyboard.press('Enter');
    await ui.locator('.squiggly-warning').first().waitFor({ timeout: stepTimeoutMs });
    const status = ui.locator('#workbench\\.parts\\.statusbar .statusbar-item', { hasText: expectedUiStatus }).first();
    await status.waitFor({ timeout: stepTimeoutMs });
    const shot = path.join(resultsDir, 'squiggle-status.png');
    await ui.screenshot({ path: shot });
    const running = nodeProcessesRunning(session.extensionPath);
    if (running.length > 0) throw new Error(`Node processes run the extension's files: ${running.join('; ')}`);
    console.log(`ok - the web build shows the squiggle and "${expectedUiStatus}" in the status bar (${Date.now() - uiStarted} ms; ${path.relative(root, shot)})`);
    if (process.argv.includes('--update-docs')) copyFileSync(shot, path.join(root, 'docs', 'images', 'web-squiggle-status.png'));
  } catch (error) {
    failures++;
    console.log(`not ok - the web build's squiggle and status bar: ${error.message.split('\n')[0]}`);
    await ui.screenshot({ path: path.join(resultsDir, 'failure.png') }).catch(() => {});
  }
} catch (error) {
  console.error(`run-web: ${error.message}`);
  failures++;
} finally {
  await browser?.close().catch(() => {});
  await session?.stop();
  hostLog.end();
}
log(`${failures === 0 ? 'passed' : `failed (${failures})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failures === 0 ? 0 : 1);

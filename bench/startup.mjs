// Start-up in a real editor, the Node build against the browser build: the packaged .vsix in
// code-server 4.100.3, once in its Node extension host and once forced into the web worker extension
// host (`remote.extensionKind`), each window a fresh extension host. Per run, bench/startup-probe.js
// times activation (bundle loaded, server started and initialized) and opening a template until its
// first diagnostics. Medians over `--runs N` windows (5 by default).
//
// Needs `npm run package`, scripts/install-code-server.sh and /usr/bin/chromium:
// `npm run bench:startup` builds and packages first.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, missingPrerequisite, startCodeServer, withTimeout } from '../test/vscode/code-server.mjs';
import { summarize } from './throughput.mjs';
import { formatMs, formatTable } from './table.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const vsix = path.join(root, 'sms-templates.vsix');
const runsOption = process.argv.indexOf('--runs');
const runs = runsOption === -1 ? 5 : Number(process.argv[runsOption + 1]);
const hosts = [
  { name: 'node', label: 'Node extension host (main)', settings: {} },
  { name: 'web', label: 'web worker extension host (browser)', settings: { 'remote.extensionKind': { 'sms-templates.sms-templates': ['web'] } } },
];

/** One window of the workbench with the probe as its test payload; resolves with its figures. */
async function probeOnce(browser, session, probe) {
  const page = await browser.newPage();
  let figures;
  let reportExit;
  const exited = new Promise((resolve) => { reportExit = resolve; });
  await page.exposeFunction('codeAutomationLog', (_level, message) => {
    const match = /SMS-STARTUP (\{.*\})/.exec(String(message));
    if (match) figures = JSON.parse(match[1]);
  });
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
  await page.goto(session.workbenchUrl([
    ['extensionDevelopmentPath', session.remoteUri(session.extensionPath)],
    ['extensionTestsPath', session.remoteUri(probe)],
  ]));
  const code = await withTimeout(exited, 120_000, 'the start-up probe');
  await page.close();
  if (code !== 0 || !figures) throw new Error(`the probe failed (exit ${code})`);
  return figures;
}

export async function runStartupBench({ log = console.log } = {}) {
  const missing = missingPrerequisite(vsix);
  if (missing) {
    log(`Start-up in the editor: skipped — ${missing}`);
    return null;
  }
  const emptyWorkspace = mkdtempSync(path.join(tmpdir(), 'sms-startup-'));
  const results = {};
  let browser;
  try {
    browser = await launchChromium();
    for (const host of hosts) {
      const session = await startCodeServer({ vsix, workspaceSource: emptyWorkspace, logFile: path.join(root, 'test-results', 'bench', `code-server-${host.name}.log`), settings: host.settings });
      try {
        // Inside the extension's folder, so that the probe runs in the same extension host as the extension.
        const probe = path.join(session.extensionPath, 'bench', 'startup-probe.js');
        mkdirSync(path.dirname(probe), { recursive: true });
        copyFileSync(path.join(root, 'bench', 'startup-probe.js'), probe);
        const samples = [];
        for (let run = 0; run < runs; run++) samples.push(await probeOnce(browser, session, probe));
        if (samples.some((sample) => sample.worker !== (host.name === 'web'))) throw new Error(`a ${host.name} run did not run where it should`);
        results[host.name] = {
          runs,
          activation: summarize(samples.map((sample) => sample.activationMs)),
          firstDiagnostics: summarize(samples.map((sample) => sample.firstDiagnosticsMs)),
        };
      } finally {
        await session.stop();
      }
    }
  } finally {
    await browser?.close().catch(() => {});
    rmSync(emptyWorkspace, { recursive: true, force: true });
  }
  const cell = (s) => `${formatMs(s.median)} (${formatMs(s.q1)}–${formatMs(s.q3)})`;
  log(`Start-up in code-server 4.100.3 (VS Code 1.100.3), median (IQR) of ${runs} fresh extension hosts each:`);
  log(
    formatTable(
      ['extension host', 'activation', 'open → first diagnostics'],
      hosts.map((host) => [host.label, cell(results[host.name].activation), cell(results[host.name].firstDiagnostics)]),
    ),
  );
  const budgetMet = Object.values(results).every((result) => result.activation.median < 100);
  log(`  budget activation < 100 ms: ${budgetMet ? 'met' : 'NOT MET'} (${hosts.map((host) => `${host.name} ${formatMs(results[host.name].activation.median)}`).join(', ')})`);
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runStartupBench();
}

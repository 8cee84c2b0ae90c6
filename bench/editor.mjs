// The editor path: `node dist/server.js --stdio` spoken to as an editor does, started with the Node
// options the extension forks it with. Times diagnostics, hover and code actions on 1 KB, 100 KB and
// 1 MB templates; didChange → diagnostics under a burst of 200 edits (and that the final pull
// reflects the final text); server memory with 1,000 templates open. Run alone: `node bench/editor.mjs`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import lsp from 'vscode-languageserver/node.js';
import { startServer } from '../test/lsp/lsp-session.mjs';
import { summarize } from './throughput.mjs';
import { formatMs, formatTable } from './table.mjs';

const MB = 1024 * 1024;

/** The Node options the extension forks the server with (package.json's `smsLanguageServer`). */
export const extensionServerOptions = JSON.parse(
  fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).smsLanguageServer;
/** LSP's ServerCancelled: the server declined a pull for a text that had already changed again. */
const serverCancelled = -32802;

/** A realistic template of `size` characters: front matter, a placeholder, one ’, an opt-out. */
function templateOf(size, variant = 0) {
  const head = `---\nsender: toll-free\nfrom: "+18005550100"\nvariables:\n  name: { example: "Ana", maxLength: 20 }\n---\nHi {{name}}, it’s ready (${variant}). `;
  const tail = 'Reply STOP to opt out.\n';
  const filler = 'Your parcel is on its way and will arrive tomorrow morning. ';
  return head + filler.repeat(Math.ceil(size / filler.length)).slice(0, Math.max(0, size - head.length - tail.length)) + tail;
}

async function timed(run) {
  const started = performance.now();
  const result = await run();
  return { ms: performance.now() - started, result };
}

/** Whether the server answers `textDocument/diagnostic` (the pull model this bench measures). */
export async function serverAnswersDiagnostics(server) {
  return Boolean(server.initializeResult?.capabilities?.diagnosticProvider);
}

/** CPU time (user + system) the server process has used, in ms: immune to waiting on a busy machine. */
export function cpuMsOf(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / clockTicksPerSecond;
}
const clockTicksPerSecond = 100;

/** Mean server CPU time of one full-text change plus a diagnostic pull, over `runs` fresh texts. */
async function serverCpuPerDiagnostics(server, size, runs) {
  const uri = `file:///bench/cpu-${size}.sms`;
  server.open(uri, templateOf(size, -1));
  await server.diagnostics(uri);
  const before = cpuMsOf(server.child.pid);
  for (let run = 0; run < runs; run++) {
    server.change(uri, [{ text: templateOf(size, run) }]);
    await server.diagnostics(uri);
  }
  const perRun = (cpuMsOf(server.child.pid) - before) / runs;
  server.close(uri);
  return perRun;
}

async function measureSizes(server, log) {
  // The transport's own cost: a request the server refuses at once (MethodNotFound).
  const baseline = [];
  for (let i = 0; i < 60; i++) {
    const { ms } = await timed(() => server.connection.sendRequest('sms/nonsense', {}).catch(() => null));
    baseline.push(ms);
  }
  const transport = summarize(baseline.slice(10));
  const sizes = [
    ['1 KB', 1024, 61],
    ['100 KB', 100 * 1024, 21],
    ['1 MB', MB, 9],
  ];
  const rows = [];
  for (const [label, size, runs] of sizes) {
    const uri = `file:///bench/size-${size}.sms`;
    const samples = { diagnostics: [], hover: [], codeActions: [] };
    let items = 0;
    for (let run = 0; run < runs; run++) {
      const text = templateOf(size, run);
      if (run === 0) server.open(uri, text);
      else server.change(uri, [{ text }]);
      const diagnostics = await timed(() => server.diagnostics(uri));
      items = diagnostics.result.items.length;
      const hover = await timed(() => server.hover(uri, { line: 6, character: 1 }));
      const apostrophe = text.split('\n')[6].indexOf('’');
      const range = { start: { line: 6, character: apostrophe }, end: { line: 6, character: apostrophe + 1 } };
      const actions = await timed(() => server.codeActions(uri, range, { diagnostics: diagnostics.result.items }));
      if (run === 0) continue; // the first run warms the server up
      samples.diagnostics.push(diagnostics.ms);
      samples.hover.push(hover.ms);
      samples.codeActions.push(actions.ms);
      if (!hover.result || actions.result.length === 0) throw new Error(`no hover or code action on the ${label} template`);
    }
    server.close(uri);
    const cpuRuns = Math.max(20, Math.round((2_000_000 / size) * 10));
    const cpuMs = await serverCpuPerDiagnostics(server, size, Math.min(cpuRuns, 1000));
    rows.push({ label, size, runs: runs - 1, items, cpuMs, diagnostics: summarize(samples.diagnostics), hover: summarize(samples.hover), codeActions: summarize(samples.codeActions) });
  }
  log(`Editor: request round trips over stdio (median, IQR), and minus the transport's own round trip (median ${formatMs(transport.median)}):`);
  const cell = (s) => `${formatMs(s.median)} (${formatMs(s.q1)}–${formatMs(s.q3)}) → ${formatMs(Math.max(0, s.median - transport.median))}`;
  log(
    formatTable(
      ['template', 'runs', 'diagnostics (fresh text)', 'server CPU per change + pull', 'hover', 'code actions'],
      rows.map((r) => [r.label, String(r.runs), cell(r.diagnostics), formatMs(r.cpuMs), cell(r.hover), cell(r.codeActions)]),
    ),
  );
  return { transport, sizes: rows };
}

/**
 * 200 edits of one character, each followed by a diagnostic pull, none awaited before the next edit.
 * `cancelling`: cancel each pull when the next edit is sent, as vscode-languageclient does;
 * otherwise every pull stays open (a client that neither cancels nor waits).
 */
async function measureBurst(server, log, { cancelling }) {
  const uri = `file:///bench/burst-${cancelling ? 'cancelling' : 'plain'}.sms`;
  const start = 'Hi Ana, your table is ready. Reply STOP to opt out.';
  server.open(uri, start);
  await server.diagnostics(uri);
  const publishedBefore = server.published.get(uri);
  const edits = 200;
  const pulls = [];
  const sentAt = [];
  let text = start;
  let previous;
  const cpuBefore = cpuMsOf(server.child.pid);
  // Type 200 characters at offset 3, every other one a ’, pulling after each as the editor does.
  for (let i = 0; i < edits; i++) {
    const character = i % 2 ? '’' : 'x';
    server.change(uri, [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: character }]);
    text = text.slice(0, 3) + character + text.slice(3);
    previous?.cancel();
    const cancellation = new lsp.CancellationTokenSource();
    previous = cancelling ? cancellation : undefined;
    sentAt.push(performance.now());
    pulls.push(
      server.connection
        .sendRequest('textDocument/diagnostic', { textDocument: { uri } }, cancellation.token)
        .then((report) => ({ report, at: performance.now() }), (error) => ({ error, at: performance.now() })),
    );
  }
  const answers = await Promise.all(pulls);
  const serverCpuMs = cpuMsOf(server.child.pid) - cpuBefore;
  const latencies = answers.map((answer, i) => answer.at - sentAt[i]);
  const last = answers[answers.length - 1];
  if (!last.report) throw new Error(`the last pull of the burst failed: ${last.error?.message}`);
  const declined = answers.filter((answer) => answer.error?.code === serverCancelled).length;
  const cancelled = answers.filter((answer) => answer.error && answer.error.code !== serverCancelled).length;
  const linted = answers.length - declined - cancelled;
  const expectedApostrophes = [...text].filter((c) => c === '’').length;
  const reported = last.report.items.filter((d) => d.code === 'non-gsm-character').length;
  const finalIsCurrent = reported === expectedApostrophes;
  const published = server.published.get(uri);
  const stalePublished = published !== publishedBefore && published !== undefined && published.version !== undefined && published.version < server.versions.get(uri);
  const lastLatency = latencies[latencies.length - 1];
  const burstMs = last.at - sentAt[0];
  log(
    `Editor: burst of ${edits} edits, a pull after each${cancelling ? ', each cancelled by the next edit' : ''}: last edit → its diagnostics ${formatMs(lastLatency)}; ` +
      `whole burst ${formatMs(burstMs)}, server CPU ${formatMs(serverCpuMs)}; pulls answered with a report ${linted}, declined as outdated ${declined}, cancelled ${cancelled}. ` +
      `Final pull shows ${reported} non-GSM characters of ${expectedApostrophes} in the final text: ${finalIsCurrent ? 'current' : 'STALE'}; ` +
      `publishDiagnostics after the burst: ${published === publishedBefore ? 'none' : stalePublished ? 'STALE' : 'current'}.`,
  );
  server.close(uri);
  return { edits, cancelling, lastLatency, latencies: summarize(latencies), burstMs, serverCpuMs, linted, declined, cancelled, finalIsCurrent, stalePublished };
}

export function rssOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
}

/** The server's JavaScript heap, from a Node diagnostic report written on SIGUSR2. */
export async function heapOf(child, folder) {
  const before = new Set(fs.readdirSync(folder));
  child.kill('SIGUSR2');
  const deadline = Date.now() + 10_000;
  for (;;) {
    const written = fs.readdirSync(folder).filter((name) => !before.has(name) && name.endsWith('.json'));
    if (written.length > 0) {
      try {
        const report = JSON.parse(fs.readFileSync(path.join(folder, written[0]), 'utf8'));
        return { used: report.javascriptHeap.usedMemory, total: report.javascriptHeap.totalMemory };
      } catch {
        // still being written
      }
    }
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The server's heap right after a full collection: a heap snapshot (SIGUSR1) collects first, then a report is read. */
export async function liveHeapOf(child, folder) {
  const before = new Set(fs.readdirSync(folder));
  child.kill('SIGUSR1');
  const deadline = Date.now() + 30_000;
  for (;;) {
    const snapshot = fs.readdirSync(folder).find((name) => !before.has(name) && name.endsWith('.heapsnapshot'));
    // The snapshot is written on the main thread: once the file exists and the process answers a report, it is done.
    if (snapshot) return heapOf(child, folder);
    if (Date.now() > deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** One fresh server: its memory idle, then with 1,000 templates open and linted. */
async function memoryOfOneServer() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-bench-report-'));
  const savedOptions = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = `${savedOptions ?? ''} --report-on-signal --report-signal=SIGUSR2 --report-directory=${folder} --heapsnapshot-signal=SIGUSR1 --diagnostic-dir=${folder}`.trim();
  const server = await startServer(extensionServerOptions);
  if (savedOptions === undefined) delete process.env.NODE_OPTIONS;
  else process.env.NODE_OPTIONS = savedOptions;
  try {
    await server.connection.sendRequest('sms/nonsense', {}).catch(() => null);
    const idle = { rss: rssOf(server.child.pid), heap: await heapOf(server.child, folder) };
    const templates = 1000;
    for (let i = 0; i < templates; i++) server.open(`file:///bench/many/${i}.sms`, templateOf(300 + (i % 7) * 100, i));
    for (let i = 0; i < templates; i += 50) {
      await Promise.all(Array.from({ length: 50 }, (_, k) => server.diagnostics(`file:///bench/many/${i + k}.sms`)));
    }
    const open = { rss: rssOf(server.child.pid), heap: await heapOf(server.child, folder) };
    // What stays alive: a heap snapshot starts with a full collection (taken last, as writing it costs memory).
    open.liveHeap = (await liveHeapOf(server.child, folder))?.used;
    return { templates, idle, open };
  } finally {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** Medians over `runs` fresh servers, one after another. */
async function measureMemory(log, runs = 5) {
  const samples = [];
  for (let run = 0; run < runs; run++) samples.push(await memoryOfOneServer());
  const median = (pick) => summarize(samples.map(pick).filter((value) => value !== undefined)).median;
  const figures = {
    idleRss: median((s) => s.idle.rss),
    idleHeapUsed: median((s) => s.idle.heap?.used),
    openRss: median((s) => s.open.rss),
    openHeapUsed: median((s) => s.open.heap?.used),
    openHeapTotal: median((s) => s.open.heap?.total),
    openHeapLive: median((s) => s.open.liveHeap),
  };
  const mb = (bytes) => (bytes === undefined || Number.isNaN(bytes) ? '?' : `${(bytes / MB).toFixed(1)} MB`);
  const openRss = samples.map((s) => s.open.rss).sort((a, b) => a - b);
  log(
    `Editor: server memory (median of ${runs} servers) idle RSS ${mb(figures.idleRss)}, heap used ${mb(figures.idleHeapUsed)}; ` +
      `with ${samples[0].templates} templates open and linted RSS ${mb(figures.openRss)} (${mb(openRss[0])}–${mb(openRss[openRss.length - 1])}), ` +
      `heap used ${mb(figures.openHeapUsed)} of ${mb(figures.openHeapTotal)}, ${mb(figures.openHeapLive)} alive after a full collection ` +
      `(budget < 60 MB: ${figures.openHeapUsed < 60 * MB ? 'met' : 'NOT MET'} for the heap, ${figures.openRss < 60 * MB ? 'met' : 'NOT MET'} for RSS)`,
  );
  return { templates: samples[0].templates, runs, ...figures, samples };
}

export async function runEditorBench({ log = console.log } = {}) {
  const server = await startServer(extensionServerOptions);
  try {
    if (!(await serverAnswersDiagnostics(server))) {
      log('Editor path: skipped — dist/server.js does not answer textDocument/diagnostic yet.');
      return null;
    }
    const sizes = await measureSizes(server, log);
    const burst = await measureBurst(server, log, { cancelling: false });
    const cancellingBurst = await measureBurst(server, log, { cancelling: true });
    await server.stop();
    const memory = await measureMemory(log);
    return { ...sizes, burst, cancellingBurst, memory };
  } finally {
    if (server.child.exitCode === null) await server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runEditorBench();
}

// The editor path: `node dist/server.js --stdio` spoken to as an editor does. Times diagnostics,
// hover and code actions on 1 KB, 100 KB and 1 MB templates; didChange → diagnostics under a burst
// of 200 edits (and that the final pull reflects the final text); server memory with 1,000
// templates open. Run alone: `node bench/editor.mjs`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../test/lsp/lsp-session.mjs';
import { summarize } from './throughput.mjs';
import { formatMs, formatTable } from './table.mjs';

const MB = 1024 * 1024;

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
function cpuMsOf(pid) {
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

async function measureBurst(server, log) {
  const uri = 'file:///bench/burst.sms';
  const start = 'Hi Ana, your table is ready. Reply STOP to opt out.';
  server.open(uri, start);
  await server.diagnostics(uri);
  const publishedBefore = server.published.get(uri);
  const edits = 200;
  const pulls = [];
  const sentAt = [];
  let text = start;
  // Type 200 characters at offset 3, every other one a ’, pulling after each as the editor does.
  for (let i = 0; i < edits; i++) {
    const character = i % 2 ? '’' : 'x';
    server.change(uri, [{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: character }]);
    text = text.slice(0, 3) + character + text.slice(3);
    sentAt.push(performance.now());
    pulls.push(server.diagnostics(uri).then((report) => ({ report, at: performance.now() })));
  }
  const answers = await Promise.all(pulls);
  const latencies = answers.map((answer, i) => answer.at - sentAt[i]);
  const final = answers[answers.length - 1].report;
  const expectedApostrophes = [...text].filter((c) => c === '’').length;
  const reported = final.items.filter((d) => d.code === 'non-gsm-character').length;
  const finalIsCurrent = reported === expectedApostrophes;
  const published = server.published.get(uri);
  const stalePublished = published !== publishedBefore && published !== undefined && published.version !== undefined && published.version < server.versions.get(uri);
  const lastLatency = latencies[latencies.length - 1];
  const burstMs = answers[answers.length - 1].at - sentAt[0];
  log(
    `Editor: burst of ${edits} edits, a pull after each: last edit → its diagnostics ${formatMs(lastLatency)}; ` +
      `per pull median ${formatMs(summarize(latencies).median)}; whole burst ${formatMs(burstMs)}. ` +
      `Final pull shows ${reported} non-GSM characters of ${expectedApostrophes} in the final text: ${finalIsCurrent ? 'current' : 'STALE'}; ` +
      `publishDiagnostics after the burst: ${published === publishedBefore ? 'none' : stalePublished ? 'STALE' : 'current'}.`,
  );
  server.close(uri);
  return { edits, lastLatency, latencies: summarize(latencies), burstMs, finalIsCurrent, stalePublished };
}

function rssOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
}

/** The server's JavaScript heap, from a Node diagnostic report written on SIGUSR2. */
async function heapOf(child, folder) {
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

async function measureMemory(log) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-bench-report-'));
  const savedOptions = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = `${savedOptions ?? ''} --report-on-signal --report-signal=SIGUSR2 --report-directory=${folder}`.trim();
  const server = await startServer();
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
    const mb = (bytes) => (bytes === undefined ? '?' : `${(bytes / MB).toFixed(1)} MB`);
    log(
      `Editor: server memory idle RSS ${mb(idle.rss)}, heap used ${mb(idle.heap?.used)}; with ${templates} templates open and linted ` +
        `RSS ${mb(open.rss)}, heap used ${mb(open.heap?.used)} of ${mb(open.heap?.total)} (budget < 60 MB: ${open.rss < 60 * MB ? 'met' : 'NOT MET'} for RSS)`,
    );
    return { templates, idle, open };
  } finally {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export async function runEditorBench({ log = console.log } = {}) {
  const server = await startServer();
  try {
    if (!(await serverAnswersDiagnostics(server))) {
      log('Editor path: skipped — dist/server.js does not answer textDocument/diagnostic yet.');
      return null;
    }
    const sizes = await measureSizes(server, log);
    const burst = await measureBurst(server, log);
    await server.stop();
    const memory = await measureMemory(log);
    return { ...sizes, burst, memory };
  } finally {
    if (server.child.exitCode === null) await server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runEditorBench();
}

// `node bench/workspace-sources.mjs [files] [messages] [edits]`: a workspace of 100 locale files (20
// per format, 200 messages each) opened in the spawned server (dist/server.js, with the options the
// extension forks it with), then 1,000 edits on one of them. Reports didChange → diagnostics on the
// edited file (median and spread, wall and server CPU) and the server's RSS and heap after opening
// all of them and after the edits (issue 12 item 5: responsive, memory flat).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startServer, uriOf } from '../test/lsp/lsp-session.mjs';
import { cpuMsOf, extensionServerOptions, heapOf, liveHeapOf, rssOf } from './editor.mjs';
import { summarize } from './throughput.mjs';

const fileCount = Number(process.argv[2] ?? 100);
const messageCount = Number(process.argv[3] ?? 200);
const editCount = Number(process.argv[4] ?? 1000);
const MB = 1024 * 1024;

// Spanish verification texts, each with an escaped non-GSM character and a placeholder (as bench/sources.mjs).
const value = (i) => `Tu c\\u00f3digo de verificaci\\u00f3n es {code}. Caduca en ${i % 60} minutos.`;
const decoded = (i) => JSON.parse(`"${value(i)}"`);
const formats = {
  properties: { languageId: 'properties', file: (n) => `res/sms_l${n}.properties`, text: () => Array.from({ length: messageCount }, (_, i) => `sms.message${i}=${value(i)}`).join('\n') + '\n' },
  i18next: { languageId: 'json', file: (n) => `locales/l${n}/sms.json`, text: () => `{\n${Array.from({ length: messageCount }, (_, i) => `  "message${i}": "${value(i).replace('{code}', '{{code}}')}"`).join(',\n')}\n}\n` },
  rails: { languageId: 'yaml', file: (n) => `config/locales/l${n}.yml`, text: () => `es:\n  sms:\n${Array.from({ length: messageCount }, (_, i) => `    message${i}: "${value(i).replace('{code}', '%{code}')}"`).join('\n')}\n` },
  fluent: { languageId: 'plaintext', file: (n) => `locale/l${n}/sms.ftl`, text: () => Array.from({ length: messageCount }, (_, i) => `message${i} = ${decoded(i).replace('{code}', '{ $code }')}`).join('\n') + '\n' },
  resx: { languageId: 'xml', file: (n) => `Resources/Strings.l${n}.resx`, text: () => `<root>\n${Array.from({ length: messageCount }, (_, i) => `  <data name="Message${i}" xml:space="preserve"><value>${decoded(i)}</value></data>`).join('\n')}\n</root>\n` },
};
const templateKeys = { maxSegments: 1, variables: { code: { example: '493817', maxLength: 6 } }, rules: { 'missing-opt-out': 'off' } };
const config = {
  sources: [
    { files: 'res/sms*.properties', format: 'properties', ...templateKeys },
    { files: 'locales/*/sms.json', format: 'i18next', ...templateKeys },
    { files: 'config/locales/*.yml', format: 'rails', ...templateKeys },
    { files: 'locale/*/*.ftl', format: 'fluent', ...templateKeys },
    { files: 'Resources/*.resx', format: 'resx', ...templateKeys },
  ],
};

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-bench-workspace-'));
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-bench-report-'));
fs.writeFileSync(path.join(workspace, '.smslintrc.json'), JSON.stringify(config));
const files = [];
const names = Object.keys(formats);
for (let n = 0; n < fileCount; n++) {
  const format = formats[names[n % names.length]];
  const file = path.join(workspace, format.file(n));
  const text = format.text();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  files.push({ uri: uriOf(file), languageId: format.languageId, text });
}

const savedOptions = process.env.NODE_OPTIONS;
process.env.NODE_OPTIONS = `${savedOptions ?? ''} --report-on-signal --report-signal=SIGUSR2 --report-directory=${reports} --heapsnapshot-signal=SIGUSR1 --diagnostic-dir=${reports}`.trim();
// SMS_BENCH_SERVER_ARGS adds Node options for the server (say, `--cpu-prof --cpu-prof-dir=/tmp/prof`).
const extraArgs = process.env.SMS_BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? [];
const server = await startServer({ ...extensionServerOptions, execArgv: [...extensionServerOptions.execArgv, ...extraArgs], workspaceFolders: [workspace] });
if (savedOptions === undefined) delete process.env.NODE_OPTIONS;
else process.env.NODE_OPTIONS = savedOptions;

const mb = (bytes) => (bytes === undefined ? '?' : `${(bytes / MB).toFixed(1)} MB`);
const ms = (value) => `${value.toFixed(1)} ms`;
try {
  // RSS and heap in use (a Node report), without a collection first; what stays alive is read once
  // at the end from a heap snapshot (it collects first; writing one raises RSS, so it comes last).
  const memoryNow = async () => ({ rss: rssOf(server.child.pid), heap: (await heapOf(server.child, reports))?.used });
  const liveHeap = async () => {
    await liveHeapOf(server.child, reports);
    // The report after the snapshot: a big heap's snapshot can take longer than one report's wait.
    for (let attempt = 0; attempt < 6; attempt++) {
      const heap = await heapOf(server.child, reports);
      if (heap !== undefined) return heap.used;
    }
    return undefined;
  };
  await server.connection.sendRequest('sms/nonsense', {}).catch(() => null);
  const idle = await memoryNow();

  // Open every file as an editor does (with its language id) and pull its diagnostics.
  const openCpu = cpuMsOf(server.child.pid);
  const openStarted = performance.now();
  let findings = 0;
  for (const file of files) {
    server.versions.set(file.uri, 1);
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: file.uri, languageId: file.languageId, version: 1, text: file.text } });
    findings += (await server.diagnostics(file.uri)).items.length;
  }
  const openMs = performance.now() - openStarted;
  const openCpuMs = cpuMsOf(server.child.pid) - openCpu;
  const opened = await memoryNow();

  // 1,000 edits on one file (a .properties file, the first opened): a character typed into a
  // message's value and taken out again, each followed by a pull, as an editor pulls after a change.
  const edited = files[0];
  const line = Math.min(100, messageCount >> 1);
  const column = `sms.message${line}=Tu c`.length;
  const initial = (await server.diagnostics(edited.uri)).items.length;
  const wall = [];
  const cpu = [];
  let last;
  let halfway;
  for (let edit = 0; edit < editCount; edit++) {
    const at = { line, character: column };
    const change = edit % 2 === 0 ? { range: { start: at, end: at }, text: '’' } : { range: { start: at, end: { line, character: column + 1 } }, text: '' };
    const cpuBefore = cpuMsOf(server.child.pid);
    const started = performance.now();
    server.change(edited.uri, [change]);
    last = await server.diagnostics(edited.uri);
    wall.push(performance.now() - started);
    cpu.push(cpuMsOf(server.child.pid) - cpuBefore);
    if (edit + 1 === editCount / 2) halfway = await memoryNow();
  }
  // An even number of edits leaves the text as it was; an odd one adds one ’ (one more finding).
  const expected = initial + (editCount % 2);
  const current = last.items.length === expected;
  const afterEdits = await memoryNow();
  afterEdits.live = await liveHeap();

  const w = summarize(wall);
  console.log(`${fileCount} locale files (${names.length} formats), ${messageCount} messages each: opened and pulled one after another in ${ms(openMs)} wall, ${ms(openCpuMs)} server CPU (${findings} findings)`);
  console.log(
    `didChange → diagnostics on ${path.basename(edited.uri)} (${messageCount} messages), ${editCount} edits: median ${ms(w.median)} wall (q1 ${ms(w.q1)}, q3 ${ms(w.q3)}, max ${ms(w.max)}); ` +
      `server CPU ${ms(cpu.reduce((a, b) => a + b, 0) / cpu.length)} per edit (mean: /proc counts 10 ms ticks); final pull ${current ? 'current' : 'STALE'}`,
  );
  console.log(`server memory (RSS, heap in use):`);
  console.log(`  idle: ${mb(idle.rss)}, ${mb(idle.heap)}`);
  console.log(`  all ${fileCount} open and linted: ${mb(opened.rss)}, ${mb(opened.heap)}`);
  if (halfway) console.log(`  after ${editCount / 2} edits: ${mb(halfway.rss)}, ${mb(halfway.heap)}`);
  console.log(`  after ${editCount} edits: ${mb(afterEdits.rss)}, ${mb(afterEdits.heap)}; ${mb(afterEdits.live)} alive after a full collection`);
} finally {
  await server.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.rmSync(reports, { recursive: true, force: true });
}

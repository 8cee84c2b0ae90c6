// `npm run bench`: the counting engine against sms-length, split-sms and Twilio's
// sms-segments-calculator on the real corpus, where they disagree and why, bundle sizes, and then
// the editor path (bench/editor.mjs). Flags: --rounds N, --engine-only, --json FILE.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from './corpus.mjs';
import { loadCounters } from './peers.mjs';
import { measureThroughput } from './throughput.mjs';
import { compareBoundaryCases, compareCorpus } from './agreement.mjs';
import { runEditorBench } from './editor.mjs';
import { runDialectBench } from './dialects.mjs';
import { formatTable, formatRate } from './table.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const rounds = Number(option('--rounds') ?? 15);
const jsonOut = option('--json');

const corePath = path.join(root, 'dist/core.js');
if (!fs.existsSync(corePath)) {
  console.error('dist/core.js is missing: run `npm run build:production` first (npm run bench does).');
  process.exit(2);
}

const results = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model };
console.log(`SMS counting benchmark — ${results.date}, Node ${results.node}, ${results.cpus} × ${results.cpu}`);
console.log('The machine is shared: figures are medians over interleaved rounds; the spread shows the noise.\n');

const { file, messages } = loadCorpus();
const counters = loadCounters(corePath);
console.log(`Corpus: ${path.relative(root, file) || file} — ${messages.length} messages, ${messages.reduce((n, m) => n + m.length, 0)} UTF-16 units\n`);

// 1. Throughput, side by side.
const throughput = measureThroughput(counters, messages, { rounds });
results.throughput = throughput;
const ours = throughput.results[0];
console.log(`Messages per second (${rounds} interleaved rounds, each ≥ ${throughput.minimumMs} ms of whole corpus passes, after a warm-up):`);
console.log(
  formatTable(
    ['counter', 'median msg/s', 'IQR', 'min–max', 'ours ÷ this'],
    throughput.results.map((r) => [
      r.label,
      formatRate(r.median),
      `${formatRate(r.q1)}–${formatRate(r.q3)}`,
      `${formatRate(r.min)}–${formatRate(r.max)}`,
      r === ours ? '1×' : `${formatRatio(ours.median / r.median)}`,
    ]),
  ),
);
const byName = Object.fromEntries(throughput.results.map((r) => [r.name, r]));
const budgets = [
  ['≥ 4× sms-length', ours.median / byName['sms-length'].median, 4],
  ['≥ 1,000× sms-segments-calculator', ours.median / byName['sms-segments-calculator'].median, 1000],
];
for (const [label, ratio, floor] of budgets) console.log(`  budget ${label}: ${formatRatio(ratio)} ${ratio >= floor ? 'met' : 'NOT MET'}`);
console.log(`  (checksum ${throughput.checksum})\n`);

// 2. Agreement on the corpus.
const corpus = compareCorpus(counters, messages);
results.corpusAgreement = corpus;
console.log('Disagreements with ours on the corpus (encoding or segment count):');
for (const peer of corpus) {
  console.log(`  ${peer.peer}: ${peer.disagreeing} of ${peer.messages} messages`);
  for (const reason of peer.reasons) console.log(`    ${reason.count} × ${reason.reason} (e.g. ${JSON.stringify(reason.example)})`);
}
console.log('');

// 3. Boundary cases.
const boundaries = compareBoundaryCases(counters);
results.boundaryCases = boundaries;
const show = (answer) => (answer.encoding === 'throws' ? 'throws' : `${answer.encoding} ${answer.segments}`);
console.log('Boundary cases (SPEC §2, 3GPP TS 23.038/23.040): encoding and segments');
console.log(
  formatTable(
    ['case', 'expected', ...counters.map((c) => c.name)],
    boundaries.map((b) => [
      b.name,
      show(b.expected),
      ...counters.map((c, i) => show(b.answers[c.name]) + (i === 0 ? (b.oursCorrect ? ' ✓' : ' ✗') : b.disagreements.some((d) => d.peer === c.name) ? ' ≠' : '')),
    ]),
  ),
);
for (const b of boundaries) {
  for (const d of b.disagreements) console.log(`  ≠ ${b.name} — ${d.peer}: ${d.why}`);
  if (b.note) console.log(`  note: ${b.name} — ${b.note}`);
}
const wrong = boundaries.filter((b) => !b.oursCorrect);
if (wrong.length > 0) console.log(`  OURS DIFFERS FROM THE SPEC ON: ${wrong.map((b) => b.name).join('; ')}`);
console.log('');

// 4. Bundle sizes.
const bundleSizes = Object.fromEntries(
  ['extension.js', 'server.js', 'lsp-protocol.js', 'web/extension.js', 'web/server.js', 'cli.js', 'core.js'].map((name) => {
    const file = path.join(root, 'dist', name);
    return [name, fs.existsSync(file) ? fs.statSync(file).size : null];
  }),
);
results.bundleSizes = bundleSizes;
// dist/lsp-protocol.js is the protocol both Node bundles require: shipped once, counted once.
const clientServer = (bundleSizes['extension.js'] ?? 0) + (bundleSizes['server.js'] ?? 0) + (bundleSizes['lsp-protocol.js'] ?? 0);
const webClientServer = (bundleSizes['web/extension.js'] ?? 0) + (bundleSizes['web/server.js'] ?? 0);
console.log(
  `Bundles: ${Object.entries(bundleSizes).map(([n, s]) => `${n} ${s === null ? 'missing' : formatKilobytes(s)}`).join(', ')}; ` +
    `client + server ${formatKilobytes(clientServer)} for Node, ${formatKilobytes(webClientServer)} for the browser ` +
    `(budget < 1 MB: ${Math.max(clientServer, webClientServer) < 1_000_000 ? 'met' : 'NOT MET'})\n`,
);

// 5. Dialects: 24 independent conditionals against the 20 ms budget.
results.dialects = runDialectBench({ root, log: (line) => console.log(line) });
console.log('');

// 6. The editor path.
if (!args.includes('--engine-only')) {
  results.editor = await runEditorBench({ root, log: (line) => console.log(line) });
}

if (jsonOut) {
  fs.writeFileSync(jsonOut, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nWrote ${jsonOut}`);
}

function formatRatio(ratio) {
  return ratio >= 100 ? `${Math.round(ratio).toLocaleString('en-US')}×` : `${ratio.toFixed(1)}×`;
}

function formatKilobytes(bytes) {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

// Dialects (SPEC §7): a Liquid template with 24 independent conditionals (2^24 paths) linted whole —
// parse, example path, worst path, every rule — against the 20 ms budget; the same in Handlebars.
// Run alone: `node bench/dialects.mjs` (after `npm run build:production`).
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { summarize } from './throughput.mjs';
import { formatMs, formatTable } from './table.mjs';

const budgetMs = 20;

/** 24 conditionals on 24 declared conditions, each branch a short sentence; an opt-out at the end. */
export function conditionalsTemplate(count, syntax) {
  const names = Array.from({ length: count }, (_, i) => `flag${i}`);
  const head = ['---', 'sender: toll-free', `syntax: ${syntax}`, 'variables:', '  name: { example: "Ana", maxLength: 20 }', ...names.map((n) => `  ${n}: { example: ${n.endsWith('0') ? 'false' : 'true'} }`), '---', ''].join('\n');
  const branch = (n, i) =>
    syntax === 'liquid'
      ? `{% if ${n} %}Item ${i} ready. {% else %}Item ${i} is late, sorry {{ name | default: "there" }}. {% endif %}`
      : `{{#if ${n}}}Item ${i} ready. {{else}}Item ${i} is late, sorry {{defaultIfEmpty name "there"}}. {{/if}}`;
  return head + 'Hi {{ name }}! ' + names.map(branch).join('') + 'Reply STOP to opt out.\n';
}

export function runDialectBench({ root, log = console.log, rounds = 200 }) {
  const require = createRequire(import.meta.url);
  const { lintTemplate } = require(path.join(root, 'dist/core.js'));
  const results = {};
  for (const syntax of ['liquid', 'handlebars']) {
    const source = conditionalsTemplate(24, syntax);
    for (let i = 0; i < 20; i++) lintTemplate(source); // warm-up
    const samples = [];
    let report;
    for (let i = 0; i < rounds; i++) {
      const started = performance.now();
      report = lintTemplate(source);
      samples.push(performance.now() - started);
    }
    results[syntax] = { ...summarize(samples), bytes: source.length, worstCase: report.worstCase, segments: report.segments };
  }
  log(`Dialects: 24 independent conditionals (2^24 paths), whole lint, ${rounds} runs each:`);
  log(
    formatTable(
      ['template', 'size', 'median', 'IQR', 'max', 'example → worst', `budget ${budgetMs} ms`],
      Object.entries(results).map(([syntax, r]) => [
        syntax,
        `${r.bytes} B`,
        formatMs(r.median),
        `${formatMs(r.q1)}–${formatMs(r.q3)}`,
        formatMs(r.max),
        `${r.segments} → ${r.worstCase.segments} segments (${r.worstCase.encoding}, ${r.worstCase.units} units)`,
        r.median < budgetMs ? 'met' : 'NOT MET',
      ]),
    ),
  );
  return results;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runDialectBench({ root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..') });
}

// ESLint-style text output: each file with its cost, its problems as `line:col  severity  message
// rule`, then a summary of the whole run.
import { costLabel, countOf } from '../core';
import type { FileReport } from './report';

export interface StylishOptions {
  /** Problems that --fix fixed in each file (by report), by rule id, shown under the file's name. */
  fixed?: ReadonlyMap<FileReport, ReadonlyMap<string, number>>;
  /** What could not be done (unreadable inputs, settings or writes), named on standard error. */
  failures?: number;
  /** Whether the run applied unsafe fixes too (--unsafe-fixes): then none is left to suggest it for. */
  unsafeFixes?: boolean;
}

const plural = (n: number, word: string) => countOf(n, word);

/** "fixed 3 problems: 2 non-gsm-character, 1 missing-opt-out". */
export function fixedSummary(fixedByRule: ReadonlyMap<string, number>): string {
  const total = [...fixedByRule.values()].reduce((sum, n) => sum + n, 0);
  return `fixed ${plural(total, 'problem')}: ${[...fixedByRule].map(([rule, n]) => `${n} ${rule}`).join(', ')}`;
}

export function formatStylish(reports: readonly FileReport[], options: StylishOptions = {}): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let others = 0;
  let fixable = 0;
  let unsafeFixable = 0;
  let fixedTotal = 0;
  let previousFile: string | undefined;
  for (const report of reports) {
    // A locale file's messages are grouped under the file, each with its key and locale.
    const isMessage = report.key !== undefined;
    if (isMessage && report.file !== previousFile) out.push(report.file);
    if (isMessage && out.length > 1 && out[out.length - 1] === '' && report.file === previousFile) out.pop();
    previousFile = report.file;
    const indent = isMessage ? '  ' : '';
    if (isMessage) out.push(`  ${report.key ?? '(file)'} [${report.locale ?? 'default'}]  ${report.key === null ? '' : costLabel(report, report.worstCase)}`.trimEnd());
    else out.push(`${report.file}  ${costLabel(report, report.worstCase)}`);
    const fixedByRule = options.fixed?.get(report);
    if (fixedByRule !== undefined && fixedByRule.size > 0) {
      for (const n of fixedByRule.values()) fixedTotal += n;
      out.push(`${indent}  ${fixedSummary(fixedByRule)}`);
    }
    const rows = report.diagnostics.map((d) => [`${d.range.start.line + 1}:${d.range.start.character + 1}`, d.severity, d.message, d.rule]);
    const widths = [0, 1, 2].map((column) => Math.max(0, ...rows.map((row) => row[column].length)));
    for (const row of rows) {
      out.push(`${indent}  ${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2].padEnd(widths[2])}  ${row[3]}`);
    }
    for (const d of report.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else others++;
      if (d.fix?.safe) fixable++;
      else if (d.fix) unsafeFixable++;
    }
    out.push('');
  }
  const total = errors + warnings + others;
  const files = plural(new Set(reports.map((report) => report.file)).size, 'file');
  const fixedNote = fixedTotal > 0 ? `, ${plural(fixedTotal, 'problem')} fixed` : '';
  const failures = options.failures ?? 0;
  // Never a tick when something could not be done: the run did not check everything it was asked to.
  const failed = failures > 0 ? `${plural(failures, 'failure')} (named on standard error); ` : '';
  if (total === 0) {
    out.push(`${failures > 0 ? '✖' : '✔'} ${failed}${files} checked, no problems${fixedNote}`);
  } else {
    const infos = others > 0 ? `, ${others} info/hint` : '';
    out.push(`✖ ${failed}${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos}) in ${files}${fixedNote}`);
    if (fixable > 0) out.push(`  ${plural(fixable, 'problem')} potentially fixable with the \`--fix\` option.`);
    if (unsafeFixable > 0 && options.unsafeFixes !== true) {
      out.push(`  ${plural(unsafeFixable, 'more problem')} fixable with \`--fix --unsafe-fixes\` (they change what the recipient reads).`);
    }
  }
  return out.join('\n') + '\n';
}

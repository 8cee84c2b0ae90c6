// ESLint-style text output: each file, its problems as line:col severity message rule, its cost.
import type { FileReport } from './report';

export function formatStylish(reports: readonly FileReport[]): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let others = 0;
  for (const report of reports) {
    const worst =
      report.worstCase.segments !== report.segments ? `, ${report.worstCase.segments} at worst (${report.worstCase.encoding})` : '';
    out.push(`${report.file}  ${report.encoding} · ${report.segments} SMS · ${report.units} units${worst}`);
    const rows = report.diagnostics.map((d) => [
      `${d.range.start.line + 1}:${d.range.start.character + 1}`,
      d.severity,
      d.message,
      d.rule,
    ]);
    const widths = [0, 1].map((column) => Math.max(0, ...rows.map((row) => row[column].length)));
    for (const row of rows) {
      out.push(`  ${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2]}  ${row[3]}`);
    }
    for (const d of report.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else others++;
    }
    out.push('');
  }
  const total = errors + warnings + others;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const files = plural(reports.length, 'file');
  out.push(
    total === 0
      ? `✔ ${files} checked, no problems`
      : `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${others ? `, ${others} info/hint` : ''}) in ${files}`,
  );
  return out.join('\n') + '\n';
}

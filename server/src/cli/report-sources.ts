// The SPEC §6 report of a locale file: one object per message with `file`, `key` and `locale`, its
// worst variant's counts, and its diagnostics at file positions; syntax errors as a `key: null` entry.
import type { Diagnostic } from '../core/types';
import type { MessageLint, SourceLintResult } from '../core';
import { LineIndex } from '../core';
import type { FileReport, ReportDiagnostic } from './report';

export function sourceReportsFor(file: string, text: string, result: SourceLintResult): FileReport[] {
  const lines = new LineIndex(text);
  const range = (start: number, end: number) => ({ start: lines.positionAt(start), end: lines.positionAt(end) });
  const diagnosticOf = (d: Diagnostic): ReportDiagnostic => {
    const reported: ReportDiagnostic = { rule: d.rule, severity: d.severity, message: d.message, range: range(d.start, d.end) };
    if (d.fix) reported.fix = { title: d.fix.title, safe: d.fix.safe, edits: d.fix.edits.map((e) => ({ range: range(e.start, e.end), newText: e.newText })) };
    return reported;
  };
  const reports: FileReport[] = [];
  if (result.problems.length > 0) {
    reports.push({
      file,
      key: null,
      locale: result.messages[0]?.message.locale ?? null,
      encoding: 'GSM-7',
      units: 0,
      segments: 0,
      characters: 0,
      worstCase: { encoding: 'GSM-7', units: 0, segments: 0 },
      diagnostics: result.problems.map(diagnosticOf),
    });
  }
  for (const each of result.messages) reports.push(messageReport(file, each, diagnosticOf));
  return reports;
}

function messageReport(file: string, each: MessageLint, diagnosticOf: (d: Diagnostic) => ReportDiagnostic): FileReport {
  const { count, worstCount } = each.worst;
  const report: FileReport = {
    file,
    key: each.message.key,
    locale: each.message.locale,
    encoding: count.encoding,
    units: count.units,
    segments: count.segments,
    characters: count.characters,
    worstCase: { encoding: worstCount.encoding, units: worstCount.units, segments: worstCount.segments },
    diagnostics: each.diagnostics.map(diagnosticOf),
  };
  if (each.variants.length > 1) {
    report.variants = each.variants.map((variant) => ({
      path: variant.path,
      encoding: variant.count.encoding,
      segments: variant.count.segments,
      worstCase: { encoding: variant.worstCount.encoding, units: variant.worstCount.units, segments: variant.worstCount.segments },
    }));
  }
  return report;
}

// The per-file report that smslint prints and `lintTemplate` returns (SPEC §6, a public interface).
import { lintText, type LintResult, estimateSend, sendingReport, type SendingReport, type Diagnostic, type Encoding, type Settings, LineIndex, type Position } from '../core';

export interface ReportRange {
  start: Position;
  end: Position;
}

export interface ReportDiagnostic {
  rule: string;
  severity: Diagnostic['severity'];
  message: string;
  range: ReportRange;
  /** `safe`: the recipient reads the same text (applied by --fix); unsafe ones need --unsafe-fixes. */
  fix?: { title: string; safe: boolean; edits: { range: ReportRange; newText: string }[] };
}

export interface FileReport {
  file: string;
  encoding: Encoding;
  units: number;
  segments: number;
  characters: number;
  /** `sending` is the worst path's send estimate, present with the top-level one. */
  worstCase: { encoding: Encoding; units: number; segments: number; sending?: SendingReport };
  diagnostics: ReportDiagnostic[];
  /** One send's estimate (SPEC §6), present only when `sending.recipients` is known. */
  sending?: SendingReport;
  /** For a message of a locale file (SPEC §6): its dotted key, and its locale (null: the default file). */
  key?: string | null;
  locale?: string | null;
  /** Plural or select variants of a locale message, when it has more than one. */
  variants?: { path: string[]; encoding: Encoding; segments: number; worstCase: { encoding: Encoding; units: number; segments: number } }[];
}

/** The report of `text`; `lint` is its lint result when the caller has it already. */
export function reportFor(file: string, text: string, settings: Settings, lint: LintResult = lintText(text, settings)): FileReport {
  const { analysis, diagnostics } = lint;
  const lines = new LineIndex(text);
  const range = (start: number, end: number): ReportRange => ({ start: lines.positionAt(start), end: lines.positionAt(end) });
  const { count, worstCount } = analysis;
  const report: FileReport = {
    file,
    encoding: count.encoding,
    units: count.units,
    segments: count.segments,
    characters: count.characters,
    worstCase: { encoding: worstCount.encoding, units: worstCount.units, segments: worstCount.segments },
    diagnostics: diagnostics.map((d) => {
      const reported: ReportDiagnostic = { rule: d.rule, severity: d.severity, message: d.message, range: range(d.start, d.end) };
      if (d.fix) {
        reported.fix = { title: d.fix.title, safe: d.fix.safe, edits: d.fix.edits.map((e) => ({ range: range(e.start, e.end), newText: e.newText })) };
      }
      return reported;
    }),
  };
  const send = estimateSend(analysis.sender, analysis.sending, count.segments);
  if (send) {
    report.sending = sendingReport(send);
    report.worstCase.sending = sendingReport(estimateSend(analysis.sender, analysis.sending, worstCount.segments)!);
  }
  return report;
}

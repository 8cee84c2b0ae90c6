// The engine as a library (dist/core.js, and the `smslint` npm package): what a server that renders
// messages calls — count a rendered text, lint or fix a template with settings — and its types.
import { countSegments as count, fixAllText, resolveSettings as resolve, rules as ruleRegistry, ruleDocsUrl, type CountOptions, type SegmentCount, type Settings, type Severity } from './core';
import { loadConfigFor as loadNearest } from './files/config-file';
import { reportFor, type FileReport } from './cli/report';

export type { CountOptions, Encoding, LineBreaks, Segmentation, SegmentCount, SenderType, Settings, Severity } from './core/types';
export type { FileReport, ReportDiagnostic, ReportRange } from './cli/report';
export type { Position } from './core';

/** Settings as a caller passes them: any of the `sms.*` keys (without the prefix), nested keys partial too. */
export type SettingsInput = {
  [Key in keyof Settings]?: Settings[Key] extends readonly unknown[] ? Settings[Key] : Settings[Key] extends object ? Partial<Settings[Key]> : Settings[Key];
};

/** Options of lintTemplate and fixTemplate: settings, and `file`, the name to report (default "-"). */
export type TemplateOptions = SettingsInput & { file?: string };

/** A rule as data: its id (the diagnostics' `rule`), what it catches, and where it is documented. */
export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: Exclude<Severity, 'off'>;
  fixable: boolean;
  docsUrl: string;
}

/** Every rule, in the order smslint reports them. */
export const rules: readonly RuleInfo[] = Object.freeze(
  ruleRegistry.map((rule) =>
    Object.freeze({ id: rule.id, description: rule.description, defaultSeverity: rule.defaultSeverity, fixable: rule.fixable, docsUrl: ruleDocsUrl(rule.id) }),
  ),
);

/** Encoding, units, segments and characters of a plain message, e.g. one rendered from a template. */
export function countSegments(text: string, options?: CountOptions): SegmentCount {
  return count(text, options);
}

/** The effective settings for raw ones (invalid values fall back to their defaults), and what was wrong. */
export function resolveSettings(raw: SettingsInput | Record<string, unknown> | undefined): { settings: Settings; problems: string[] } {
  return resolve(raw);
}

/**
 * Lints one template's source as smslint does. `options` takes the `sms.*` setting keys
 * (invalid values fall back to their defaults) and `file`, the name to report.
 */
export function lintTemplate(source: string, options: TemplateOptions = {}): FileReport {
  const { file = '-', ...raw } = options;
  return reportFor(file, source, resolve(raw).settings);
}

/** What fixTemplate returns: the fixed text, how many problems were fixed, and the report of the fixed text. */
export interface FixedTemplate {
  text: string;
  fixed: number;
  report: FileReport;
}

/** Applies the fixes smslint --fix applies and lints the result. */
export function fixTemplate(source: string, options: TemplateOptions = {}): FixedTemplate {
  const { file = '-', ...raw } = options;
  const settings = resolve(raw).settings;
  const result = fixAllText(source, settings);
  return { text: result.text, fixed: result.fixed, report: reportFor(file, result.text, settings) };
}

/** The raw settings from the `.smslintrc.json` nearest to a file, as smslint and the editor use them. */
export function loadConfigFor(filePath: string): { settings: unknown; path?: string; error?: string } {
  return loadNearest(filePath);
}

// Runs every registered rule on a template and applies the severities from the settings and from
// the template's front matter; the line breaks fixes write are the file's own.
import { analyzeTemplate, type Analysis } from '../template/analysis';
import { lineBreaksOf, withLineBreaks } from '../template/edits';
import { maxFindingsPerRule } from './rule';
import { rules } from './index';
import { parseTemplate, type Template } from '../template/template';
import type { Diagnostic, Settings, Severity } from '../types';

export interface LintResult {
  analysis: Analysis;
  diagnostics: Diagnostic[];
  /** False when a rule found more than maxFindingsPerRule problems: only the first are listed (and, with allFixes, every fixable one). */
  complete: boolean;
}

export interface LintOptions {
  /** List every finding that has a fix, past maxFindingsPerRule too: fix-all applies them in one pass. */
  allFixes?: boolean;
}

export function severityOf(ruleId: string, defaultSeverity: Severity, analysis: Analysis): Severity {
  // The front matter's severities are already over the settings' (analysis.settings is the effective configuration).
  return analysis.settings.rules[ruleId] ?? defaultSeverity;
}

/**
 * Each rule's severity for one pair of front matter `rules` and settings `rules`, the last pair
 * kept: the messages of a locale file share both (neither changes once read).
 */
let lastSeverities: { fromFrontMatter: Record<string, Severity>; fromSettings: Record<string, Severity>; severities: Severity[] } | undefined;

function severitiesOf(analysis: Analysis): Severity[] {
  const fromFrontMatter = analysis.template.frontMatter.rules;
  const fromSettings = analysis.settings.rules;
  const last = lastSeverities;
  if (last !== undefined && last.fromFrontMatter === fromFrontMatter && last.fromSettings === fromSettings) return last.severities;
  const severities = rules.map((rule) => severityOf(rule.id, rule.defaultSeverity, analysis));
  lastSeverities = { fromFrontMatter, fromSettings, severities };
  return severities;
}

export function lintText(text: string, settings: Settings, options: LintOptions = {}): LintResult {
  return lintTemplate(parseTemplate(text), settings, options);
}

/** lintText on a template already parsed (a locale file's messages share their front matter). */
export function lintTemplate(template: Template, settings: Settings, options: LintOptions = {}): LintResult {
  const analysis = analyzeTemplate(template, settings);
  const diagnostics: Diagnostic[] = [];
  const lineBreakAt = lineBreaksOf(template.text);
  const limit = maxFindingsPerRule;
  const allFixes = options.allFixes === true;
  let complete = true;
  const context = { findingsLimit: limit, allFixes };
  const severities = severitiesOf(analysis);
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index];
    const severity = severities[index];
    if (severity === 'off') continue;
    const findings = rule.check(analysis, context);
    const listed = findings.length <= limit ? findings : findings.slice(0, limit).concat(allFixes ? findings.slice(limit).filter((f) => f.fix !== undefined) : []);
    // Object.assign, not a spread: several times faster for the 500,000 findings fix-all may list.
    for (const finding of listed) {
      const diagnostic: Diagnostic = Object.assign({ rule: rule.id, severity }, finding);
      if (finding.fix) diagnostic.fix = withLineBreaks(finding.fix, lineBreakAt);
      diagnostics.push(diagnostic);
    }
    if (findings.length > limit) {
      complete = false;
      const first = findings[maxFindingsPerRule];
      diagnostics.push({
        start: first.start,
        end: Math.max(first.end, findings[findings.length - 1].end),
        rule: rule.id,
        severity,
        message: `More ${rule.id} problems from here on: only the first ${maxFindingsPerRule} in a file are listed one by one.`,
      });
    }
  }
  sortByRange(diagnostics);
  return { analysis, diagnostics, complete };
}

/**
 * Sorts diagnostics by start, then end, in place (stable). Most lists are already in order (one rule,
 * or a locale file's messages in file order): those are left as they are, which is what the
 * stable sort would give, without its cost.
 */
export function sortByRange<T extends { start: number; end: number }>(items: T[]): T[] {
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1];
    const b = items[i];
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) return items.sort((x, y) => x.start - y.start || x.end - y.end);
  }
  return items;
}

// Runs every registered rule on a template and applies the severities from the settings and from
// the template's front matter; the line breaks fixes write are the file's own.
import { analyzeTemplate, type Analysis } from '../template/analysis';
import { lineBreaksOf, withLineBreaks } from '../fixes/fixes';
import { maxFindingsPerRule } from './rule';
import { rules } from './index';
import { parseTemplate } from '../template/template';
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
  return analysis.template.frontMatter.rules[ruleId] ?? analysis.settings.rules[ruleId] ?? defaultSeverity;
}

export function lintText(text: string, settings: Settings, options: LintOptions = {}): LintResult {
  const analysis = analyzeTemplate(parseTemplate(text), settings);
  const diagnostics: Diagnostic[] = [];
  const lineBreakAt = lineBreaksOf(text);
  const limit = maxFindingsPerRule;
  const allFixes = options.allFixes === true;
  let complete = true;
  for (const rule of rules) {
    const severity = severityOf(rule.id, rule.defaultSeverity, analysis);
    if (severity === 'off') continue;
    const findings = rule.check(analysis, { findingsLimit: limit, allFixes });
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
  diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
  return { analysis, diagnostics, complete };
}

// Runs every registered rule on a template and applies the severities from the settings and from
// the template's front matter; the line breaks fixes write are the file's own.
import { analyzeTemplate, type Analysis } from './analysis';
import { lineBreaksOf, withLineBreaks } from './fixes';
import { maxFindingsPerRule } from './rule';
import { rules } from './rules';
import { parseTemplate } from './template';
import type { Diagnostic, Settings, Severity } from './types';

export interface LintResult {
  analysis: Analysis;
  diagnostics: Diagnostic[];
}

export function severityOf(ruleId: string, defaultSeverity: Severity, analysis: Analysis): Severity {
  return analysis.template.frontMatter.rules[ruleId] ?? analysis.settings.rules[ruleId] ?? defaultSeverity;
}

export function lintText(text: string, settings: Settings): LintResult {
  const analysis = analyzeTemplate(parseTemplate(text), settings);
  const diagnostics: Diagnostic[] = [];
  const lineBreakAt = lineBreaksOf(text);
  for (const rule of rules) {
    const severity = severityOf(rule.id, rule.defaultSeverity, analysis);
    if (severity === 'off') continue;
    const findings = rule.check(analysis);
    const listed = findings.length > maxFindingsPerRule ? findings.slice(0, maxFindingsPerRule) : findings;
    for (const finding of listed) {
      const diagnostic: Diagnostic = { ...finding, rule: rule.id, severity };
      if (finding.fix) diagnostic.fix = withLineBreaks(finding.fix, lineBreakAt);
      diagnostics.push(diagnostic);
    }
    if (findings.length > maxFindingsPerRule) {
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
  return { analysis, diagnostics };
}

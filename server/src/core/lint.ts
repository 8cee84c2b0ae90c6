// Runs every registered rule on a template and applies the severities from the settings and from
// the template's front matter.
import { analyzeTemplate, type Analysis } from './analysis';
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
  for (const rule of rules) {
    const severity = severityOf(rule.id, rule.defaultSeverity, analysis);
    if (severity === 'off') continue;
    for (const finding of rule.check(analysis)) {
      diagnostics.push({ ...finding, rule: rule.id, severity });
    }
  }
  diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
  return { analysis, diagnostics };
}

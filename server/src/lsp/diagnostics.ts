// Engine diagnostics as LSP diagnostics: ranges, severities, documentation links and the fix each
// carries for the code actions.
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic as LspDiagnostic,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleById, ruleDocsUrl } from '../core';
import type { Diagnostic, Fix } from '../core/types';

const severities: Record<Diagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function rangeOf(document: TextDocument, start: number, end: number): LspRange {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

export function lspEditsOf(document: TextDocument, fix: Fix): LspTextEdit[] {
  return fix.edits.map((edit) => ({ range: rangeOf(document, edit.start, edit.end), newText: edit.newText }));
}

export function toLspDiagnostic(document: TextDocument, diagnostic: Diagnostic): LspDiagnostic {
  const converted: LspDiagnostic = {
    range: rangeOf(document, diagnostic.start, diagnostic.end),
    severity: severities[diagnostic.severity],
    code: diagnostic.rule,
    codeDescription: { href: ruleDocsUrl(diagnostic.rule) },
    source: 'sms',
    message: diagnostic.message,
  };
  if (ruleById(diagnostic.rule)?.marksUnnecessary) converted.tags = [DiagnosticTag.Unnecessary];
  if (diagnostic.fix) converted.data = { fix: { title: diagnostic.fix.title, safe: diagnostic.fix.safe, edits: lspEditsOf(document, diagnostic.fix) } };
  return converted;
}

// Engine diagnostics as LSP diagnostics, and the `.sms` files of the workspace folders for
// workspace diagnostics (so templates that are not open show in the Problems panel too).
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic as LspDiagnostic,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocsUrl } from './core/rules';
import type { Diagnostic, Fix } from './core/types';

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
  if (diagnostic.rule === 'unused-variable') converted.tags = [DiagnosticTag.Unnecessary];
  if (diagnostic.fix) converted.data = { fix: { title: diagnostic.fix.title, edits: lspEditsOf(document, diagnostic.fix) } };
  return converted;
}

/** Folders never searched for templates. */
const skippedFolders = new Set(['node_modules', '.git']);
/** A bound on how many templates the workspace scan reports, so a huge tree cannot stall the server. */
const maxWorkspaceFiles = 20000;

/** Every `*.sms` file under the folders, skipping node_modules; never throws. */
export async function findTemplateFiles(folders: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const pending = [...folders];
  while (pending.length > 0 && found.length < maxWorkspaceFiles) {
    const folder = pending.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name)) pending.push(full);
      } else if (entry.isFile() && entry.name.endsWith('.sms')) {
        found.push(full);
      }
    }
  }
  return found.sort();
}

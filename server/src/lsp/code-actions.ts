// Code actions that carry their own edits, computed from the current text: one quick fix per
// fixable diagnostic (safe or unsafe, the title says which; only safe ones are preferred), "fix
// all" per rule and for the file, `source.fixAll.sms` for editor.codeActionsOnSave and
// `source.convertToGsm.sms` behind the "Convert to GSM-7" command (safe fixes only), and the unsafe
// "Transliterate the whole message to GSM-7".
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic as LspDiagnostic,
  type Range as LspRange,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { appliesUnasked, combineFixes, fixAllEdit, type LintResult, ruleById, type RuleId, transliterationEdit } from '../core';
import type { Diagnostic, Fix, Settings } from '../core/types';
import { lspEditsOf } from './diagnostics';

export const fixAllKind = 'source.fixAll.sms';
export const convertToGsmKind = 'source.convertToGsm.sms';

export interface CodeActionRequest {
  document: TextDocument;
  lint: LintResult;
  /** Fix-all results already computed for this text, by rule and title; filled as needed. */
  fixAll: Map<string, Fix | undefined>;
  /** The document's settings, for the fix-all passes (each lints the fixed text again). */
  settings: Settings;
  range: LspRange;
  context: CodeActionContext;
  /** Whether the client takes versioned `documentChanges` in a workspace edit. */
  documentChanges: boolean;
}

export function codeActionsFor(request: CodeActionRequest): CodeAction[] {
  const { document, lint, range, context, settings } = request;
  const text = document.getText();
  const only = context.only;
  const wants = (kind: string, explicitOnly = false) =>
    only === undefined || only.length === 0 ? !explicitOnly : only.some((wanted) => kind === wanted || kind.startsWith(wanted + '.'));
  const askedFor = (kind: string) => only?.includes(kind) === true;
  const fixable = lint.diagnostics.filter((d): d is Diagnostic & { fix: Fix } => d.fix !== undefined);
  // What "fix all" and the on-save actions apply: safe fixes only (the fix-all filter).
  const applicable = fixable.filter((d) => appliesUnasked(d.fix, {}));
  const actions: CodeAction[] = [];
  const edit = (fix: Fix) => workspaceEditOf(request, fix);
  // The fix-all that settles the file lints it again after each pass: worth it when asked for by
  // kind (on save, the Convert command), not for every light bulb a cursor move asks about. The light
  // bulb's "fix all" combines the fixes already found, which is the same unless fixes chain.
  const settledFixAll = (rule?: RuleId, what?: string): Fix | undefined => {
    const key = `${rule ?? ''}\n${what ?? ''}`;
    if (!request.fixAll.has(key)) request.fixAll.set(key, fixAllEdit(text, settings, { rule, what, initial: lint }));
    return request.fixAll.get(key);
  };
  const combinedFixAll = (of: readonly (Diagnostic & { fix: Fix })[], what: string): Fix | undefined =>
    combineFixes(lint.analysis, of.map((d) => d.fix), what);

  if (wants(CodeActionKind.QuickFix)) {
    const rangeStart = document.offsetAt(range.start);
    const rangeEnd = document.offsetAt(range.end);
    const touched = fixable.filter((d) => d.start <= rangeEnd && d.end >= rangeStart);
    for (const diagnostic of touched) {
      const action: CodeAction = { title: diagnostic.fix.title, kind: CodeActionKind.QuickFix, edit: edit(diagnostic.fix) };
      const reported = matchingDiagnostic(document, context.diagnostics, diagnostic);
      if (reported) action.diagnostics = [reported];
      action.isPreferred = diagnostic.fix.safe && isPreferredFix(diagnostic);
      actions.push(action);
    }
    const touchedRules = new Set(touched.map((d) => d.rule));
    for (const rule of touchedRules) {
      const ofRule = applicable.filter((d) => d.rule === rule);
      if (ofRule.length < 2) continue;
      const combined = combinedFixAll(ofRule, `Fix all ${rule} problems in file`);
      if (combined) actions.push({ title: combined.title, kind: CodeActionKind.QuickFix, edit: edit(combined) });
    }
    if (touched.length > 0 && applicable.some((d) => !touchedRules.has(d.rule))) {
      const combined = combinedFixAll(applicable, 'Fix all auto-fixable problems');
      if (combined) actions.push({ title: combined.title, kind: CodeActionKind.QuickFix, edit: edit(combined) });
    }
    if (touched.some(convertsToGsm)) {
      const key = 'transliterate';
      if (!request.fixAll.has(key)) request.fixAll.set(key, transliterationEdit(text, settings, lint));
      const transliteration = request.fixAll.get(key);
      if (transliteration) actions.push({ title: transliteration.title, kind: CodeActionKind.QuickFix, edit: edit(transliteration), isPreferred: false });
    }
  }
  if (wants(fixAllKind) && applicable.length > 0) {
    const combined = askedFor(fixAllKind) ? settledFixAll() : combinedFixAll(applicable, 'Fix all auto-fixable problems');
    if (combined) actions.push({ title: combined.title, kind: fixAllKind, edit: edit(combined) });
  }
  if (wants(convertToGsmKind, true)) {
    const swaps = applicable.filter(convertsToGsm);
    const combined = swaps.length > 0 ? settledFixAll(swaps[0].rule, 'Convert to GSM-7') : undefined;
    if (combined) actions.push({ title: combined.title, kind: convertToGsmKind, edit: edit(combined) });
  }
  return actions;
}

/** Whether the diagnostic's rule makes the message GSM-7 (the Convert and Transliterate actions). */
function convertsToGsm(diagnostic: Diagnostic): boolean {
  return ruleById(diagnostic.rule)?.convertsToGsm === true;
}

/** The obvious fix, applied by "auto fix" shortcuts: what its rule declares preferred. */
function isPreferredFix(diagnostic: Diagnostic & { fix: Fix }): boolean {
  const edits = diagnostic.fix.edits;
  switch (ruleById(diagnostic.rule)?.preferredFixes) {
    case 'one-character-swap':
      return edits.length === 1 && edits[0].end - edits[0].start <= 2;
    default:
      return false;
  }
}

function matchingDiagnostic(document: TextDocument, reported: readonly LspDiagnostic[], diagnostic: Diagnostic): LspDiagnostic | undefined {
  return reported.find(
    (candidate) =>
      candidate.code === diagnostic.rule &&
      document.offsetAt(candidate.range.start) === diagnostic.start &&
      document.offsetAt(candidate.range.end) === diagnostic.end,
  );
}

function workspaceEditOf(request: CodeActionRequest, fix: Fix): WorkspaceEdit {
  const { document } = request;
  const edits = lspEditsOf(document, fix);
  if (request.documentChanges) return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
  return { changes: { [document.uri]: edits } };
}

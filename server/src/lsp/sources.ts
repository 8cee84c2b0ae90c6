// Locale files in the language server: a document that a `.smslintrc.json` source matches (whatever
// its language id) is linted message by message; diagnostics, hover, code actions, inlay hints and
// the status bar answer at file positions, for the message under the cursor.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type InlayHint, type Range as LspRange } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixSourceText, lintSourceText, messageAt, type SourceLintResult } from '../core/template/sources/lint-source';
import { changedSpan } from '../core/fixes/fix-all';
import { segmentBoundaries, segmentView } from '../core/editor/segment-view';
import { unitsLabel } from '../core/wording';
import type { Settings } from '../core/types';
import { lintOptionsOf, readContextFor, sourceFor, sourceFilesIn, type MatchedSource } from '../files/source-files';
import { lspEditsOf, toLspDiagnostic } from './diagnostics';
import { filePathOf } from './file-uris';
import { LineIndex as LineStarts } from '../cli/positions';
import { fixAllKind } from './code-actions';
import { segmentsReplyOf } from './segments-reply';
import type { SegmentsReply } from '../protocol/segments';
import type { TranslationRow, TranslationsReply } from '../protocol/translations';

export interface SourceLint {
  /** The document's result id; undefined for a file read from disk (not cached). */
  key: string | undefined;
  source: MatchedSource;
  result: SourceLintResult;
  settings: Settings;
  diagnostics?: LspDiagnostic[];
}

/** The source a document's file belongs to; undefined for a file no source names (or not a `file:` URI). */
export function sourceOfUri(uri: string): MatchedSource | undefined {
  const filePath = filePathOf(uri);
  if (filePath === undefined || path.basename(filePath) === '.smslintrc.json') return undefined;
  try {
    return sourceFor(filePath);
  } catch {
    return undefined;
  }
}

/** The lint of a locale file; `key` names it (the server caches it per key, lsp/lint-cache.ts). */
export function lintSource(document: TextDocument, key: string | undefined, source: MatchedSource, settings: Settings, openText?: (file: string) => string | undefined): SourceLint {
  const filePath = filePathOf(document.uri)!;
  const result = lintSourceText(document.getText(), lintOptionsOf(source.source), settings, readContextFor(filePath, source.source, openText));
  return { key, source, result, settings };
}

export function sourceDiagnostics(document: TextDocument, lint: SourceLint): LspDiagnostic[] {
  lint.diagnostics ??= lint.result.diagnostics.map((diagnostic) => toLspDiagnostic(document, diagnostic));
  return lint.diagnostics;
}

/** Every file the workspace folders' sources name, for workspace diagnostics. */
export function findSourceFiles(folders: readonly string[]): string[] {
  const files = new Set<string>();
  for (const folder of folders) {
    try {
      for (const file of sourceFilesIn(folder)) files.add(file);
    } catch {
      // an unreadable folder has no sources to report
    }
  }
  return [...files].sort();
}

/** Hover anywhere in a message: its key and locale, what it costs, and each variant's cost. */
export function sourceHover(lint: SourceLint, offset: number): { markdown: string; start: number; end: number } | undefined {
  const each = messageAt(lint.result, offset);
  if (!each) return undefined;
  const { message } = each;
  const view = segmentView(each.worst.analysis);
  const lines = [
    `**SMS** \`${message.key}\` · ${message.locale ?? 'default locale'}`,
    '',
    `${view.label}: ${view.summary}`,
  ];
  if (each.variants.length > 1) {
    lines.push('', '| variant | example | worst case |', '|---|---|---|');
    for (const variant of each.variants) {
      const { count, worstCount } = variant.analysis;
      lines.push(`| ${variant.path.join(', ')}${variant === each.worst ? ' (worst)' : ''} | ${count.encoding} · ${count.segments} SMS | ${worstCount.encoding} · ${worstCount.segments} SMS |`);
    }
  }
  return { markdown: lines.join('\n'), start: message.valueStart, end: message.valueEnd };
}

/** Quick fixes for the fixable findings in `range`, and the file's fix-all (`source.fixAll.sms`). */
export function sourceCodeActions(document: TextDocument, lint: SourceLint, range: LspRange, only: readonly string[] | undefined, documentChanges: boolean): CodeAction[] {
  const wants = (kind: string) => only === undefined || only.length === 0 || only.some((wanted) => kind === wanted || kind.startsWith(wanted + '.'));
  const edit = (fix: { title: string; safe: boolean; edits: { start: number; end: number; newText: string }[] }) => {
    const edits = lspEditsOf(document, fix);
    return documentChanges ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] } : { changes: { [document.uri]: edits } };
  };
  const actions: CodeAction[] = [];
  const fixable = lint.result.diagnostics.filter((d) => d.fix !== undefined);
  if (wants(CodeActionKind.QuickFix)) {
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    for (const diagnostic of fixable) {
      if (diagnostic.start > end || diagnostic.end < start) continue;
      actions.push({ title: diagnostic.fix!.title, kind: CodeActionKind.QuickFix, isPreferred: diagnostic.fix!.safe ? undefined : false, edit: edit(diagnostic.fix!), diagnostics: [toLspDiagnostic(document, diagnostic)] });
    }
  }
  if (wants(fixAllKind) && fixable.length > 0) {
    const filePath = filePathOf(document.uri)!;
    const text = document.getText();
    const fixed = fixSourceText(text, lintOptionsOf(lint.source.source), lint.settings, readContextFor(filePath, lint.source.source));
    if (fixed.text !== text) actions.push({ title: `Fix all auto-fixable problems (${fixed.fixed})`, kind: fixAllKind, edit: edit({ title: '', safe: true, edits: [changedSpan(text, fixed.text)] }) });
  }
  return actions;
}

/** Where each new segment starts, in every message's worst variant, within `[from, to]`. */
export function sourceInlayHints(document: TextDocument, lint: SourceLint, from: number, to: number): InlayHint[] {
  if (!lint.settings.inlayHints.segmentBoundaries) return [];
  const hints: InlayHint[] = [];
  for (const each of lint.result.messages) {
    if (each.message.valueEnd < from || each.message.valueStart > to) continue;
    for (const boundary of segmentBoundaries(each.worst.analysis).filter((boundary) => boundary.path !== 'worst')) {
      const offset = each.worst.fileOffsetOf(boundary.offset);
      if (offset < from || offset > to) continue;
      hints.push({
        position: document.positionAt(offset),
        label: `│${boundary.segment}`,
        tooltip: `${each.message.key} (${each.message.locale ?? 'default'}): segment ${boundary.segment} starts here, ${unitsLabel(boundary.encoding, boundary.unitsPerSegment)} per segment`,
      });
    }
  }
  return hints;
}

/** The status bar's answer for the message under the cursor (or the file's first message): its worst variant. */
export function sourceSegments(document: TextDocument, lint: SourceLint, offset: number | undefined): SegmentsReply | null {
  const each = (offset === undefined ? undefined : messageAt(lint.result, offset)) ?? lint.result.messages[0];
  if (!each) return null;
  return segmentsReplyOf(document, each.worst.analysis, { pieces: false, message: { key: each.message.key, locale: each.message.locale } });
}

/** The text of an open document for a sibling file (Fluent terms), else undefined (read from disk). */
export function openTextReader(documents: { get(uri: string): TextDocument | undefined }, toUri: (file: string) => string) {
  return (file: string): string | undefined => documents.get(toUri(file))?.getText();
}

export function readUnopened(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * *SMS: Compare Translations*: the key under the cursor in every file of its source (every locale),
 * the worst translation first (most segments in the worst case, then most units).
 */
export function compareTranslations(
  lint: SourceLint,
  offset: number,
  textOf: (file: string) => string | undefined,
  toUri: (file: string) => string,
): TranslationsReply | null {
  const each = messageAt(lint.result, offset);
  if (!each) return null;
  const key = each.message.key;
  const configPath = lint.source.config.path;
  const rows: TranslationRow[] = [];
  for (const file of sourceFilesIn(path.dirname(configPath), configPath)) {
    const matched = sourceFor(file);
    if (matched?.config.path !== configPath || matched.source.index !== lint.source.source.index) continue;
    const text = textOf(file) ?? readUnopened(file);
    if (text === undefined) continue;
    const result = lintSourceText(text, lintOptionsOf(matched.source), lint.settings, readContextFor(file, matched.source, textOf));
    const found = result.messages.find((message) => message.message.key === key);
    if (!found) continue;
    const { count, worstCount } = found.worst.analysis;
    const lines = new LineStarts(text);
    rows.push({
      uri: toUri(file),
      locale: found.message.locale,
      encoding: count.encoding,
      units: count.units,
      segments: count.segments,
      worstCase: { encoding: worstCount.encoding, units: worstCount.units, segments: worstCount.segments },
      range: { start: lines.positionAt(found.message.valueStart), end: lines.positionAt(found.message.valueEnd) },
    });
  }
  rows.sort((a, b) => b.worstCase.segments - a.worstCase.segments || b.worstCase.units - a.worstCase.units || String(a.locale).localeCompare(String(b.locale)));
  return { key, rows };
}

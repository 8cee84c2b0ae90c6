// Locale files in the language server: a document that a `.smslintrc.json` source names (whatever
// its language id) is linted message by message; diagnostics, hover, code actions, inlay hints and
// the status bar answer at file positions, for the message under the cursor. Files are reached
// through the host (host.ts) by URI — the disk in Node, the editor's file system in the browser —
// with one code path for both: config lookup, the locale's other files (Fluent terms), the files of
// a source (workspace diagnostics, Compare Translations) where the host can list them.
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type InlayHint, type Range as LspRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { changedSpan, fixSourceText, lintOptionsOf, lintSourceText, messageAt, type ReadContext, segmentBoundaries, segmentView, type SourceConfig, type SourceLintResult, sourceMatching, translationsUnlisted, unitsLabel, LineIndex as LineStarts, costlierFirst, type SegmentCount } from '../core';
import type { Settings } from '../core/types';
import { configFileName, type LoadedConfig } from '../files/config-file';
import { skippedFoldersGlob } from '../files/template-files';
import type { LspHost } from './host';
import { lspEditsOf, toLspDiagnostic } from './diagnostics';
import { fixAllKind } from './code-actions';
import { segmentsReplyOf } from './segments-reply';
import type { SegmentsReply } from '../protocol/segments';
import type { TranslationRow, TranslationsReply } from '../protocol/translations';
import { decodedPathOf, joinUri, parentOf, relativeUnder } from './uri-paths';

/** A file's source: the entry of `sources` that names it, and the config it is in (found at `configUri`). */
export interface MatchedSource {
  source: SourceConfig;
  config: LoadedConfig;
  configUri: string;
}

export interface SourceLint {
  /** The document's result id; undefined for a file that is not open (not cached). */
  key: string | undefined;
  source: MatchedSource;
  result: SourceLintResult;
  settings: Settings;
  /** What the reader was given, for the fix-all of the same text. */
  context: ReadContext;
  diagnostics?: LspDiagnostic[];
}

/** Largest locale file read when it is not open. */
const maxLocaleFileBytes = 16 * 1024 * 1024;

/** The open documents, as far as this module needs them. */
interface OpenDocuments {
  get(uri: string): TextDocument | undefined;
}

export class LocaleSources {
  /** Folder URI → the `.ftl` files in it and their texts as last read (open documents' texts win when used). */
  private readonly siblingsByFolder = new Map<string, Promise<{ uri: string; text: string }[]>>();

  constructor(
    private readonly host: LspHost,
    private readonly documents: OpenDocuments,
    private readonly workspaceFolders: () => readonly string[],
  ) {}

  /** The source a file belongs to, from its nearest `.smslintrc.json`; undefined when none names it. */
  async sourceOf(uri: string): Promise<MatchedSource | undefined> {
    if (uri.endsWith(`/${configFileName}`)) return undefined;
    let config: LoadedConfig;
    try {
      config = await this.host.configFor(uri, this.workspaceFolders());
    } catch {
      return undefined;
    }
    return this.sourceInConfig(config, uri);
  }

  private sourceInConfig(config: LoadedConfig, uri: string): MatchedSource | undefined {
    if (config.uri === undefined || !config.sources?.length) return undefined;
    const folder = parentOf(config.uri);
    const relative = folder === undefined ? undefined : relativeUnder(folder, uri);
    const source = relative === undefined ? undefined : sourceMatching(config.sources, relative);
    return source && { source, config, configUri: config.uri };
  }

  /** The lint of a locale file; `key` names it (the server caches it per key, lsp/lint-cache.ts). */
  async lint(document: TextDocument, key: string | undefined, source: MatchedSource, settings: Settings): Promise<SourceLint> {
    const { result, context } = await this.lintText(document.uri, document.getText(), source.source, settings);
    return { key, source, result, settings, context };
  }

  /**
   * Lints one locale file's text. The reader asks for the locale's other files only when it needs
   * them (a Fluent term this file does not define): then they are read through the host and the
   * text is read again with them.
   */
  private async lintText(uri: string, text: string, source: SourceConfig, settings: Settings): Promise<{ result: SourceLintResult; context: ReadContext }> {
    const filePath = decodedPathOf(uri);
    const options = lintOptionsOf(source);
    const folder = parentOf(uri);
    const loaded = folder === undefined || source.format !== 'fluent' ? [] : this.siblingsByFolder.has(folder) ? await this.siblingsByFolder.get(folder)! : undefined;
    if (loaded !== undefined) {
      const context = { filePath, siblingFiles: () => this.withOpenTexts(loaded, uri) };
      return { result: lintSourceText(text, options, settings, context), context };
    }
    let wanted = false;
    const first = lintSourceText(text, options, settings, {
      filePath,
      siblingFiles: () => {
        wanted = true;
        return [];
      },
    });
    if (!wanted) return { result: first, context: { filePath } };
    const siblings = await this.siblingsIn(folder!);
    const context = { filePath, siblingFiles: () => this.withOpenTexts(siblings, uri) };
    return { result: lintSourceText(text, options, settings, context), context };
  }

  private withOpenTexts(siblings: readonly { uri: string; text: string }[], self: string): { path: string; text: string }[] {
    return siblings.filter((sibling) => sibling.uri !== self).map((sibling) => ({ path: decodedPathOf(sibling.uri), text: this.documents.get(sibling.uri)?.getText() ?? sibling.text }));
  }

  /** The `.ftl` files of a folder with their texts, read once until `forget`. */
  private siblingsIn(folder: string): Promise<{ uri: string; text: string }[]> {
    let siblings = this.siblingsByFolder.get(folder);
    if (siblings === undefined) {
      siblings = (async () => {
        const uris = ((await this.host.listFolder(folder).catch(() => undefined)) ?? []).filter((uri) => /\.ftl$/i.test(uri));
        // As saved: an open file's unsaved text is laid over it when used (withOpenTexts), so text
        // typed and then closed unsaved is not kept here.
        const read: { uri: string; text: string }[] = [];
        for (const uri of uris) {
          const text = (await this.host.readFile(uri, { maxBytes: maxLocaleFileBytes }).catch(() => undefined))?.text;
          if (text !== undefined) read.push({ uri, text });
        }
        return read;
      })();
      this.siblingsByFolder.set(folder, siblings);
    }
    return siblings;
  }

  /** Forgets the locale files read for Fluent terms: those of the changed file's folder, or all. */
  forgetFiles(changed?: string): void {
    const folder = changed === undefined ? undefined : parentOf(changed);
    if (folder === undefined) this.siblingsByFolder.clear();
    else this.siblingsByFolder.delete(folder);
  }

  /**
   * Every locale file that the sources of the workspace folders' `.smslintrc.json` files name, as
   * URIs, for workspace diagnostics; none below a folder the host cannot list.
   */
  async workspaceFiles(folders: readonly string[]): Promise<string[]> {
    const files = new Set<string>();
    for (const folder of folders) {
      const configs = new Map<string, LoadedConfig>();
      const applying = await this.host.configFor(joinUri(folder, configFileName), folders).catch(() => undefined);
      if (applying?.uri !== undefined) configs.set(applying.uri, applying);
      const below = await this.host.findFiles(folder, `**/${configFileName}`, skippedFoldersGlob);
      if (below === undefined) continue;
      for (const uri of below) {
        const config = await this.host.configFor(uri, folders).catch(() => undefined);
        if (config?.uri !== undefined) configs.set(config.uri, config);
      }
      for (const [configUri, config] of configs) {
        for (const uri of (await this.filesOfSources(configUri, config.sources ?? [])) ?? []) {
          if (relativeUnder(folder, uri) === undefined) continue;
          // A file belongs to the nearest config's sources only.
          if ((await this.sourceOf(uri))?.configUri === configUri) files.add(uri);
        }
      }
    }
    return [...files].sort();
  }

  /** The files the `files` globs of `sources` list below the config's folder; undefined when it cannot be listed. */
  private async filesOfSources(configUri: string, sources: readonly SourceConfig[]): Promise<string[] | undefined> {
    const folder = parentOf(configUri);
    if (folder === undefined) return [];
    const found = new Set<string>();
    for (const glob of new Set(sources.flatMap((source) => source.files))) {
      const uris = await this.host.findFiles(folder, glob, skippedFoldersGlob);
      if (uris === undefined) return undefined;
      for (const uri of uris) found.add(uri);
    }
    return [...found].sort();
  }

  /**
   * *SMS: Compare Translations*: the key under the cursor in every file of its source (every
   * locale), the worst translation first (the costliest worst case: `costlierFirst`). Where
   * the host cannot list the source's files, no rows and the reason.
   */
  async compareTranslations(lint: SourceLint, offset: number): Promise<TranslationsReply | null> {
    const each = messageAt(lint.result, offset);
    if (!each) return null;
    const key = each.message.key;
    const { configUri, source } = lint.source;
    const files = await this.filesOfSources(configUri, [source]);
    if (files === undefined) {
      return {
        key,
        rows: [],
        unavailable: translationsUnlisted(parentOf(configUri) ?? configUri, key),
      };
    }
    const found: { row: TranslationRow; worstCount: SegmentCount }[] = [];
    for (const uri of files) {
      const matched = await this.sourceOf(uri);
      if (matched?.configUri !== configUri || matched.source.index !== source.index) continue;
      const text = this.documents.get(uri)?.getText() ?? (await this.host.readFile(uri, { maxBytes: maxLocaleFileBytes }).catch(() => undefined))?.text;
      if (text === undefined) continue;
      const { result } = await this.lintText(uri, text, matched.source, lint.settings);
      const each = result.messages.find((message) => message.message.key === key);
      if (!each) continue;
      const { count, worstCount } = each.worst;
      const lines = new LineStarts(text);
      const row: TranslationRow = {
        uri,
        locale: each.message.locale,
        encoding: count.encoding,
        units: count.units,
        segments: count.segments,
        worstCase: { encoding: worstCount.encoding, units: worstCount.units, segments: worstCount.segments },
        range: { start: lines.positionAt(each.message.valueStart), end: lines.positionAt(each.message.valueEnd) },
      };
      found.push({ row, worstCount });
    }
    found.sort((a, b) => costlierFirst(a.worstCount, b.worstCount) || String(a.row.locale).localeCompare(String(b.row.locale)));
    return { key, rows: found.map(({ row }) => row) };
  }
}

export function sourceDiagnostics(document: TextDocument, lint: SourceLint): LspDiagnostic[] {
  lint.diagnostics ??= lint.result.diagnostics.map((diagnostic) => toLspDiagnostic(document, diagnostic));
  return lint.diagnostics;
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
      const { count, worstCount } = variant;
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
    const text = document.getText();
    const fixed = fixSourceText(text, lintOptionsOf(lint.source.source), lint.settings, lint.context);
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
    // Boundaries on the example's path start segment 2 on: a message of one segment has none (and its analysis is not made again).
    if (each.worst.count.segments < 2) continue;
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
/**
 * The message at `offset` split into segments (its worst variant), with each segment's place in the
 * file when `pieces`; null when the cursor is on no message (a comment, a key no source names): the
 * status bar then says nothing rather than speak of another message. Without an offset, the first.
 */
export function sourceSegments(document: TextDocument, lint: SourceLint, offset: number | undefined, pieces = false): SegmentsReply | null {
  const each = offset === undefined ? lint.result.messages[0] : messageAt(lint.result, offset);
  if (!each) return null;
  const { worst } = each;
  return segmentsReplyOf(document, worst.analysis, { pieces, fileOffsetOf: (offset) => worst.fileOffsetOf(offset), message: { key: each.message.key, locale: each.message.locale } });
}

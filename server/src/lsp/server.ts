// The language server: LSP wiring only. Capabilities, the settings cache, and handlers that turn
// requests into calls to the engine in core/ and its answers into LSP shapes. The same for Node and
// for the browser: its connection and file access come from the host its entry installed (lsp-host.ts).
import {
  CompletionItemKind,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  FileChangeType,
  InsertTextFormat,
  LSPErrorCodes,
  MarkupKind,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type CompletionItem,
  type Diagnostic as LspDiagnostic,
  type DiagnosticServerCancellationData,
  type InitializeParams,
  type InlayHint,
  type Position,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { frontMatterCompletions, frontMatterHover, placeholderCompletions, type AssistCompletion } from '../core/editor/front-matter-assist';
import { bodyHover } from '../core/editor/hover';
import { lintText, type LintResult } from '../core/rules/lint';
import { boundaryHint, segmentBoundaries, segmentView } from '../core/editor/segment-view';
import { codeActionsFor, convertToGsmKind, fixAllKind } from './code-actions';
import { rangeOf, toLspDiagnostic } from './diagnostics';
import { currentHost } from './host';
import { SettingsStore } from './settings';
import { filePathOf, fileUriOf } from './file-uris';
import type { Fix } from '../core/types';
import {
  compareTranslations,
  findSourceFiles,
  forgetSourceLints,
  lintSource,
  openTextReader,
  sourceCodeActions,
  sourceDiagnostics,
  sourceHover,
  sourceInlayHints,
  sourceOfUri,
  sourceSegments,
  type SourceLint,
} from './sources';
import { SegmentsRequest, type SegmentsParams, type SegmentsReply } from '../protocol/segments';

const host = currentHost();
const { connection, arrivedVersions } = host;
const documents = new TextDocuments(TextDocument);

/** What the client said it can do, decided once at initialize. */
const client = {
  pullsConfiguration: false,
  pullsDiagnostics: false,
  refreshesDiagnostics: false,
  refreshesInlayHints: false,
  takesDocumentChanges: false,
  suggestCommand: undefined as string | undefined,
  takesMarkdown: true,
  reportsFolderChanges: false,
  takesSnippets: false,
};
/** Settings pushed with workspace/didChangeConfiguration, for clients that cannot be asked. */
let pushedSettings: unknown;
/** The workspace folders' URIs. */
let workspaceFolders: string[] = [];
/** The workspace's templates; undefined inside when the file system cannot be listed. */
let templateFiles: Promise<string[] | undefined> | undefined;

const settingsStore = new SettingsStore({
  editorSettings: (uri) =>
    client.pullsConfiguration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'sms' }) : Promise.resolve(pushedSettings),
  warn: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }),
  configFor: (uri) => host.configFor(uri, workspaceFolders),
  forgetConfigs: () => host.forgetConfigs(),
});

// ---- lint results, cached per document version and settings generation ----

interface CachedLint {
  key: string;
  lint: LintResult;
  diagnostics?: LspDiagnostic[];
  /** Fix-all results: each lints the fixed text again, so they are reused while the text stands. */
  fixAll?: Map<string, Fix | undefined>;
}
/**
 * The templates in use, least recently used out first (a Map iterates in insertion order, and every
 * use re-inserts). Kept small: hover, code actions, inlay hints and the status bar ask about the few
 * templates being edited, and with thousands open a larger cache only fills the heap with results
 * that nobody asks for again (relinting a 1 KB template takes well under a millisecond).
 */
const lintCache = new Map<string, CachedLint>();
const maxCachedLints = 8;
/** A number per opening of a document, so a closed and reopened document never reuses a result id. */
const openings = new Map<string, number>();
let openingCount = 0;

documents.onDidOpen(({ document }) => void openings.set(document.uri, ++openingCount));
documents.onDidClose(({ document }) => {
  lintCache.delete(document.uri);
  openings.delete(document.uri);
  if (!client.pullsDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

/** Names one lint result: the settings generation, the opening of the document and its version. */
function resultIdOf(document: TextDocument, generation = settingsStore.generation): string {
  return `${generation}.${openings.get(document.uri) ?? 0}.${document.version}`;
}

/**
 * The document's lint result, from the cache when its text and settings have not changed since.
 * `beforeLinting` runs only when there is work to do; it throws when that work is no longer wanted.
 */
async function lintOf(document: TextDocument, beforeLinting?: () => void): Promise<CachedLint> {
  const generation = settingsStore.generation;
  const settings = await settingsStore.settingsFor(document.uri);
  // Read after the wait for settings: an edit may have been applied meanwhile.
  const key = resultIdOf(document, generation);
  const cached = lintCache.get(document.uri);
  if (cached?.key === key) {
    lintCache.delete(document.uri);
    lintCache.set(document.uri, cached);
    return cached;
  }
  beforeLinting?.();
  const fresh: CachedLint = { key, lint: lintText(document.getText(), settings) };
  if (documents.get(document.uri) === document) {
    lintCache.delete(document.uri);
    lintCache.set(document.uri, fresh);
    // Keep the results of the templates in use, not of every open one: memory stays flat with thousands open.
    if (lintCache.size > maxCachedLints) lintCache.delete(lintCache.keys().next().value!);
  }
  return fresh;
}

/** A locale file's lint when a `.smslintrc.json` source names the document's file (whatever its language id). */
/** The locale files that the workspace's `.smslintrc.json` sources name, as URIs (folders on disk only). */
function workspaceSourceFiles(): string[] {
  const folders = workspaceFolders.map(filePathOf).filter((folder): folder is string => folder !== undefined);
  return findSourceFiles(folders).map(fileUriOf);
}

async function sourceLintOf(document: TextDocument): Promise<SourceLint | undefined> {
  const source = sourceOfUri(document.uri);
  if (!source) return undefined;
  const settings = await settingsStore.settingsFor(document.uri);
  // Only open documents are cached: a file read from disk has no version to tell its texts apart.
  const key = documents.get(document.uri) === document ? resultIdOf(document) : undefined;
  return lintSource(document, key, source, settings, openTextReader(documents, (file) => fileUriOf(file)));
}

/** A document the server lints as a `.sms` template: the client's other documents are locale files or nothing. */
function isTemplateDocument(document: TextDocument): boolean {
  return document.languageId === 'sms' || document.uri.endsWith('.sms');
}

function diagnosticsOf(document: TextDocument, cached: CachedLint): LspDiagnostic[] {
  cached.diagnostics ??= cached.lint.diagnostics.map((diagnostic) => toLspDiagnostic(document, diagnostic));
  return cached.diagnostics;
}

/** Largest file read from disk for a document that is not open. */
const maxUnopenedFileSize = 16 * 1024 * 1024;

/** The open document, or else the file as the host reads it; undefined when neither exists. */
async function documentFor(uri: unknown): Promise<TextDocument | undefined> {
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'expected a document URI');
  const open = documents.get(uri);
  if (open) return open;
  const file = await host.readFile(uri, { maxBytes: maxUnopenedFileSize });
  return file?.text === undefined ? undefined : TextDocument.create(uri, 'sms', 0, file.text);
}

function openDocument(params: { textDocument?: { uri?: unknown } } | undefined): TextDocument | undefined {
  const uri = params?.textDocument?.uri;
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'expected textDocument.uri');
  return documents.get(uri);
}

function offsetOf(document: TextDocument, position: Position | undefined): number {
  if (!position || !Number.isInteger(position.line) || !Number.isInteger(position.character)) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'expected a position { line, character }');
  }
  return document.offsetAt(position);
}

/**
 * Answers a request with `fallback` instead of an error when the engine fails: the server keeps
 * serving. A request the client cancelled before its turn came is answered at once, unworked.
 */
function guarded<P, R>(name: string, fallback: R, handler: (params: P, token: CancellationToken) => Promise<R> | R) {
  return async (params: P, token: CancellationToken): Promise<R> => {
    try {
      if (token?.isCancellationRequested) throw cancelledError();
      return await handler(params, token);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      connection.console.error(`${name} failed: ${(error as Error)?.stack ?? String(error)}`);
      return fallback;
    }
  };
}

function cancelledError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled by the client');
}

/**
 * Throws instead of linting text that has already changed again (the client pulls again after each
 * edit) or for a pull the client cancelled. ServerCancelled with `retriggerRequest: true` is what
 * vscode-languageclient 9 takes quietly: it keeps the diagnostics it shows and pulls again.
 * (`retriggerRequest: false` makes it log an error and stop pulling that document; ContentModified
 * makes it clear the document's diagnostics.)
 */
function throwIfPullUnwanted(document: TextDocument, token: CancellationToken): void {
  if (token?.isCancellationRequested) throw cancelledError();
  if (arrivedVersions.shouldDecline(document.uri, document.version)) {
    throw new ResponseError<DiagnosticServerCancellationData>(LSPErrorCodes.ServerCancelled, 'the document has changed again', { retriggerRequest: true });
  }
}

// ---- initialize ----

connection.onInitialize((params: InitializeParams) => {
  const capabilities: ClientCapabilities = params.capabilities ?? {};
  client.pullsConfiguration = capabilities.workspace?.configuration === true;
  client.pullsDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
  client.refreshesDiagnostics = capabilities.workspace?.diagnostics?.refreshSupport === true;
  client.refreshesInlayHints = capabilities.workspace?.inlayHint?.refreshSupport === true;
  client.takesDocumentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true;
  client.reportsFolderChanges = capabilities.workspace?.workspaceFolders === true;
  client.takesSnippets = capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
  const hoverFormats = capabilities.textDocument?.hover?.contentFormat;
  client.takesMarkdown = hoverFormats === undefined || hoverFormats.includes(MarkupKind.Markdown);
  const options = params.initializationOptions as { settings?: unknown; suggestCommand?: unknown } | undefined;
  pushedSettings = options?.settings;
  // The editor's own "open the suggestions" command, when its client names one (VS Code's does):
  // run after a key is completed so that its values are offered at once. LSP has no standard one.
  client.suggestCommand = typeof options?.suggestCommand === 'string' ? options.suggestCommand : undefined;
  workspaceFolders = (params.workspaceFolders ?? []).map((folder) => folder.uri).filter((folder) => typeof folder === 'string');
  if (workspaceFolders.length === 0 && typeof params.rootUri === 'string') workspaceFolders = [params.rootUri];
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      diagnosticProvider: { identifier: 'sms', interFileDependencies: false, workspaceDiagnostics: true },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [':', ' ', '-', '{', '[', ','] },
      codeActionProvider: { codeActionKinds: ['quickfix', fixAllKind, convertToGsmKind] },
      inlayHintProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'sms-language-server' },
  };
});

connection.onInitialized(() => {
  if (client.reportsFolderChanges) {
    connection.workspace.onDidChangeWorkspaceFolders((change) => {
      const removed = new Set(change.removed.map((folder) => folder.uri));
      workspaceFolders = workspaceFolders.filter((folder) => !removed.has(folder));
      for (const folder of change.added) workspaceFolders.push(folder.uri);
      templateFiles = undefined;
    });
  }
});

// ---- settings ----

connection.onDidChangeConfiguration((change) => {
  if (!client.pullsConfiguration) pushedSettings = (change?.settings as { sms?: unknown } | undefined)?.sms;
  settingsChanged();
});

connection.onDidChangeWatchedFiles((change) => {
  let configChanged = false;
  let localeFileChanged = false;
  for (const event of change?.changes ?? []) {
    if (event.uri.endsWith('/.smslintrc.json')) configChanged = true;
    else if (event.uri.endsWith('.sms') && event.type !== FileChangeType.Changed) templateFiles = undefined;
    else if (sourceOfUri(event.uri)) localeFileChanged = true;
  }
  if (configChanged) settingsChanged();
  else if (localeFileChanged) {
    // A locale file changed on disk: Fluent terms of its siblings may have too.
    if (fileListChanged(change)) templateFiles = undefined;
    forgetSourceLints();
    if (client.refreshesDiagnostics) connection.languages.diagnostics.refresh();
  }
});

/** Whether a file was created or deleted: the workspace's list of files changes. */
function fileListChanged(change: { changes?: { type: number }[] } | undefined): boolean {
  return (change?.changes ?? []).some((event) => event.type !== FileChangeType.Changed);
}

function settingsChanged(): void {
  settingsStore.clear();
  lintCache.clear();
  forgetSourceLints();
  templateFiles = undefined;
  if (client.refreshesDiagnostics) connection.languages.diagnostics.refresh();
  if (client.refreshesInlayHints) connection.languages.inlayHint.refresh().catch(() => undefined);
  if (!client.pullsDiagnostics) for (const document of documents.all()) schedulePublish(document.uri);
}

// ---- diagnostics: pulled by the document and for the workspace, pushed to clients that cannot pull ----

connection.languages.diagnostics.on(
  guarded('textDocument/diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async (params, token) => {
    const document = await documentFor(params?.textDocument?.uri);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const open = documents.get(document.uri) === document;
    // Unchanged since the client's last report: nothing to lint.
    if (open && params.previousResultId !== undefined && params.previousResultId === resultIdOf(document)) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: params.previousResultId };
    }
    const sourceLint = await sourceLintOf(document);
    if (sourceLint) {
      const report = { kind: DocumentDiagnosticReportKind.Full, items: sourceDiagnostics(document, sourceLint) } as const;
      return open ? { ...report, resultId: sourceLint.key } : report;
    }
    if (!isTemplateDocument(document)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const cached = await lintOf(document, open ? () => throwIfPullUnwanted(document, token) : undefined);
    if (open && params.previousResultId === cached.key) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: cached.key };
    const report = { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsOf(document, cached) } as const;
    return open ? { ...report, resultId: cached.key } : report;
  }),
);

/** Files the last workspace report covered (key → URI), to clear the diagnostics of those that disappear. */
let reportedFiles = new Map<string, string>();

connection.languages.diagnostics.onWorkspace(
  guarded('workspace/diagnostic', { items: [] }, async (params, token) => {
    const previous = new Map<string, string>();
    for (const { uri, value } of params?.previousResultIds ?? []) previous.set(host.fileKeyOf(uri), value);
    const openByPath = new Map<string, TextDocument>();
    for (const document of documents.all()) openByPath.set(host.fileKeyOf(document.uri), document);
    // Where the file system cannot be listed, only the open templates are linted (by their own pulls).
    // Locale files that a .smslintrc.json source names are found on disk (file: folders only).
    const uris = (await (templateFiles ??= host.findTemplates(workspaceFolders).then((found) => found && [...found, ...workspaceSourceFiles()]))) ?? [];
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    const reported = new Map<string, string>();
    for (const uri of uris) {
      if (token.isCancellationRequested) break;
      const file = host.fileKeyOf(uri);
      reported.set(file, uri);
      const open = openByPath.get(file);
      if (open) {
        const resultId = resultIdOf(open);
        if (previous.get(file) === resultId) {
          items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri: open.uri, version: open.version, resultId });
          continue;
        }
        const sourceLint = await sourceLintOf(open);
        if (sourceLint || !isTemplateDocument(open)) {
          const items2 = sourceLint ? sourceDiagnostics(open, sourceLint) : [];
          items.push({ kind: DocumentDiagnosticReportKind.Full, uri: open.uri, version: open.version, resultId, items: items2 });
          continue;
        }
        const cached = await lintOf(open);
        const base = { uri: open.uri, version: open.version, resultId: cached.key };
        items.push(
          previous.get(file) === cached.key
            ? { ...base, kind: DocumentDiagnosticReportKind.Unchanged }
            : { ...base, kind: DocumentDiagnosticReportKind.Full, items: diagnosticsOf(open, cached) },
        );
        continue;
      }
      const generation = settingsStore.generation;
      const stampPrefix = `file.${generation}.`;
      const previousId = previous.get(file);
      const read = await host.readFile(uri, {
        maxBytes: maxUnopenedFileSize,
        ifChangedFrom: previousId?.startsWith(stampPrefix) ? previousId.slice(stampPrefix.length) : undefined,
      });
      if (!read) continue;
      const resultId = stampPrefix + read.stamp;
      if (previousId === resultId) {
        items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId });
        continue;
      }
      if (read.text === undefined) continue;
      const text = read.text;
      const settings = await settingsStore.settingsFor(uri);
      const document = TextDocument.create(uri, 'sms', 0, text);
      const unopenedSource = file.endsWith('.sms') ? undefined : await sourceLintOf(document);
      const diagnostics = unopenedSource
        ? sourceDiagnostics(document, unopenedSource)
        : lintText(text, settings).diagnostics.map((diagnostic) => toLspDiagnostic(document, diagnostic));
      items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: diagnostics });
    }
    if (!token.isCancellationRequested) {
      for (const [file, uri] of reportedFiles) {
        if (!reported.has(file)) items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
      }
      reportedFiles = reported;
    }
    return { items };
  }),
);

const publishDelayMs = 30;
const pendingPublishes = new Map<string, ReturnType<typeof setTimeout>>();

/** For clients without pull diagnostics: publish after a burst of edits, for the latest text only. */
function schedulePublish(uri: string): void {
  clearTimeout(pendingPublishes.get(uri));
  pendingPublishes.set(
    uri,
    setTimeout(() => {
      pendingPublishes.delete(uri);
      void publishDiagnostics(uri);
    }, publishDelayMs),
  );
}

async function publishDiagnostics(uri: string): Promise<void> {
  const document = documents.get(uri);
  if (!document) return;
  try {
    const sourceLint = await sourceLintOf(document);
    if (sourceLint || !isTemplateDocument(document)) {
      if (documents.get(uri) !== document) return;
      await connection.sendDiagnostics({ uri, version: document.version, diagnostics: sourceLint ? sourceDiagnostics(document, sourceLint) : [] });
      return;
    }
    const cached = await lintOf(document);
    // Changed meanwhile (a document is updated in place): that change schedules its own publish.
    if (documents.get(uri) !== document || cached.key !== resultIdOf(document)) return;
    await connection.sendDiagnostics({ uri, version: document.version, diagnostics: diagnosticsOf(document, cached) });
  } catch (error) {
    connection.console.error(`publishing diagnostics failed: ${(error as Error)?.stack ?? String(error)}`);
  }
}

documents.onDidChangeContent(({ document }) => {
  if (!client.pullsDiagnostics) schedulePublish(document.uri);
});

// ---- hover and completion ----

connection.onHover(
  guarded('textDocument/hover', null, async (params) => {
    const document = openDocument(params);
    if (!document) return null;
    const offset = offsetOf(document, params.position);
    const sourceLint = await sourceLintOf(document);
    if (sourceLint || !isTemplateDocument(document)) {
      const content = sourceLint && sourceHover(sourceLint, offset);
      if (!content) return null;
      return { contents: { kind: client.takesMarkdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: content.markdown }, range: rangeOf(document, content.start, content.end) };
    }
    const { lint } = await lintOf(document);
    const template = lint.analysis.template;
    const content = offset < template.bodyStart ? frontMatterHover(template, offset) : bodyHover(lint.analysis, offset);
    if (!content) return null;
    return {
      contents: { kind: client.takesMarkdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: content.markdown },
      range: rangeOf(document, content.start, content.end),
    };
  }),
);

const completionKinds: Record<AssistCompletion['kind'], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  rule: CompletionItemKind.Reference,
  country: CompletionItemKind.EnumMember,
  severity: CompletionItemKind.EnumMember,
  sender: CompletionItemKind.EnumMember,
  variable: CompletionItemKind.Variable,
};

connection.onCompletion(
  guarded('textDocument/completion', [] as CompletionItem[], async (params) => {
    const document = openDocument(params);
    if (!document || !isTemplateDocument(document) || sourceOfUri(document.uri)) return [];
    const offset = offsetOf(document, params.position);
    const { lint } = await lintOf(document);
    const template = lint.analysis.template;
    const completions =
      offset >= template.bodyStart ? placeholderCompletions(template, offset, lint.analysis.dialect?.model) : frontMatterCompletions(template, offset, lint.analysis.settings);
    // sortText keeps the assist's order (keys as documented, severities from off to error) over the editor's alphabetical one.
    return completions.map((completion, index): CompletionItem => {
      const item: CompletionItem = {
        label: completion.label,
        kind: completionKinds[completion.kind] ?? CompletionItemKind.Text,
        sortText: String(index).padStart(4, '0'),
      };
      if (completion.detail !== undefined) item.detail = completion.detail;
      if (completion.documentation !== undefined) item.documentation = { kind: MarkupKind.Markdown, value: completion.documentation };
      if (completion.insertText !== undefined) item.insertText = completion.insertText;
      if (completion.insertTextIsSnippet) {
        if (client.takesSnippets) item.insertTextFormat = InsertTextFormat.Snippet;
        else item.insertText = item.insertText?.replace('$0', '');
      }
      // VS Code's own command: the value list opens as soon as the key is in, as in its JSON and YAML support.
      if (completion.suggestsValues && client.suggestCommand) item.command = { title: 'Suggest values', command: client.suggestCommand };
      return item;
    });
  }),
);

// ---- code actions ----

connection.onCodeAction(
  guarded('textDocument/codeAction', [], async (params) => {
    const document = openDocument(params);
    if (!document || !params.range) return [];
    const sourceLint = await sourceLintOf(document);
    if (sourceLint || !isTemplateDocument(document)) {
      if (!sourceLint || documents.get(document.uri) !== document || sourceLint.key !== resultIdOf(document)) return [];
      return sourceCodeActions(document, sourceLint, params.range, params.context?.only, client.takesDocumentChanges);
    }
    const cached = await lintOf(document);
    // The text may have changed while waiting (a document is updated in place): offsets would be stale.
    if (documents.get(document.uri) !== document || cached.key !== resultIdOf(document)) return [];
    return codeActionsFor({
      document,
      lint: cached.lint,
      fixAll: (cached.fixAll ??= new Map()),
      settings: cached.lint.analysis.settings,
      range: params.range,
      context: params.context ?? { diagnostics: [] },
      documentChanges: client.takesDocumentChanges,
    });
  }),
);

// ---- inlay hints: where each new segment starts ----

connection.languages.inlayHint.on(
  guarded('textDocument/inlayHint', [] as InlayHint[], async (params) => {
    const document = openDocument(params);
    if (!document) return [];
    const from = params.range ? offsetOf(document, params.range.start) : 0;
    const to = params.range ? offsetOf(document, params.range.end) : document.getText().length;
    const sourceLint = await sourceLintOf(document);
    if (sourceLint || !isTemplateDocument(document)) return sourceLint ? sourceInlayHints(document, sourceLint, from, to) : [];
    const { lint } = await lintOf(document);
    if (!lint.analysis.settings.inlayHints.segmentBoundaries) return [];
    return segmentBoundaries(lint.analysis)
      .filter((boundary) => boundary.offset >= from && boundary.offset <= to)
      .map((boundary): InlayHint => ({ position: document.positionAt(boundary.offset), ...boundaryHint(boundary) }));
  }),
);

// ---- sms/segments: the message split into its segments, for the status bar and the segments view ----

connection.onRequest(
  SegmentsRequest.type,
  guarded(SegmentsRequest.method, null, async (params: SegmentsParams | undefined): Promise<SegmentsReply | null> => {
    const document = await documentFor(params?.uri);
    if (!document) return null;
    const sourceLint = await sourceLintOf(document);
    if (sourceLint || !isTemplateDocument(document)) {
      return sourceLint ? sourceSegments(document, sourceLint, params?.position ? offsetOf(document, params.position) : undefined) : null;
    }
    const { lint } = await lintOf(document);
    const view = segmentView(lint.analysis);
    const { count } = lint.analysis;
    return {
      uri: document.uri,
      version: document.version,
      label: view.label,
      summary: view.summary,
      encoding: view.encoding,
      units: view.units,
      segments: view.segments,
      characters: count.characters,
      capacity: view.capacity,
      unitsPerSegment: view.unitsPerSegment,
      remaining: count.remaining,
      worstCase: view.worstCase,
      sending: view.sending,
      ...(view.worstPath ? { worstPath: view.worstPath } : {}),
      pieces:
        params?.pieces === false
          ? []
          : view.pieces.map((piece) => ({ text: piece.text, units: piece.units, start: document.positionAt(piece.start), end: document.positionAt(piece.end) })),
    };
  }),
);

// ---- sms/compareTranslations: the key under the cursor across every locale of its source ----

connection.onRequest(
  'sms/compareTranslations',
  guarded('sms/compareTranslations', null, async (params: { uri?: unknown; position?: Position } | undefined) => {
    const document = await documentFor(params?.uri);
    if (!document) return null;
    const sourceLint = await sourceLintOf(document);
    if (!sourceLint) return null;
    const textOf = openTextReader(documents, (file) => fileUriOf(file));
    return compareTranslations(sourceLint, params?.position ? offsetOf(document, params.position) : 0, textOf, (file) => fileUriOf(file));
  }),
);

documents.listen(connection);
connection.listen();

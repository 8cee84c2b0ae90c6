// The extension client, the same in VS Code and in the browser: starts the language client that its
// entry makes (extension-node.ts: the server over IPC; extension-web.ts: in a Web Worker), shows the
// active template's segment count in the status bar, and runs the three SMS commands. Everything it
// shows comes from the server.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { SegmentsRequest, type SegmentsReply } from '../../server/src/protocol/segments';
import { segmentsViewText } from '../../server/src/core/editor/segments-text';
import { CompareTranslationsRequest } from '../../server/src/protocol/translations';
import * as wording from '../../server/src/core/editor/command-wording';

export interface SmsExtensionApi {
  /** The status bar text for the active template, e.g. `GSM-7 · 2 SMS · 187/306`; undefined when hidden. */
  statusText(): string | undefined;
  /** Resolves once the status bar shows the counts for the active editor's current text. */
  statusSettled(): Promise<string | undefined>;
  /** Fires with the new `statusText()` each time it changes. */
  onDidChangeStatus: vscode.Event<string | undefined>;
}

const segmentsScheme = 'sms-segments';
/** The segments view's language: package.json word-wraps it, so each segment reads in full. */
const segmentsLanguage = 'sms-segments';
const statusDelayMs = 120;
/**
 * Files that a `.smslintrc.json` `sources` entry may name (SPEC §8). The server decides which ones
 * are: it answers nothing for a file no source matches, so a source added later needs no restart.
 */
const localeFilePattern = '**/*.{properties,resx,yml,yaml,json,ftl}';
/**
 * The file systems whose locale files go to the server: the disk, and the workspace folders' (in
 * the browser `vscode-remote:`, `vscode-vfs:` …), not the editor's own JSON (`vscode-userdata:`).
 */
let localeSchemes = new Set(['file']);

function isLocaleFile(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document !== undefined && localeSchemes.has(document.uri.scheme) && /\.(properties|resx|ya?ml|json|ftl)$/i.test(document.uri.path);
}

let client: BaseLanguageClient | undefined;

/**
 * A position as LSP data. vscode.Position keeps its fields private behind getters and only its
 * toJSON gives `{ line, character }`: over Node IPC messages are JSON, but the browser client posts
 * them to the Worker by structured clone, which copies `_line` and `_character` and no `line`.
 */
/**
 * Starts the client that `createClient` makes from the options (with `initializationOptions` added
 * to the server's), then the status bar, the segments view and the commands.
 */
export async function activateWith(
  context: vscode.ExtensionContext,
  createClient: (clientOptions: LanguageClientOptions) => BaseLanguageClient,
  initializationOptions: Record<string, unknown> = {},
): Promise<SmsExtensionApi> {
  localeSchemes = new Set(['file', ...(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme)]);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'sms' }, ...[...localeSchemes].map((scheme) => ({ scheme, pattern: localeFilePattern }))],
    // Lets the server reopen the suggestions after a front matter key, so that its values show at once.
    initializationOptions: { suggestCommand: 'editor.action.triggerSuggest', ...initializationOptions },
    synchronize: {
      configurationSection: 'sms',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/{*.sms,.smslintrc.json}'),
        vscode.workspace.createFileSystemWatcher(localeFilePattern),
      ],
    },
    middleware: {
      // vscode-languageclient 9 turns the answer to a pull it cancelled (because the text changed
      // again) into an empty report, which would blank the squiggles until the next pull returns.
      // A cancellation error instead keeps them, and the client pulls again for the new text.
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (token.isCancellationRequested) throw new vscode.CancellationError();
        return report;
      },
    },
  };
  const languageClient = createClient(clientOptions);
  client = languageClient;
  await languageClient.start();

  const status = new SegmentStatus(languageClient);
  const segmentsView = new SegmentsDocuments(languageClient);
  context.subscriptions.push(
    status,
    segmentsView,
    vscode.workspace.registerTextDocumentContentProvider(segmentsScheme, segmentsView),
    vscode.commands.registerCommand('sms.showSegments', showSegments),
    vscode.commands.registerCommand('sms.convertToGsm', convertToGsm),
    vscode.commands.registerCommand('sms.lintWorkspace', () => lintWorkspace(languageClient)),
    vscode.commands.registerCommand('sms.compareTranslations', () => compareTranslations(languageClient)),
  );
  return { statusText: () => status.text(), statusSettled: () => status.settled(), onDidChangeStatus: status.onDidChange };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function isTemplate(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return document?.languageId === 'sms' && document.uri.scheme !== segmentsScheme;
}

/** The status bar item and the language status item: the active template's counts, as you type. */
class SegmentStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sms.segments', vscode.StatusBarAlignment.Right, 100);
  private readonly languageItem = vscode.languages.createLanguageStatusItem('sms.segments', { language: 'sms' });
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  readonly onDidChange = this.changed.event;
  /** The text last announced through `onDidChange`. */
  private announced: string | undefined;
  /** The template whose counts the status bar item shows. */
  private shownUri: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private request: vscode.CancellationTokenSource | undefined;
  /** Bumped for every update, so that only the latest request's answer is shown. */
  private sequence = 0;
  private pending: Promise<void> = Promise.resolve();

  constructor(private readonly client: BaseLanguageClient) {
    this.item.name = 'SMS Segments';
    this.item.command = 'sms.showSegments';
    this.languageItem.name = 'SMS Segments';
    this.languageItem.command = { title: 'Show Segments', command: 'sms.showSegments' };
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => {
        this.announce();
        this.schedule(0);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.schedule(statusDelayMs);
      }),
      // In a locale file the status bar speaks of the message under the cursor.
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (isLocaleFile(event.textEditor.document) && event.textEditor === vscode.window.activeTextEditor) this.schedule(statusDelayMs);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sms')) this.schedule(statusDelayMs);
      }),
      // The server re-pulls diagnostics after a settings or config file change: the counts may change too.
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) this.schedule(statusDelayMs);
      }),
    );
    this.schedule(0);
  }

  /** The status bar text when it shows the active template's counts; undefined while it shows none or another template's. */
  text(): string | undefined {
    const active = vscode.window.activeTextEditor?.document;
    return (isTemplate(active) || isLocaleFile(active)) && this.shownUri === active.uri.toString() && this.item.text !== '' ? this.item.text : undefined;
  }

  async settled(): Promise<string | undefined> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.pending = this.update();
    }
    await this.pending;
    return this.text();
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pending = this.update();
    }, delayMs);
  }

  private async update(): Promise<void> {
    const sequence = ++this.sequence;
    this.request?.cancel();
    const editor = vscode.window.activeTextEditor;
    const document = editor?.document;
    const localeFile = isLocaleFile(document) && !isTemplate(document);
    if (!isTemplate(document) && !localeFile) {
      this.item.hide();
      this.shownUri = undefined;
      this.announce();
      return;
    }
    const request = new vscode.CancellationTokenSource();
    this.request = request;
    let reply: SegmentsReply | null;
    try {
      const position = localeFile ? this.client.code2ProtocolConverter.asPosition(editor!.selection.active) : undefined;
      reply = await this.client.sendRequest(SegmentsRequest.type, { uri: document.uri.toString(), pieces: false, position }, request.token);
    } catch {
      return;
    } finally {
      request.dispose();
    }
    if (sequence !== this.sequence) return;
    if (!reply) {
      // A file that no source names: nothing to show.
      this.item.hide();
      this.shownUri = undefined;
      this.announce();
      return;
    }
    const text = reply.label;
    const tooltip = wording.statusTooltip(reply.summary);
    this.item.text = text;
    this.shownUri = document.uri.toString();
    this.item.tooltip = tooltip;
    this.item.show();
    this.languageItem.text = text;
    this.languageItem.detail = wording.worstCaseDetail(reply.worstCase);
    this.languageItem.severity = reply.encoding === 'UCS-2' ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.announce();
  }

  private announce(): void {
    const text = this.text();
    if (text === this.announced) return;
    this.announced = text;
    this.changed.fire(text);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.request?.cancel();
    this.changed.dispose();
    this.item.dispose();
    this.languageItem.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** Read-only virtual documents `sms-segments:` showing a template split into its segments. */
class SegmentsDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly watcher: vscode.Disposable;

  constructor(private readonly client: BaseLanguageClient) {
    this.watcher = vscode.workspace.onDidChangeTextDocument((event) => {
      // Every view of the document (a locale file has one per message asked about).
      const changed = event.document.uri.toString();
      for (const document of vscode.workspace.textDocuments) if (document.uri.scheme === segmentsScheme && document.uri.query === changed) this.changed.fire(document.uri);
    });
  }

  /** The view of a template, or of the message at `position` in a locale file (`#line:character`). */
  static viewUriOf(template: vscode.Uri, position?: vscode.Position): vscode.Uri {
    const fragment = position === undefined ? '' : `${position.line}:${position.character}`;
    return vscode.Uri.from({ scheme: segmentsScheme, path: `/${template.path.replace(/^\/+/, '')}.segments`, query: template.toString(), fragment });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const template = uri.query;
    const [line, character] = uri.fragment.split(':').map(Number);
    const position = Number.isInteger(line) && Number.isInteger(character) ? { line, character } : undefined;
    let reply: SegmentsReply | null;
    try {
      reply = await this.client.sendRequest(SegmentsRequest.type, position ? { uri: template, position } : { uri: template });
    } catch (error) {
      return wording.segmentsFailed(template, (error as Error).message);
    }
    if (!reply) return position ? wording.noMessageAt(template, position.line + 1) : wording.notATemplate(template);
    return segmentsViewText(reply);
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }
}

async function showSegments(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const document = editor?.document;
  const localeFile = isLocaleFile(document) && !isTemplate(document);
  if (!isTemplate(document) && !localeFile) {
    void vscode.window.showInformationMessage(wording.openTemplateFirst(wording.segmentsPurpose));
    return;
  }
  // In a locale file: the message under the cursor (the one the status bar speaks of).
  const uri = SegmentsDocuments.viewUriOf(document.uri, localeFile ? editor!.selection.active : undefined);
  let view = await vscode.workspace.openTextDocument(uri);
  if (view.languageId !== segmentsLanguage) view = await vscode.languages.setTextDocumentLanguage(view, segmentsLanguage);
  await vscode.window.showTextDocument(view, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
}

/** *SMS: Compare Translations*: the key under the cursor in every locale, the worst first; pick one to open it. */
async function compareTranslations(client: BaseLanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const reply = editor
    ? await client.sendRequest(CompareTranslationsRequest.type, { uri: editor.document.uri.toString(), position: client.code2ProtocolConverter.asPosition(editor.selection.active) })
    : null;
  if (reply?.unavailable) {
    void vscode.window.showInformationMessage(reply.unavailable);
    return;
  }
  if (!reply || reply.rows.length === 0) {
    void vscode.window.showInformationMessage(wording.noTranslationsToCompare);
    return;
  }
  const items = reply.rows.map((row) => ({
    label: row.locale ?? 'default',
    description: wording.translationDescription(row),
    detail: vscode.workspace.asRelativePath(vscode.Uri.parse(row.uri)),
    row,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: wording.translationsTitle(reply.key, reply.rows.length), matchOnDescription: true });
  if (!picked) return;
  const { start, end } = picked.row.range;
  await vscode.window.showTextDocument(vscode.Uri.parse(picked.row.uri), {
    selection: new vscode.Range(start.line, start.character, end.line, end.character),
  });
}

/** Applies the server's `source.convertToGsm.sms` action: every character with a GSM-7 look-alike swapped (safe fixes only). */
async function convertToGsm(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!isTemplate(editor?.document)) {
    void vscode.window.showInformationMessage(wording.openTemplateFirst(wording.convertPurpose));
    return;
  }
  const document = editor.document;
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, 'source.convertToGsm.sms')) ?? [];
  const convert = actions.find((action) => action.kind?.value === 'source.convertToGsm.sms' && action.edit);
  if (!convert?.edit) {
    void vscode.window.showInformationMessage(wording.nothingToConvert);
    return;
  }
  await vscode.workspace.applyEdit(convert.edit);
}

/**
 * Pulls the workspace's diagnostics once (the server lints every `.sms` file; the client's own
 * workspace pull keeps the Problems panel current) and opens the Problems panel.
 */
async function lintWorkspace(languageClient: BaseLanguageClient): Promise<void> {
  const report = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: wording.lintingWorkspace }, async () => {
    try {
      return await languageClient.sendRequest<{ items: { kind: string; items?: unknown[] }[] }>('workspace/diagnostic', { previousResultIds: [] });
    } catch {
      return undefined;
    }
  });
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  if (report) {
    const templates = report.items.length;
    const problems = report.items.reduce((sum, item) => sum + (item.items?.length ?? 0), 0);
    vscode.window.setStatusBarMessage(wording.workspaceLinted(templates, problems), 5000);
  }
}

// The language server, constructed on a host (its connection and its access to files that are not
// open): `new SmsLanguageServer(host).listen()`, the same for Node, the browser and in-process tests.
// It decides what the client can do at initialize, keeps the settings, and re-lints what a change
// affects; the handlers are in document-diagnostics.ts, workspace-diagnostics.ts, completion.ts and
// editor-requests.ts, the lint results in lint-cache.ts.
import { FileChangeType, MessageType, ShowMessageNotification, TextDocumentSyncKind, TextDocuments, type InitializeParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { convertToGsmKind, fixAllKind } from './code-actions';
import { registerCompletion } from './completion';
import { clientAbilitiesOf, type ClientAbilities, type ServerContext } from './context';
import { isConfigUri } from './config-diagnostics';
import { DiagnosticsPublisher, registerDocumentPulls } from './document-diagnostics';
import { registerEditorRequests } from './editor-requests';
import type { LspHost } from './host';
import { LintCache } from './lint-cache';
import { guarded } from './requests';
import { SettingsStore } from './settings';
import { LocaleSources } from './sources';
import { WorkspaceDiagnostics } from './workspace-diagnostics';

/** How long typing in a Fluent file pauses before its locale's other files are pulled again. */
const typingPauseMs = 300;

export class SmsLanguageServer {
  private readonly documents = new TextDocuments(TextDocument);
  private client: ClientAbilities = clientAbilitiesOf({ capabilities: {} } as InitializeParams);
  /** Settings pushed with workspace/didChangeConfiguration, for clients that cannot be asked. */
  private pushedSettings: unknown;
  private folders: string[] = [];
  private readonly settings: SettingsStore;
  private readonly lints: LintCache;
  private readonly localeSources: LocaleSources;
  private readonly context: ServerContext;
  private readonly workspace: WorkspaceDiagnostics;
  private readonly publisher: DiagnosticsPublisher;
  /** Locale files typed into since the last pause, and the pause's timer (typedInLocaleFile). */
  private typedAffects: ((uri: string) => boolean)[] = [];
  private typedTimer: ReturnType<typeof setTimeout> | undefined;
  /** Open Fluent files whose text defines terms. */
  private readonly filesWithTerms = new Set<string>();

  /** Registers every handler on the host's connection; `listen()` starts serving. */
  constructor(private readonly host: LspHost) {
    const { connection } = host;
    this.settings = new SettingsStore({
      editorSettings: (uri) =>
        this.client.pullsConfiguration ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'sms' }) : Promise.resolve(this.pushedSettings),
      warn: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }),
      configFor: (uri) => host.configFor(uri, this.folders),
      forgetConfigs: () => host.forgetConfigs(),
    });
    this.localeSources = new LocaleSources(host, this.documents, () => this.folders);
    this.lints = new LintCache(this.documents, this.settings, this.localeSources);
    const client = () => this.client;
    this.context = {
      host,
      connection,
      documents: this.documents,
      get client() {
        return client();
      },
      settings: this.settings,
      lints: this.lints,
      localeSources: this.localeSources,
      workspaceFolders: () => this.folders,
    };
    this.workspace = new WorkspaceDiagnostics(this.context);
    this.publisher = new DiagnosticsPublisher(this.context);
    this.register();
  }

  listen(): void {
    this.documents.listen(this.host.connection);
    this.host.connection.listen();
  }

  private register(): void {
    const { connection } = this.host;
    const { documents, lints } = this;
    connection.onInitialize((params: InitializeParams) => {
      this.client = clientAbilitiesOf(params);
      this.pushedSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
      this.folders = (params.workspaceFolders ?? []).map((folder) => folder.uri).filter((folder) => typeof folder === 'string');
      if (this.folders.length === 0 && typeof params.rootUri === 'string') this.folders = [params.rootUri];
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
      if (!this.client.reportsFolderChanges) return;
      connection.workspace.onDidChangeWorkspaceFolders((change) => {
        const removed = new Set(change.removed.map((folder) => folder.uri));
        this.folders = this.folders.filter((folder) => !removed.has(folder));
        for (const folder of change.added) this.folders.push(folder.uri);
        this.workspace.forgetFiles();
      });
    });

    documents.onDidOpen(({ document }) => lints.opened(document.uri));
    documents.onDidClose(({ document }) => {
      lints.closed(document.uri);
      if (!this.client.pullsDiagnostics) this.publisher.clear(document.uri);
      // Closed unsaved: its locale's other files use its saved terms again.
      void this.typedInLocaleFile(document.uri, '');
    });
    documents.onDidChangeContent(({ document }) => {
      if (!this.client.pullsDiagnostics) this.publisher.schedule(document.uri);
      // Opened or typed into: a Fluent file's terms as typed are its locale's other files' terms.
      void this.typedInLocaleFile(document.uri, document.getText());
    });

    connection.onDidChangeConfiguration((change) => {
      if (!this.client.pullsConfiguration) this.pushedSettings = (change?.settings as { sms?: unknown } | undefined)?.sms;
      this.settings.clear();
      lints.clear();
      this.workspace.forgetFiles();
      this.reLint(() => true, true);
    });
    connection.onDidChangeWatchedFiles((change) => this.filesChanged(change?.changes ?? []));

    registerDocumentPulls(this.context);
    connection.languages.diagnostics.onWorkspace(guarded(this.context, 'workspace/diagnostic', { items: [] }, (params, token) => this.workspace.report(params, token)));
    registerCompletion(this.context);
    registerEditorRequests(this.context);
  }

  /**
   * Files changed on disk. A `.smslintrc.json` changes the settings (and the sources) of the
   * documents under its folder; a locale file, its own lint and, for Fluent, those of its locale's
   * other files (its terms); a template created or deleted, the workspace's list of files. Only the
   * documents affected get new result ids, so a client that pulls again is told the rest are unchanged.
   */
  private async filesChanged(changes: readonly { uri: string; type: number }[]): Promise<void> {
    const affected: ((uri: string) => boolean)[] = [];
    let configChanged = false;
    // Config files first, before any wait: the requests queued behind this notification see the new settings.
    const ordered = [...changes.filter((event) => isConfigUri(event.uri)), ...changes.filter((event) => !isConfigUri(event.uri))];
    for (const event of ordered) {
      if (event.type !== FileChangeType.Changed) this.workspace.forgetFiles();
      if (isConfigUri(event.uri)) {
        const folder = event.uri.slice(0, event.uri.lastIndexOf('/'));
        this.settings.forgetUnder(folder);
        affected.push((uri) => uri.startsWith(folder + '/'));
        configChanged = true;
        // What the config's sources name may have changed too.
        this.workspace.forgetFiles();
      } else if (!event.uri.endsWith('.sms') && (await this.localeSources.sourceOf(event.uri))) {
        this.localeSources.forgetFiles(event.uri);
        affected.push(this.lints.localeFileChanged(event.uri));
      }
    }
    if (affected.length > 0) this.reLint((uri) => affected.some((affects) => affects(uri)), configChanged);
  }

  /**
   * An open locale file's text changed (opened, typed into, closed unsaved: `text` is then empty).
   * A Fluent file's terms are used by its locale's other files: when it defines terms, or did, their
   * results are renewed at once (the next pull lints them with the terms as typed), and the client
   * is asked to pull again once typing pauses. A file without terms (most) changes nothing else.
   */
  private async typedInLocaleFile(uri: string, text: string): Promise<void> {
    if (!/\.ftl$/i.test(uri)) return;
    // A term is defined on a line that starts with `-` (anything else there is a syntax error).
    const definesTerms = text.startsWith('-') || text.includes('\n-');
    const definedTerms = this.filesWithTerms.has(uri);
    if (definesTerms) this.filesWithTerms.add(uri);
    else this.filesWithTerms.delete(uri);
    if (!definesTerms && !definedTerms) return;
    if (!(await this.localeSources.sourceOf(uri))) return;
    this.typedAffects.push(this.lints.localeFileChanged(uri));
    if (this.typedTimer !== undefined) clearTimeout(this.typedTimer);
    this.typedTimer = setTimeout(() => {
      const affects = this.typedAffects;
      this.typedAffects = [];
      this.typedTimer = undefined;
      try {
        this.reLint((each) => affects.some((affected) => affected(each)), false);
      } catch {
        // The connection closed while typing paused (the editor quit): nobody to ask.
      }
    }, typingPauseMs);
  }

  /** Asks the client to pull again (it is told which results are unchanged), or publishes the affected documents anew. */
  private reLint(affects: (uri: string) => boolean, inlayHints: boolean): void {
    const { connection } = this.host;
    // A request (typed void): the editor may be gone by the time it answers.
    if (this.client.refreshesDiagnostics) Promise.resolve(connection.languages.diagnostics.refresh() as unknown).catch(() => undefined);
    if (inlayHints && this.client.refreshesInlayHints) connection.languages.inlayHint.refresh().catch(() => undefined);
    if (!this.client.pullsDiagnostics) for (const document of this.documents.all()) if (affects(document.uri)) this.publisher.schedule(document.uri);
  }
}

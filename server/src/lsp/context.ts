// What every part of one language server shares: its host and connection, the open documents, what
// the client can do (decided once at initialize), the settings, the lint results and the workspace folders.
import { MarkupKind, type ClientCapabilities, type Connection, type InitializeParams, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LspHost } from './host';
import type { LintCache } from './lint-cache';
import type { LocaleSources } from './sources';
import type { SettingsStore } from './settings';

/** What the client said it can do. */
export interface ClientAbilities {
  pullsConfiguration: boolean;
  pullsDiagnostics: boolean;
  refreshesDiagnostics: boolean;
  refreshesInlayHints: boolean;
  takesDocumentChanges: boolean;
  /** The editor's own "open the suggestions" command, when its client names one (VS Code's does). */
  suggestCommand: string | undefined;
  takesMarkdown: boolean;
  reportsFolderChanges: boolean;
  takesSnippets: boolean;
}

export function clientAbilitiesOf(params: InitializeParams): ClientAbilities {
  const capabilities: ClientCapabilities = params.capabilities ?? {};
  const hoverFormats = capabilities.textDocument?.hover?.contentFormat;
  const options = params.initializationOptions as { suggestCommand?: unknown } | undefined;
  return {
    pullsConfiguration: capabilities.workspace?.configuration === true,
    pullsDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    refreshesDiagnostics: capabilities.workspace?.diagnostics?.refreshSupport === true,
    refreshesInlayHints: capabilities.workspace?.inlayHint?.refreshSupport === true,
    takesDocumentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
    // Run after a key is completed so that its values are offered at once. LSP has no standard one.
    suggestCommand: typeof options?.suggestCommand === 'string' ? options.suggestCommand : undefined,
    takesMarkdown: hoverFormats === undefined || hoverFormats.includes(MarkupKind.Markdown),
    reportsFolderChanges: capabilities.workspace?.workspaceFolders === true,
    takesSnippets: capabilities.textDocument?.completion?.completionItem?.snippetSupport === true,
  };
}

export interface ServerContext {
  readonly host: LspHost;
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  /** Replaced at initialize. */
  readonly client: ClientAbilities;
  readonly settings: SettingsStore;
  readonly lints: LintCache;
  /** Locale files that `.smslintrc.json` sources name, reached through the host. */
  readonly localeSources: LocaleSources;
  /** The workspace folders' URIs. */
  workspaceFolders(): readonly string[];
}

/** A document the server lints as a `.sms` template: the client's other documents are locale files or nothing. */
export function isTemplateDocument(document: TextDocument): boolean {
  return document.languageId === 'sms' || document.uri.endsWith('.sms');
}

// Lint results per document, named by a result id (the settings' generation for its folder, what it
// depends on in other files, the opening and the version) and cached for the few documents in use,
// least recently used out first. `isCurrent()` is the one check that a result still fits the text.
import type { TextDocuments, Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type LintResult, lintText } from '../core';
import type { Fix } from '../core/types';
import { toLspDiagnostic } from './diagnostics';
import type { SettingsStore } from './settings';
import type { LocaleSources, SourceLint } from './sources';

export interface CachedLint {
  key: string;
  lint: LintResult;
  diagnostics?: LspDiagnostic[];
  /** Fix-all results: each lints the fixed text again, so they are reused while the text stands. */
  fixAll?: Map<string, Fix | undefined>;
}

/**
 * Kept small: hover, code actions, inlay hints and the status bar ask about the few documents being
 * edited, and with thousands open a larger cache only fills the heap with results that nobody asks
 * for again (relinting a 1 KB template takes well under a millisecond).
 */
const maxCached = 8;

/** A Map as a least-recently-used cache: it iterates in insertion order, and every use re-inserts. */
class Recent<V> {
  private readonly entries = new Map<string, V>();

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > maxCached) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * What a locale file's lint reads besides its own text: for Fluent, the other `.ftl` files of its
 * folder (one locale), whose terms it may use; for the other formats, nothing (a file that is not
 * open is read again when its stamp on disk changes; an open one is the editor's text). A change on
 * disk to one of those files bumps the stamp of this key.
 */
function dependencyKeyOf(uri: string): string | undefined {
  return /\.ftl$/i.test(uri) ? uri.slice(0, uri.lastIndexOf('/') + 1) : undefined;
}

export class LintCache {
  private readonly templates = new Recent<CachedLint>();
  private readonly sources = new Recent<SourceLint>();
  /** A number per opening of a document, so a closed and reopened document never reuses a result id. */
  private readonly openings = new Map<string, number>();
  private openingCount = 0;
  /** Dependency key → a number bumped whenever a file it stands for changes on disk. */
  private readonly dependencyStamps = new Map<string, number>();
  private dependencyChanges = 0;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly localeSources: LocaleSources,
  ) {}

  opened(uri: string): void {
    this.openings.set(uri, ++this.openingCount);
  }

  closed(uri: string): void {
    this.templates.delete(uri);
    this.sources.delete(uri);
    this.openings.delete(uri);
  }

  /** Forgets every result (they are named by settings generation, so this only frees memory). */
  clear(): void {
    this.templates.clear();
    this.sources.clear();
  }

  /**
   * A locale file changed on disk: for Fluent, the results of its locale's files get new ids (a file
   * that is not open gets one anyway, from its stamp on disk). Returns whether an open document's
   * result id changed with it.
   */
  localeFileChanged(uri: string): (documentUri: string) => boolean {
    const key = dependencyKeyOf(uri);
    if (key === undefined) return () => false;
    this.dependencyStamps.set(key, ++this.dependencyChanges);
    return (documentUri) => dependencyKeyOf(documentUri) === key;
  }

  private dependencyStampOf(uri: string): number {
    const key = dependencyKeyOf(uri);
    return key === undefined ? 0 : (this.dependencyStamps.get(key) ?? 0);
  }

  /** Names one lint result of an open document: its settings and dependencies, the opening of the document and its version. */
  resultIdOf(document: TextDocument, generation = this.settings.generationOf(document.uri)): string {
    return `${generation}.${this.dependencyStampOf(document.uri)}.${this.openings.get(document.uri) ?? 0}.${document.version}`;
  }

  /** The start of a result id for a file that is not open; its stamp on disk follows. */
  unopenedPrefixOf(uri: string): string {
    return `file.${this.settings.generationOf(uri)}.${this.dependencyStampOf(uri)}.`;
  }

  /** Whether `key` is the result id of the document's current text (an edit updates a document in place). */
  isCurrent(document: TextDocument, key: string | undefined): boolean {
    return this.documents.get(document.uri) === document && key === this.resultIdOf(document);
  }

  /**
   * The template's lint result, from the cache when its text and settings have not changed since.
   * `beforeLinting` runs only when there is work to do; it throws when that work is no longer wanted.
   */
  async lintOf(document: TextDocument, beforeLinting?: () => void): Promise<CachedLint> {
    const generation = this.settings.generationOf(document.uri);
    const settings = await this.settings.settingsFor(document.uri);
    // Read after the wait for settings: an edit may have been applied meanwhile.
    const key = this.resultIdOf(document, generation);
    const cached = this.templates.get(document.uri);
    if (cached?.key === key) return cached;
    beforeLinting?.();
    const fresh: CachedLint = { key, lint: lintText(document.getText(), settings) };
    // Keep the results of the templates in use, not of every open one: memory stays flat with thousands open.
    if (this.documents.get(document.uri) === document) this.templates.set(document.uri, fresh);
    return fresh;
  }

  /** A locale file's lint when a `.smslintrc.json` source names the document's file (whatever its language id). */
  async sourceLintOf(document: TextDocument): Promise<SourceLint | undefined> {
    const source = await this.localeSources.sourceOf(document.uri);
    if (!source) return undefined;
    const generation = this.settings.generationOf(document.uri);
    const settings = await this.settings.settingsFor(document.uri);
    // Only open documents are cached: a file read from disk has no version to tell its texts apart.
    const key = this.documents.get(document.uri) === document ? this.resultIdOf(document, generation) : undefined;
    if (key !== undefined) {
      const cached = this.sources.get(document.uri);
      if (cached?.key === key) return cached;
    }
    const fresh = await this.localeSources.lint(document, key, source, settings);
    if (key !== undefined) this.sources.set(document.uri, fresh);
    return fresh;
  }

  diagnosticsOf(document: TextDocument, cached: CachedLint): LspDiagnostic[] {
    cached.diagnostics ??= cached.lint.diagnostics.map((diagnostic) => toLspDiagnostic(document, diagnostic));
    return cached.diagnostics;
  }
}

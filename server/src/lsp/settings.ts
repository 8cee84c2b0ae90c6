// Effective settings per template: defaults ← editor settings (`sms.*`, pulled per resource through
// workspace/configuration, or pushed by clients that cannot be asked) ← the nearest `.smslintrc.json`,
// so that the editor and smslint in CI agree. Cached per folder; each invalid value is reported once.
import type { LoadedConfig } from '../files/config-file';
import { resolveSettings } from '../core';
import type { Settings } from '../core/types';

export interface SettingsSource {
  /** The client's `sms` section for a resource; undefined when it has none or cannot be asked. */
  editorSettings(uri: string): Promise<unknown>;
  /** Shows one problem with the settings to the user. */
  warn(problem: string): void;
  /** The `.smslintrc.json` that applies to the template (read from disk in Node, through the editor in the browser). */
  configFor(uri: string): Promise<LoadedConfig>;
  /** Forgets the config files read, so that the next lookup reads them again. */
  forgetConfigs(): void;
}

export class SettingsStore {
  private readonly byScope = new Map<string, Promise<Settings>>();
  private readonly warned = new Set<string>();
  /** Counts invalidations; each one stamps what it touched, so that results computed with older settings are not reused. */
  private invalidations = 0;
  /** The stamp of the last change to every template's settings (the editor's). */
  private allStamp = 0;
  /** Folder URI → the stamp of the last change to the `.smslintrc.json` there, newer than `allStamp`. */
  private readonly folderStamps = new Map<string, number>();

  constructor(private readonly source: SettingsSource) {}

  settingsFor(uri: string): Promise<Settings> {
    const scope = scopeOf(uri);
    let settings = this.byScope.get(scope);
    if (settings === undefined) {
      settings = this.load(uri);
      this.byScope.set(scope, settings);
    }
    return settings;
  }

  /**
   * Changes whenever the settings of the template at `uri` may have: after `clear()`, or after
   * `forgetUnder()` a folder that holds it. Part of every lint result's id.
   */
  generationOf(uri: string): number {
    let generation = this.allStamp;
    for (const [folder, stamp] of this.folderStamps) if (stamp > generation && isUnder(uri, folder)) generation = stamp;
    return generation;
  }

  /** Forgets every cached value, after the editor settings changed. */
  clear(): void {
    this.byScope.clear();
    this.source.forgetConfigs();
    this.folderStamps.clear();
    this.allStamp = ++this.invalidations;
  }

  /**
   * Forgets the settings of the templates under `folderUri` (theirs is the nearest config, which is
   * there or below), after the `.smslintrc.json` in that folder was created, changed or deleted.
   */
  forgetUnder(folderUri: string): void {
    for (const scope of [...this.byScope.keys()]) if (isUnder(scope, folderUri)) this.byScope.delete(scope);
    this.source.forgetConfigs();
    this.folderStamps.set(folderUri, ++this.invalidations);
  }

  private async load(uri: string): Promise<Settings> {
    let raw: unknown;
    try {
      raw = await this.source.editorSettings(uri);
    } catch {
      raw = undefined;
    }
    const editor = resolveSettings(raw);
    for (const problem of editor.problems) this.warnOnce(`SMS settings: ${problem}`);
    let config;
    try {
      config = await this.source.configFor(uri);
    } catch (error) {
      this.warnOnce(`SMS settings: cannot read .smslintrc.json for ${uri}: ${(error as Error).message}`);
      return editor.settings;
    }
    if (config.error) for (const line of config.error.split('\n')) this.warnOnce(line);
    if (config.settings === undefined) return editor.settings;
    const merged = resolveSettings(config.settings, editor.settings);
    for (const problem of merged.problems) this.warnOnce(`${config.path ?? '.smslintrc.json'}: ${problem}`);
    return merged.settings;
  }

  private warnOnce(problem: string): void {
    if (this.warned.has(problem)) return;
    this.warned.add(problem);
    this.source.warn(problem);
  }
}

/**
 * Files in one folder share their settings: the editor resolves `sms.*` per folder, and so does the
 * config lookup. Any scheme with a path (file:, vscode-remote:, vscode-vfs: …); others, such as
 * untitled:, are their own scope.
 */
function scopeOf(uri: string): string {
  const slash = uri.lastIndexOf('/');
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(uri) && slash > uri.indexOf('//') + 1 ? uri.slice(0, slash) : uri;
}

/** Whether `uri` (a file or a settings scope) is `folderUri` or inside it. */
export function isUnder(uri: string, folderUri: string): boolean {
  const folder = folderUri.endsWith('/') ? folderUri.slice(0, -1) : folderUri;
  return uri === folder || uri.startsWith(folder + '/');
}

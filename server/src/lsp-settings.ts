// Effective settings per template: defaults ← editor settings (`sms.*`, pulled per resource through
// workspace/configuration, or pushed by clients that cannot be asked) ← the nearest `.smslintrc.json`,
// so that the editor and smslint in CI agree. Cached per folder; each invalid value is reported once.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearConfigCache, loadConfigFor } from './config-file';
import { resolveSettings } from './core/settings';
import type { Settings } from './core/types';

export interface SettingsSource {
  /** The client's `sms` section for a resource; undefined when it has none or cannot be asked. */
  editorSettings(uri: string): Promise<unknown>;
  /** Shows one problem with the settings to the user. */
  warn(problem: string): void;
}

export class SettingsStore {
  private readonly byScope = new Map<string, Promise<Settings>>();
  private readonly warned = new Set<string>();
  /** Bumped on every settings change, so that results computed with older settings are not reused. */
  generation = 0;

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

  /** Forgets every cached value, after the editor settings or a config file changed. */
  clear(): void {
    this.byScope.clear();
    clearConfigCache();
    this.generation++;
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
    const filePath = filePathOf(uri);
    if (filePath === undefined) return editor.settings;
    let config;
    try {
      config = loadConfigFor(filePath);
    } catch (error) {
      this.warnOnce(`SMS settings: cannot read .smslintrc.json for ${filePath}: ${(error as Error).message}`);
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

/** Files in one folder share their settings: the editor resolves `sms.*` per folder, and so does the config lookup. */
function scopeOf(uri: string): string {
  const slash = uri.lastIndexOf('/');
  return uri.startsWith('file:') && slash > 0 ? uri.slice(0, slash) : uri;
}

export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

// `.smslintrc.json`: the `sms.*` settings without the prefix, found from a template's folder upward
// (the nearest file wins). Used by smslint and by the language server, so CI and the editor agree.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultSettings, resolveSettings } from '../core/settings';
import { fileErrorReason } from './template-files';
import { checkSources, type SourceConfig } from '../core/template/sources/source-config';

export const configFileName = '.smslintrc.json';

export interface LoadedConfig {
  /** The raw settings to pass to resolveSettings; undefined when there is no usable file. */
  settings: unknown;
  /** The config file that applies, when there is one. */
  path?: string;
  /** Its URI, where the language server found it (through its host, any scheme). */
  uri?: string;
  /** What is wrong with that file, one problem a line; its valid values still apply. */
  error?: string;
  /** Its valid `sources` (locale files with SMS text), when it has any. */
  sources?: SourceConfig[];
}

/** Folder → the nearest config file at or above it (null: none up to the filesystem root). */
const nearestByFolder = new Map<string, string | null>();
/** Config file → what it held when last read, reread when its size or modification time changes. */
const loadedByPath = new Map<string, { stamp: string; config: LoadedConfig }>();

/** Forgets every lookup and every file read, e.g. after a config file was created or deleted. */
export function clearConfigCache(): void {
  nearestByFolder.clear();
  loadedByPath.clear();
}

/** The settings from the `.smslintrc.json` nearest to `filePath` (a file, not a folder). */
export function loadConfigFor(filePath: string): LoadedConfig {
  const configPath = nearestConfigFile(path.dirname(path.resolve(filePath)));
  return configPath === undefined ? { settings: undefined } : loadConfigFile(configPath);
}

function nearestConfigFile(folder: string): string | undefined {
  const visited: string[] = [];
  let found: string | null = null;
  for (let current = folder; ; ) {
    const cached = nearestByFolder.get(current);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(current);
    const candidate = path.join(current, configFileName);
    if (isFile(candidate)) {
      found = candidate;
      break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const each of visited) nearestByFolder.set(each, found);
  return found ?? undefined;
}

function isFile(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isFile();
  } catch {
    return false;
  }
}

/** Reads and checks one config file; never throws. Plain JSON: comments are not allowed. */
export function loadConfigFile(configPath: string): LoadedConfig {
  let stamp: string;
  try {
    const stat = fs.statSync(configPath);
    stamp = `${stat.size}:${stat.mtimeMs}`;
  } catch (error) {
    return { settings: undefined, path: configPath, error: `${configPath}: cannot read it (${fileErrorReason(error)}); using the defaults.` };
  }
  const cached = loadedByPath.get(configPath);
  if (cached?.stamp === stamp) return cached.config;
  const config = readConfig(configPath);
  loadedByPath.set(configPath, { stamp, config });
  return config;
}

function readConfig(configPath: string): LoadedConfig {
  let text: string;
  try {
    text = fs.readFileSync(configPath, 'utf8');
  } catch (error) {
    return { settings: undefined, path: configPath, error: `${configPath}: cannot read it (${fileErrorReason(error)}); using the defaults.` };
  }
  return configFromText(text, configPath);
}

/** A config file's text, checked: what `loadConfigFile` returns, for text read some other way (the editor's file system in the browser). */
export function configFromText(text: string, configPath: string): LoadedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { settings: undefined, path: configPath, error: `${configPath}: not valid JSON (${jsonErrorAt(text, error)}); using the defaults.` };
  }
  const { settings, problems, sources } = checkConfig(raw);
  const loaded: LoadedConfig = { settings, path: configPath };
  if (sources !== undefined) loaded.sources = sources;
  if (problems.length > 0) loaded.error = problems.map((problem) => `${configPath}: ${problem}`).join('\n');
  return loaded;
}

/** JSON.parse's complaint, with the line and column where Node only gives a position. */
function jsonErrorAt(text: string, error: unknown): string {
  const message = (error as Error).message;
  const position = /at position (\d+)/.exec(message);
  if (position === null || /line \d+/.test(message)) return message;
  const offset = Number(position[1]);
  const before = text.slice(0, offset).split('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${before.length} column ${before[before.length - 1].length + 1}`;
}

const knownKeys = new Set(Object.keys(defaultSettings));

/**
 * Keeps the valid values of a parsed config and says what is wrong with the others, so that the
 * caller's resolveSettings sees only values it accepts and nothing is reported twice.
 */
export function checkConfig(raw: unknown): { settings: Record<string, unknown> | undefined; problems: string[]; sources?: SourceConfig[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings: undefined, problems: ['must hold one JSON object of settings; using the defaults.'] };
  }
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  let sources: SourceConfig[] | undefined;
  for (const [key, value] of Object.entries(raw)) {
    if (key === '$schema') continue;
    if (key === 'sources') {
      const checked = checkSources(value);
      sources = checked.sources;
      problems.push(...checked.problems);
      continue;
    }
    if (!knownKeys.has(key)) {
      const bare = key.startsWith('sms.') ? key.slice(4) : undefined;
      problems.push(
        bare !== undefined && knownKeys.has(bare)
          ? `unknown key "${key}": write "${bare}" (no "sms." prefix in this file); ignored.`
          : `unknown key "${key}"; ignored. Known keys: ${[...knownKeys].join(', ')}.`,
      );
      continue;
    }
    if (key === 'rules' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const rules: Record<string, unknown> = {};
      for (const [id, severity] of Object.entries(value)) {
        const found = resolveSettings({ rules: { [id]: severity } }).problems;
        if (found.length === 0) rules[id] = severity;
        else problems.push(...found.map(withoutPrefix));
      }
      settings.rules = rules;
      continue;
    }
    if (key === 'sending' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      // Keep the valid values: an invalid one is dropped, never replaced by a default.
      const resolved = resolveSettings({ sending: value });
      settings.sending = resolved.settings.sending;
      problems.push(...resolved.problems.map(withoutPrefix));
      continue;
    }
    const found = resolveSettings({ [key]: value }).problems;
    if (found.length === 0) settings[key] = value;
    else problems.push(...found.map(withoutPrefix));
  }
  return sources === undefined ? { settings, problems } : { settings, problems, sources };
}

function withoutPrefix(problem: string): string {
  return problem.replace(/^sms\./, '');
}

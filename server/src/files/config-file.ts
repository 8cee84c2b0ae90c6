// `.smslintrc.json`: the `sms.*` settings without the prefix, found from a template's folder upward
// (the nearest file wins). Used by smslint and by the language server, so CI and the editor agree.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findNodeAtLocation, parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../core';
import { resolveSettings } from '../core/settings';
import { settingKeyNames } from '../core/settings-declaration';
import type { SettingProblem } from '../core/types';
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
  /** The same problems as `error`, each with its place in the file's text; only when there are any. */
  problems?: ConfigProblem[];
}

/** One problem of a config file, at the key or value it is about. */
export interface ConfigProblem {
  /** In words, without the file's path (as in `error`). */
  message: string;
  /** UTF-16 offsets into the file's text of what is wrong. */
  start: number;
  end: number;
  /** 1-based line and column (UTF-16 units) of `start`, lines ended as LSP ends them (`\r\n`, `\n`, `\r`). */
  line: number;
  column: number;
  /** About the whole file (not JSON, not an object): smslint names the file without a place. */
  wholeFile?: true;
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

/** A config file's text, checked: what `loadConfigFile` returns, for text read some other way (the editor's file system in the browser, an open editor). */
export function configFromText(text: string, configPath: string): LoadedConfig {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const json = text.slice(bom);
  let lines: LineIndex | undefined;
  const placed = (message: string, start: number, end: number, wholeFile = false): ConfigProblem => {
    const position = (lines ??= new LineIndex(text)).positionAt(start);
    const line = position.line + 1;
    const column = position.character + 1;
    return wholeFile ? { message, start, end, line, column, wholeFile: true } : { message, start, end, line, column };
  };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const message = `not valid JSON (${jsonErrorAt(json, error)}); using the defaults.`;
    // jsonc-parser says where.
    const errors: ParseError[] = [];
    treeOf(json, errors);
    const first = errors[0];
    const start = bom + (first?.offset ?? 0);
    const problem = placed(message, start, start + Math.max(first?.length ?? 0, 1), true);
    return { settings: undefined, path: configPath, error: `${configPath}: ${message}`, problems: [problem] };
  }
  const { settings, problemsAt, sources } = checkConfig(raw);
  const loaded: LoadedConfig = { settings, path: configPath };
  if (sources !== undefined) loaded.sources = sources;
  if (problemsAt.length > 0) {
    // Where each problem is: jsonc-parser's tree with offsets, only when there is one to place.
    const tree = treeOf(json, []);
    loaded.error = problemsAt.map((problem) => `${configPath}: ${problem.message}`).join('\n');
    loaded.problems = problemsAt.map((problem) => {
      const node = nodeOf(tree, problem);
      const start = bom + (node?.offset ?? 0);
      return placed(problem.message, start, start + (node?.length ?? json.length), problem.path.length === 0);
    });
  }
  return loaded;
}

/**
 * jsonc-parser's tree with offsets (comments and trailing commas refused, as JSON.parse does);
 * undefined for text nested too deeply for its recursion: then problems are placed on the whole text.
 */
function treeOf(json: string, errors: ParseError[]): JsonNode | undefined {
  try {
    return parseTree(json, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    return undefined;
  }
}

/** The JSON node a problem is about: the key for an unknown key, else the value; the whole text when the path is empty. */
function nodeOf(tree: JsonNode | undefined, problem: SettingProblem): JsonNode | undefined {
  if (tree === undefined || problem.path.length === 0) return tree;
  const node = findNodeAtLocation(tree, problem.path);
  if (node === undefined) return tree;
  if (problem.target === 'key' && node.parent?.type === 'property') return node.parent.children?.[0] ?? node;
  return node;
}

/** JSON.parse's complaint, with the line and column where Node only gives a position. */
function jsonErrorAt(text: string, error: unknown): string {
  const message = (error as Error).message;
  const position = /at position (\d+)/.exec(message);
  if (position === null || /line \d+/.test(message)) return message;
  const { line, character } = new LineIndex(text).positionAt(Number(position[1]));
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line + 1} column ${character + 1}`;
}

const knownKeys = new Set(settingKeyNames);

/**
 * Keeps the valid values of a parsed config and says what is wrong with the others (and where), so
 * that the caller's resolveSettings sees only values it accepts and nothing is reported twice. An
 * invalid value is dropped, never replaced by a default: the editor's setting then applies.
 */
function checkConfig(raw: unknown): {
  settings: Record<string, unknown> | undefined;
  problemsAt: SettingProblem[];
  sources?: SourceConfig[];
} {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const message = 'must hold one JSON object of settings; using the defaults.';
    return { settings: undefined, problemsAt: [{ path: [], target: 'value', message }] };
  }
  const settings: Record<string, unknown> = {};
  const problemsAt: SettingProblem[] = [];
  let sources: SourceConfig[] | undefined;
  for (const [key, value] of Object.entries(raw)) {
    if (key === '$schema') continue;
    if (key === 'sources') {
      const checked = checkSources(value);
      sources = checked.sources;
      problemsAt.push(...checked.problemsAt);
    } else if (!knownKeys.has(key)) {
      const bare = key.startsWith('sms.') ? key.slice(4) : undefined;
      problemsAt.push({
        path: [key],
        target: 'key',
        message:
          bare !== undefined && knownKeys.has(bare)
            ? `unknown key "${key}": write "${bare}" (no "sms." prefix in this file); ignored.`
            : `unknown key "${key}"; ignored. Known keys: ${settingKeyNames.join(', ')}.`,
      });
    } else settings[key] = value;
  }
  const resolved = resolveSettings(settings);
  for (const problem of resolved.problemsAt) dropAt(settings, problem.path);
  // In the order of the file's keys (each key's own problems in the order the settings declare).
  const order = Object.keys(raw);
  problemsAt.push(...resolved.problemsAt);
  problemsAt.sort((a, b) => order.indexOf(String(a.path[0])) - order.indexOf(String(b.path[0])));
  return sources === undefined ? { settings, problemsAt } : { settings, problemsAt, sources };
}

/** Removes the value at `path` (an invalid one) from the settings. */
function dropAt(settings: Record<string, unknown>, path: (string | number)[]): void {
  let holder: unknown = settings;
  for (const key of path.slice(0, -1)) holder = (holder as Record<string, unknown> | undefined)?.[key];
  if (typeof holder === 'object' && holder !== null) delete (holder as Record<string, unknown>)[path[path.length - 1]];
}

// Which files a `.smslintrc.json`'s `sources` name: the source a file belongs to (globs relative to
// the config file), every file of a folder's sources, and the locale's other files (Fluent terms).
// smslint's, on disk (the language server reaches files through its host: lsp/sources.ts); both
// match with core/template/sources/source-match.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import { loadConfigFile, loadConfigFor, type LoadedConfig } from './config-file';
import type { SourceConfig } from '../core/template/sources/source-config';
import type { ReadContext } from '../core/template/sources/source-message';
import { lintOptionsOf, sourceMatching } from '../core/template/sources/source-match';

export interface MatchedSource {
  source: SourceConfig;
  config: LoadedConfig & { path: string };
}

/** The first source of `config` whose `files` match `filePath`. */
export function sourceInConfig(config: LoadedConfig, filePath: string): MatchedSource | undefined {
  if (!config.path || !config.sources || config.sources.length === 0) return undefined;
  const relative = path.relative(path.dirname(config.path), path.resolve(filePath)).split(path.sep).join('/');
  if (path.isAbsolute(relative)) return undefined;
  const source = sourceMatching(config.sources, relative);
  return source && { source, config: config as LoadedConfig & { path: string } };
}

/** The source that `filePath` belongs to, from the nearest `.smslintrc.json` (or the given one). */
export function sourceFor(filePath: string, configPath?: string): MatchedSource | undefined {
  const config = configPath === undefined ? loadConfigFor(filePath) : loadConfigFile(configPath);
  return sourceInConfig(config, filePath);
}

/** Every file the sources of the configs that apply in `folder` match, below `folder`. */
export function sourceFilesIn(folder: string, configPath?: string): string[] {
  const absolute = path.resolve(folder);
  const configs = new Set<string>();
  if (configPath !== undefined) configs.add(path.resolve(configPath));
  else {
    const nearest = loadConfigFor(path.join(absolute, '.')).path;
    if (nearest) configs.add(nearest);
    for (const found of globSync('**/.smslintrc.json', { cwd: absolute, dot: true, onlyFiles: true, ignore: ['**/node_modules/**'] })) {
      configs.add(path.join(absolute, found));
    }
  }
  const files = new Set<string>();
  for (const each of configs) {
    const config = loadConfigFile(each);
    if (!config.sources) continue;
    const base = path.dirname(each);
    for (const source of config.sources) {
      for (const match of globSync(source.files, { cwd: base, onlyFiles: true, ignore: ['**/node_modules/**'] })) {
        const file = path.join(base, match);
        const inside = path.relative(absolute, file);
        if (inside.startsWith('..') || path.isAbsolute(inside)) continue;
        // A file belongs to the nearest config's sources only.
        if (configPath === undefined && loadConfigFor(file).path !== each) continue;
        files.add(file);
      }
    }
  }
  return [...files].sort();
}

export { lintOptionsOf };

/** The reader's context: the file, and the other files of its folder in the same format (Fluent terms). */
export function readContextFor(filePath: string, source: SourceConfig, readText?: (file: string) => string | undefined): ReadContext {
  return {
    filePath,
    siblingFiles: () => {
      if (source.format !== 'fluent') return [];
      const folder = path.dirname(path.resolve(filePath));
      let names: string[];
      try {
        names = fs.readdirSync(folder);
      } catch {
        return [];
      }
      const siblings: { path: string; text: string }[] = [];
      for (const name of names.sort()) {
        const file = path.join(folder, name);
        if (!name.endsWith('.ftl') || file === path.resolve(filePath)) continue;
        let text = readText?.(file);
        if (text === undefined) {
          try {
            text = fs.readFileSync(file, 'utf8');
          } catch {
            continue;
          }
        }
        siblings.push({ path: file, text });
      }
      return siblings;
    },
  };
}

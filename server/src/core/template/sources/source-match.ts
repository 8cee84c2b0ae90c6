// Which of a `.smslintrc.json`'s `sources` a file belongs to, from its path relative to the config
// file's folder (picomatch over the `files` globs), and the options its reader and lint take. No
// file access: smslint (files/source-files.ts, on disk) and the language server (lsp/sources.ts,
// through its host) both decide with this.
import picomatch from 'picomatch';
import type { SourceConfig } from './source-config';
import type { SourceLintOptions } from './lint-source';

const matchers = new Map<string, (relative: string) => boolean>();

function matcherFor(globs: readonly string[]): (relative: string) => boolean {
  const id = globs.join('\u0000');
  let matcher = matchers.get(id);
  if (!matcher) {
    matcher = picomatch(globs as string[], { dot: false });
    matchers.set(id, matcher);
  }
  return matcher;
}

/** The first of `sources` whose `files` match `relative` (`/`-separated, below the config's folder). */
export function sourceMatching(sources: readonly SourceConfig[] | undefined, relative: string): SourceConfig | undefined {
  if (!sources || relative.startsWith('../') || relative.startsWith('/')) return undefined;
  return sources.find((source) => matcherFor(source.files)(relative));
}

export function lintOptionsOf(source: SourceConfig): SourceLintOptions {
  return { format: source.format, keys: source.keys, templateKeys: source.templateKeys };
}

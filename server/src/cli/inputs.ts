// smslint's inputs: standard input, files (decoded as an editor shows them), folders and globs
// expanded to templates and locale files, each real file once.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { decodeTemplate, fileErrorReason, findTemplateFiles, skippedFolderNames } from '../files/template-files';
import { sourceFilesIn, sourceFor, type MatchedSource } from '../files/source-files';

/** A file to lint, or a path that cannot be linted and why. */
export type Target = { file: string; realPath: string } | { file: string; error: string };

export interface Input {
  file: string;
  text?: string;
  /** A byte order mark the file starts with: not part of the template, kept when fixing. */
  bom?: string;
  error?: string;
  /** The `sources` entry of a locale file: linted message by message. */
  source?: MatchedSource;
}

export function readStandardInput(): Input {
  try {
    return { file: '-', ...decodeTemplate(fs.readFileSync(0)) };
  } catch (error) {
    return { file: '-', error: `cannot read standard input: ${fileErrorReason(error)}` };
  }
}

export function readFile(file: string, source?: MatchedSource): Input {
  try {
    const input: Input = { file, ...decodeTemplate(fs.readFileSync(file)) };
    if (source) input.source = source;
    return input;
  } catch (error) {
    return { file, error: `cannot read ${file}: ${fileErrorReason(error)}` };
  }
}

/**
 * Whether --ignore-unknown keeps a target: a template file, a locale file that a `.smslintrc.json`
 * source names, or a folder or glob to search for them.
 */
export function isTemplateTarget(target: string, configPath: string | undefined): boolean {
  if (target.toLowerCase().endsWith('.sms')) return true;
  try {
    if (sourceFor(target, configPath) !== undefined) return true;
  } catch {
    // no readable config: not a source
  }
  try {
    return fs.statSync(target).isDirectory();
  } catch {
    return isDynamicPattern(target);
  }
}

/** The files a command-line argument names: a file, a folder's templates or a glob's matches. */
export async function expand(target: string): Promise<Target[]> {
  let stat: fs.Stats | undefined;
  let statError: unknown;
  try {
    stat = fs.statSync(target);
  } catch (error) {
    statError = error;
  }
  if (stat === undefined && isDynamicPattern(target)) return expandGlob(target);
  if (stat === undefined) return [{ file: target, error: `cannot read ${target}: ${fileErrorReason(statError)}` }];
  if (stat.isDirectory()) {
    const { files, unreadable } = await findTemplateFiles([target]);
    const found: Target[] = [...unreadable.map(({ path: file, message }) => ({ file, error: message })), ...files.map(({ path: file, realPath }) => ({ file, realPath }))];
    // And every locale file that the sources of the folder's .smslintrc.json files name.
    for (const file of sourceFilesIn(target)) found.push({ file: path.relative(process.cwd(), file) || file, realPath: realPathOf(file) });
    return found.length > 0 ? found : [{ file: target, error: `no *.sms files in ${target}` }];
  }
  return [{ file: target, realPath: realPathOf(target) }];
}

/**
 * A glob's matches, sorted, each real file once (named by its path without links when it has
 * one); folders it cannot list and links it cannot follow are named, not skipped in silence.
 */
export async function expandGlob(pattern: string): Promise<Target[]> {
  const unreadable: Target[] = [];
  // tinyglobby walks absolute paths and names its matches from the current folder: so do these.
  const shown = (walked: string) => path.relative(process.cwd(), walked) || '.';
  // tinyglobby passes over what it cannot read without a word: these wrappers note it on the way.
  const readdir = ((folder: string, options: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: fs.Dirent[]) => void) =>
    fs.readdir(folder, options, (error, entries) => {
      if (error) unreadable.push({ file: shown(folder), error: `cannot read the folder ${shown(folder)}: ${fileErrorReason(error)}` });
      callback(error, entries);
    })) as unknown as typeof fs.readdir;
  const realpath = ((link: string, callback: (error: NodeJS.ErrnoException | null, resolved: string) => void) =>
    fs.realpath(link, (error, resolved) => {
      // A link that points nowhere has nothing to lint.
      if (error && error.code !== 'ENOENT') unreadable.push({ file: shown(link), error: `cannot follow the link ${shown(link)}: ${fileErrorReason(error)}` });
      callback(error, resolved);
    })) as unknown as typeof fs.realpath;
  const ignore = [...skippedFolderNames].map((name) => `**/${name}/**`);
  const matches = (await glob(pattern, { onlyFiles: true, dot: true, ignore, fs: { readdir, realpath } })).sort();
  /** Real path → the path to report, in the order first matched. */
  const chosen = new Map<string, string>();
  for (const file of matches) {
    const realPath = realPathOf(file);
    const current = chosen.get(realPath);
    if (current === undefined || (path.resolve(current) !== realPath && path.resolve(file) === realPath)) chosen.set(realPath, file);
  }
  const found: Target[] = [...unreadable, ...[...chosen].map(([realPath, file]) => ({ file, realPath }))];
  return found.length > 0 ? found : [{ file: pattern, error: `no files match ${pattern}` }];
}

/** The file with every symbolic link resolved; the path itself when that fails (reading it says why). */
export function realPathOf(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

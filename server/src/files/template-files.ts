// Template files on disk, for smslint and the language server alike: the `*.sms` files under
// folders (each real file once, symbolic-link loops never followed, dot-folders searched but `.git`
// and `node_modules` skipped, what cannot be read named with the reason), a template's text as an
// editor shows it (UTF-8, a byte order mark set aside), and file-system errors in words.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bomLength } from '../core';

/**
 * Folders never searched for templates. Dot-folders (`.github/`, `.config/` …) are searched like
 * any other, as ESLint 9 and markdownlint-cli2 do: only these two are left out.
 */
export const skippedFolderNames: ReadonlySet<string> = new Set(['node_modules', '.git']);
/** The same folders as a glob, for the editor's file search. */
export const skippedFoldersGlob = `**/{${[...skippedFolderNames].join(',')}}/**`;

export function isTemplateFileName(name: string): boolean {
  return name.endsWith('.sms');
}

export interface FoundTemplate {
  /** The path as found: under the folder searched, through the links followed to reach it. */
  path: string;
  /** The same file with every symbolic link resolved: the same file reached twice has one. */
  realPath: string;
}

export interface UnreadablePath {
  path: string;
  /** What went wrong, in words: "cannot read the folder a/b: permission denied (EACCES)". */
  message: string;
}

export interface TemplateSearch {
  /** Sorted by path. */
  files: FoundTemplate[];
  /** Folders that could not be listed and links that could not be followed, in the order met. */
  unreadable: UnreadablePath[];
  /** The search stopped at `maxFiles`. */
  truncated: boolean;
}

/**
 * Every `*.sms` file under the folders, each real file once. Folders reached directly are searched
 * before those reached through a symbolic link, so that a template is named by its own path when
 * it has one, and a folder already searched (a link to `..`, say) is never searched again. Links
 * that point nowhere are skipped (there is nothing to lint); anything else that cannot be read is
 * listed in `unreadable`. Never throws.
 */
export async function findTemplateFiles(folders: readonly string[], maxFiles = Infinity): Promise<TemplateSearch> {
  const byRealPath = new Map<string, FoundTemplate>();
  const searched = new Set<string>();
  const unreadable: UnreadablePath[] = [];
  const direct = [...folders].reverse();
  const throughLinks: string[] = [];
  const add = (found: FoundTemplate) => {
    if (!byRealPath.has(found.realPath)) byRealPath.set(found.realPath, found);
  };
  let truncated = false;
  for (;;) {
    if (byRealPath.size >= maxFiles) {
      truncated = direct.length > 0 || throughLinks.length > 0;
      break;
    }
    const folder = direct.pop() ?? throughLinks.shift();
    if (folder === undefined) break;
    let realFolder: string;
    let entries: fs.Dirent[];
    try {
      realFolder = await fs.promises.realpath(folder);
      if (searched.has(realFolder)) continue;
      searched.add(realFolder);
      entries = await fs.promises.readdir(folder, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ path: folder, message: `cannot read the folder ${folder}: ${fileErrorReason(error)}` });
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subfolders: string[] = [];
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!skippedFolderNames.has(entry.name)) subfolders.push(full);
      } else if (entry.isFile()) {
        if (isTemplateFileName(entry.name)) add({ path: full, realPath: path.join(realFolder, entry.name) });
      } else if (entry.isSymbolicLink() && !skippedFolderNames.has(entry.name)) {
        try {
          const target = await fs.promises.stat(full);
          if (target.isDirectory()) throughLinks.push(full);
          else if (target.isFile() && isTemplateFileName(entry.name)) add({ path: full, realPath: await fs.promises.realpath(full) });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') unreadable.push({ path: full, message: `cannot follow the link ${full}: ${fileErrorReason(error)}` });
        }
      }
    }
    for (let i = subfolders.length - 1; i >= 0; i--) direct.push(subfolders[i]);
  }
  const files = [...byRealPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, unreadable, truncated };
}

export interface TemplateText {
  /** The text as an editor shows it: UTF-8 (invalid bytes become U+FFFD, which the rules report). */
  text: string;
  /** The byte order mark the file starts with ('' when none): not part of the template, kept when fixing. */
  bom: string;
}

/** A template file's bytes as the editor's text: every offset then matches the opened file's. */
export function decodeTemplate(bytes: Buffer): TemplateText {
  const text = bytes.toString('utf8');
  return bomLength(text) === 1 ? { text: text.slice(1), bom: '\uFEFF' } : { text, bom: '' };
}

const errorReasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  EBUSY: 'the file is busy',
  EAGAIN: 'the file is not ready to be read',
};

/** A file-system error in words, with its code: "permission denied (EACCES)". */
export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code !== undefined && errorReasons[code] !== undefined) return `${errorReasons[code]} (${code})`;
  return (error as Error | undefined)?.message ?? String(error);
}

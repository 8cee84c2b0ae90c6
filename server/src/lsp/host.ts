// What the language server needs from where it runs — Node (dist/server.js) or a browser Web Worker
// (dist/web/server.js): its connection, and how it reaches files that are not open. The entry
// (server-node.ts or server-worker.ts) makes one and constructs the server on it (server.ts).
import type { Connection } from 'vscode-languageserver';
import type { LoadedConfig } from '../files/config-file';
import type { ArrivedVersions } from './transport';

/** A file that is not open: its stamp (changes whenever the file does) and, when read, its text. */
export interface HostFile {
  stamp: string;
  size: number;
  /** Absent when unchanged since the stamp passed in, or larger than asked for. */
  text?: string;
}

export interface LspHost {
  readonly connection: Connection;
  /** Edits that have arrived, including those still queued behind the request being answered. */
  readonly arrivedVersions: ArrivedVersions;
  /** The same key for every spelling of one file's URI (Node: the file path), to match open documents with listed files. */
  fileKeyOf(uri: string): string;
  /** The file at `uri`; undefined when there is none or it cannot be read. */
  readFile(uri: string, options: { maxBytes: number; ifChangedFrom?: string }): Promise<HostFile | undefined>;
  /**
   * Every `.sms` file under the folders (URIs, sorted, node_modules and .git left out); undefined
   * when the file system cannot be listed, where workspace diagnostics are off.
   */
  findTemplates(folderUris: readonly string[]): Promise<string[] | undefined>;
  /**
   * The files below the folder `baseUri` that `include` (a glob relative to it) matches, as URIs,
   * sorted, `exclude` left out; undefined when the file system cannot be listed (then nothing that
   * needs a listing is offered there: Compare Translations, locale files in workspace diagnostics).
   */
  findFiles(baseUri: string, include: string, exclude: string): Promise<string[] | undefined>;
  /** The URIs of the files directly in the folder `folderUri`, sorted; undefined when it cannot be read. */
  listFolder(folderUri: string): Promise<string[] | undefined>;
  /** The `.smslintrc.json` nearest to the template, from its folder up to its workspace folder; `uri` says where it is. */
  configFor(uri: string, folderUris: readonly string[]): Promise<LoadedConfig>;
  /** Forgets every config file read, after one was created, changed or deleted. */
  forgetConfigs(): void;
}

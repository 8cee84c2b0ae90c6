// Custom LSP requests shared by the client and the server, one typed RequestType per method: the
// server in a browser Web Worker reads and lists the editor's files through them (any URI scheme).
import { RequestType } from 'vscode-languageserver-protocol';

/** `initializationOptions.fileAccess: true` says that the client answers the requests below. */
export const fileAccessOption = 'fileAccess';

export interface ReadFileParams {
  /** The file, any URI scheme the editor's file system knows. */
  uri: string;
  /** The stamp of the copy the server has: when the file still has it, the text is left out. */
  ifChangedFrom?: string;
  /** Larger files are not read: the reply has no text. */
  maxBytes: number;
}

export interface ReadFileResult {
  /** Changes whenever the file does (its size and modification time). */
  stamp: string;
  size: number;
  /** UTF-8 decoded; absent when unchanged since `ifChangedFrom` or larger than `maxBytes`. */
  text?: string;
}

/** `sms/readFile`: a file through the editor's file system; null when it does not exist or is not a file. */
export namespace ReadFileRequest {
  export const method = 'sms/readFile';
  export const type = new RequestType<ReadFileParams, ReadFileResult | null, void>(method);
}

export interface FindFilesParams {
  /** The folder searched (a workspace folder's URI). */
  base: string;
  /** A glob relative to `base`: for templates, every `.sms` file at any depth. */
  include: string;
  /** A glob of what to leave out, e.g. node_modules. */
  exclude: string;
  maxResults: number;
}

/**
 * `sms/findFiles`: the files under a folder, from the editor's file search; null when the editor
 * cannot list that file system (no search provider for its scheme), so that the server stops asking.
 */
export namespace FindFilesRequest {
  export const method = 'sms/findFiles';
  export const type = new RequestType<FindFilesParams, string[] | null, void>(method);
}

/**
 * `sms/readDirectory`: the URIs of the files (not folders) directly in a folder, from the editor's
 * file system, which every scheme can answer even where nothing can search it (the other files of
 * a Fluent locale); null when the folder cannot be read.
 */
export namespace ReadDirectoryRequest {
  export const method = 'sms/readDirectory';
  export const type = new RequestType<{ uri: string }, string[] | null, void>(method);
}

// What the language server in a Web Worker cannot do itself: read and list the editor's files. The
// client answers its sms/readFile, sms/readDirectory and sms/findFiles requests (protocol.ts) with
// vscode.workspace.fs and findFiles, so templates, locale files and `.smslintrc.json` are found on
// any file system the editor has.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FindFilesRequest, ReadDirectoryRequest, ReadFileRequest } from '../../server/src/protocol/file-access';

/**
 * How long a listing may take before the file system counts as one that cannot be listed: where no
 * search provider serves a scheme, findFiles waits for one that may never come.
 */
const listingTimeoutMs = 10_000;

export function serveFileAccess(client: BaseLanguageClient): void {
  client.onRequest(ReadFileRequest.type, async ({ uri, ifChangedFrom, maxBytes }) => {
    const target = vscode.Uri.parse(uri, true);
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(target);
    } catch {
      return null;
    }
    if ((stat.type & vscode.FileType.File) === 0) return null;
    const stamp = `${stat.mtime}.${stat.size}`;
    if (stamp === ifChangedFrom || stat.size > maxBytes) return { stamp, size: stat.size };
    try {
      return { stamp, size: stat.size, text: new TextDecoder().decode(await vscode.workspace.fs.readFile(target)) };
    } catch {
      return null;
    }
  });

  client.onRequest(ReadDirectoryRequest.type, async ({ uri }) => {
    const folder = vscode.Uri.parse(uri, true);
    try {
      const entries = await vscode.workspace.fs.readDirectory(folder);
      return entries.filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => vscode.Uri.joinPath(folder, name).toString());
    } catch {
      return null;
    }
  });

  client.onRequest(FindFilesRequest.type, async ({ base, include, exclude, maxResults }, token) => {
    const search = new vscode.CancellationTokenSource();
    const cancelled = token.onCancellationRequested(() => search.cancel());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<null>((resolve) => {
      timer = setTimeout(() => {
        search.cancel();
        resolve(null);
      }, listingTimeoutMs);
    });
    try {
      const pattern = new vscode.RelativePattern(vscode.Uri.parse(base, true), include);
      const found = await Promise.race([vscode.workspace.findFiles(pattern, exclude, maxResults, search.token), timedOut]);
      return found === null || search.token.isCancellationRequested ? null : found.map((uri) => uri.toString());
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
      cancelled.dispose();
      search.dispose();
    }
  });
}

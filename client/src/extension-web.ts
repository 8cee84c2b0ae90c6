// The extension's entry in the browser (`browser`, dist/web/extension.js: vscode.dev, github.dev, the
// web worker extension host): the language server runs in a Web Worker (dist/web/server.js) and
// reads the editor's files through the client (file-access.ts).
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, deactivate as stopClient, type SmsExtensionApi } from './extension';
import { serveFileAccess } from './file-access';
import { fileAccessOption } from '../../server/src/protocol/file-access';

/** The browser's Worker, as far as this file uses it (the project's TypeScript lib has no DOM). */
declare class Worker {
  constructor(url: string, options?: { name?: string });
  terminate(): void;
}

let worker: Worker | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<SmsExtensionApi> {
  const started = await startServerWorker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js'));
  worker = started.worker;
  try {
    return await activateWith(
      context,
      (clientOptions) => {
        const client = new LanguageClient('sms', 'SMS Templates', clientOptions, started.worker);
        serveFileAccess(client);
        return client;
      },
      { [fileAccessOption]: true },
    );
  } finally {
    // The worker has loaded its script once the client has started (or failed to).
    started.release();
  }
}

export async function deactivate(): Promise<void> {
  await stopClient();
  worker?.terminate();
  worker = undefined;
}

/**
 * The server's worker. Where the extension is served over http(s) (vscode.dev, github.dev) the
 * script's URL works as it is; where the editor refuses that (an extension installed on a remote,
 * `vscode-remote://` in code-server: "Creating workers from remote extensions is currently not
 * supported"), the script is read through the editor and started from a blob: URL.
 */
async function startServerWorker(script: vscode.Uri): Promise<{ worker: Worker; release(): void }> {
  const options = { name: 'SMS language server' };
  try {
    return { worker: new Worker(script.toString(), options), release: () => undefined };
  } catch {
    const code = await vscode.workspace.fs.readFile(script);
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    return { worker: new Worker(url, options), release: () => URL.revokeObjectURL(url) };
  }
}

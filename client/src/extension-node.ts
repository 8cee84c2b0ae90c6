// The extension's entry in VS Code on the desktop and remote hosts (`main`, dist/extension.js): the
// language server runs as a Node process (dist/server.js) over IPC and reads files from disk itself.
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateWith, type SmsExtensionApi } from './extension';

export { deactivate } from './extension';

/**
 * Node options for the server process, from package.json's `smsLanguageServer` (bench/editor.mjs
 * starts the server with the same ones). A young generation of 2 MB semi-spaces instead of 16 MB
 * keeps the server's memory small with many templates open (1 MB saved 2 MB more, but made a
 * 5,000-message locale file's lint 20–30 ms slower: docs/performance.md); one malloc
 * arena instead of one per thread saves megabytes and costs nothing here.
 */
interface ServerProcessOptions {
  execArgv: string[];
  env: Record<string, string>;
}

export function activate(context: vscode.ExtensionContext): Promise<SmsExtensionApi> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const { execArgv, env } = (context.extension.packageJSON as { smsLanguageServer: ServerProcessOptions }).smsLanguageServer;
  const serverEnv = { ...process.env, ...env };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv, env: serverEnv } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6011'], env: serverEnv } },
  };
  return activateWith(context, (clientOptions) => new LanguageClient('sms', 'SMS Templates', serverOptions, clientOptions));
}

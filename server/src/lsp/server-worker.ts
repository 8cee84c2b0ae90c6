// The language server's entry in a browser Web Worker (dist/web/server.js, for vscode.dev and
// github.dev): messages through the worker's port, files through the editor (host-browser.ts).
import { browserHost } from './host-browser';
import { SmsLanguageServer } from './server';

declare const self: Parameters<typeof browserHost>[0];

new SmsLanguageServer(browserHost(self)).listen();

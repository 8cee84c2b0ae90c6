// The language server's entry in a browser Web Worker (dist/web/server.js, for vscode.dev and
// github.dev): messages through the worker's port, files through the editor (lsp-host-browser.ts).
import { installHost } from './host';
import { browserHost } from './host-browser';

declare const self: Parameters<typeof browserHost>[0];

installHost(browserHost(self));
// Loaded once the host is installed: server.ts registers its handlers on the host's connection as it loads.
void import('./server.js');

// Speaks LSP to the browser build of the server (dist/web/server.js) as the web client does: the
// bundle runs in a Node worker thread whose `self` is a port (what a browser Web Worker has), and
// this side answers its sms/readFile, sms/readDirectory and sms/findFiles requests from an in-memory
// file system.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import lsp from 'vscode-languageserver/node.js';
import { editorCapabilities } from './lsp-session.mjs';

const { createMessageConnection, PortMessageReader, PortMessageWriter } = lsp;

export const workerServerPath = fileURLToPath(new URL('../../dist/web/server.js', import.meta.url));

// Runs in the worker thread: a browser worker's global `self`, then the bundle as a classic script.
const workerBootstrap = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const vm = require('node:vm');
globalThis.self = {
  postMessage: (message) => parentPort.postMessage(message),
  addEventListener: () => {},
  set onmessage(listener) { parentPort.on('message', (data) => listener({ data })); },
};
vm.runInThisContext(readFileSync(workerData.script, 'utf8'), { filename: workerData.script });
`;

/**
 * `files`: URI → text (mutable: tests change it); `listing(base, include)`: the URIs a search below
 * the folder `base` for the glob `include` finds, or null where the editor cannot search; a folder's
 * files (sms/readDirectory) are those of `files` directly in it. Records every request the server
 * sends in `asked`.
 */
export async function startWorkerServer({ files = new Map(), listing = () => null, workspaceFolders = [], fileAccess = true, settings = {} } = {}) {
  const worker = new Worker(workerBootstrap, { eval: true, workerData: { script: workerServerPath } });
  const connection = createMessageConnection(new PortMessageReader(worker), new PortMessageWriter(worker));
  const session = { worker, connection, files, asked: [], logs: [], messages: [], diagnosticRefreshes: 0 };
  const stampOf = (uri) => `stamp-${files.get(uri).length}-${[...files.get(uri)].reduce((sum, c) => sum + c.charCodeAt(0), 0)}`;
  connection.onRequest('sms/readFile', ({ uri, ifChangedFrom, maxBytes }) => {
    session.asked.push(['sms/readFile', uri]);
    if (!files.has(uri)) return null;
    const stamp = stampOf(uri);
    const size = new TextEncoder().encode(files.get(uri)).length;
    return stamp === ifChangedFrom || size > maxBytes ? { stamp, size } : { stamp, size, text: files.get(uri) };
  });
  connection.onRequest('sms/findFiles', ({ base, include, exclude }) => {
    session.asked.push(['sms/findFiles', base, include, exclude]);
    return listing(base, include);
  });
  connection.onRequest('sms/readDirectory', ({ uri }) => {
    session.asked.push(['sms/readDirectory', uri]);
    return [...files.keys()].filter((file) => file.startsWith(`${uri}/`) && !file.slice(uri.length + 1).includes('/'));
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map((item) => (item.section === 'sms' ? settings : null)));
  connection.onRequest('workspace/diagnostic/refresh', () => {
    session.diagnosticRefreshes++;
    return null;
  });
  connection.onRequest('workspace/inlayHint/refresh', () => null);
  connection.onNotification('window/logMessage', (params) => session.logs.push(params.message));
  connection.onNotification('window/showMessage', (params) => session.messages.push(params.message));
  connection.listen();
  session.initializeResult = await connection.sendRequest('initialize', {
    processId: null,
    rootUri: workspaceFolders[0] ?? null,
    workspaceFolders: workspaceFolders.map((uri) => ({ uri, name: uri.split('/').pop() })),
    capabilities: editorCapabilities,
    initializationOptions: { fileAccess },
  });
  connection.sendNotification('initialized', {});
  Object.assign(session, {
    open(uri, text, version = 1, languageId = 'sms') {
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    close(uri) {
      connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    diagnostics(uri) {
      return connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    },
    workspaceDiagnostics(previousResultIds = []) {
      return connection.sendRequest('workspace/diagnostic', { previousResultIds });
    },
    filesChanged(changes) {
      connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
    },
    async stop() {
      await connection.sendRequest('shutdown').catch(() => {});
      connection.dispose();
      await worker.terminate();
    },
  });
  return session;
}

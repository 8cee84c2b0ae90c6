// Speaks LSP to `node dist/server.js --stdio` as an editor does: initialize, open, change, pull,
// and answers the server's own requests (workspace/configuration) from `session.settings`.
// `openSession` is that editor's side on any connection; in-process-session.mjs uses it in-process.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import lsp from 'vscode-languageserver/node.js';

const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = lsp;

export const serverPath = fileURLToPath(new URL('../../dist/server.js', import.meta.url));

/** What VS Code's client declares, reduced to what this server looks at. */
export const editorCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    diagnostics: { refreshSupport: true },
    inlayHint: { refreshSupport: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true } },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
    inlayHint: {},
    publishDiagnostics: {},
  },
};

/** A plain client such as Neovim 0.7: no pull diagnostics, no refresh requests. */
export const plainCapabilities = {
  workspace: { configuration: true },
  textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: {} },
};

export function uriOf(file) {
  return pathToFileURL(path.resolve(file)).href;
}

/** `execArgv` and `env`: Node options and environment for the server process (e.g. those the extension forks it with). */
export async function startServer({ execArgv = [], env = {}, ...options } = {}) {
  const child = spawn(process.execPath, [...execArgv, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  return openSession(connection, { ...options, processId: process.pid }, {
    child,
    stderr: () => stderr,
    /** Shuts the server down as an editor does and waits for the process to exit. */
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      try {
        await Promise.race([connection.sendRequest('shutdown'), exited]);
        connection.sendNotification('exit');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => child.kill(), 3000);
      await exited;
      clearTimeout(timer);
      connection.dispose();
    },
  });
}

/**
 * Initializes the server at the other end of `connection` as an editor does and returns the session:
 * the editor's side of it (open, change, pull, …) and what the server sent (messages, refreshes,
 * published diagnostics). `transport` says how it runs: its `stop()`, and `child` and `stderr()` for a process.
 */
export async function openSession(connection, { settings = {}, capabilities = editorCapabilities, workspaceFolders = null, initializationOptions, processId = null } = {}, transport) {
  const events = new EventEmitter();
  const session = {
    child: transport.child,
    connection,
    events,
    settings,
    /** window/showMessage notifications, in order. */
    messages: [],
    /** workspace/configuration items asked for. */
    configurationItems: [],
    diagnosticRefreshes: 0,
    inlayHintRefreshes: 0,
    /** uri → the last publishDiagnostics params. */
    published: new Map(),
    versions: new Map(),
    get stderr() {
      return transport.stderr();
    },
  };
  connection.onRequest('workspace/configuration', (params) => {
    session.configurationItems.push(...params.items);
    return params.items.map((item) => (item.section === 'sms' ? session.settings : null));
  });
  connection.onNotification('window/showMessage', (params) => {
    session.messages.push(params);
    events.emit('showMessage', params);
  });
  connection.onNotification('window/logMessage', (params) => events.emit('logMessage', params));
  connection.onRequest('workspace/diagnostic/refresh', () => {
    session.diagnosticRefreshes++;
    events.emit('diagnosticRefresh');
    return null;
  });
  connection.onRequest('workspace/inlayHint/refresh', () => {
    session.inlayHintRefreshes++;
    events.emit('inlayHintRefresh');
    return null;
  });
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    session.published.set(params.uri, params);
    events.emit('publishDiagnostics', params);
  });
  connection.listen();
  const folders = workspaceFolders?.map((folder) => ({ uri: uriOf(folder), name: path.basename(folder) })) ?? null;
  session.initializeResult = await connection.sendRequest('initialize', {
    processId,
    rootUri: folders?.[0]?.uri ?? null,
    workspaceFolders: folders,
    capabilities,
    initializationOptions,
  });
  connection.sendNotification('initialized', {});

  Object.assign(session, {
    open(uri, text) {
      session.versions.set(uri, 1);
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sms', version: 1, text } });
    },
    /** Applies LSP content changes ({ range, text } or { text }) as the next version. */
    change(uri, contentChanges) {
      const version = (session.versions.get(uri) ?? 0) + 1;
      session.versions.set(uri, version);
      connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
      return version;
    },
    close(uri) {
      connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    },
    diagnostics(uri, previousResultId) {
      return connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
    },
    hover(uri, position) {
      return connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    },
    codeActions(uri, range, context = { diagnostics: [] }) {
      return connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context });
    },
    inlayHints(uri, range) {
      return connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range });
    },
    segments(uri, options = {}) {
      return connection.sendRequest('sms/segments', { uri, ...options });
    },
    /** Resolves with the next `name` event for which `accept` holds; rejects after `timeoutMs`. */
    next(name, accept = () => true, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          events.off(name, listener);
          reject(new Error(`no ${name} within ${timeoutMs} ms`));
        }, timeoutMs);
        const listener = (value) => {
          if (!accept(value)) return;
          clearTimeout(timer);
          events.off(name, listener);
          resolve(value);
        };
        events.on(name, listener);
      });
    },
    stop: () => transport.stop(),
  });
  return session;
}

/** The text after applying LSP text edits (as an editor applies a code action's edit). */
export function applyTextEdits(text, edits) {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offsetAt = ({ line, character }) => (line >= lineStarts.length ? text.length : Math.min(lineStarts[line] + character, text.length));
  const sorted = edits.map((edit) => ({ start: offsetAt(edit.range.start), end: offsetAt(edit.range.end), newText: edit.newText })).sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

/** The edits of a code action for one document, whichever form the server used. */
export function editsOf(action, uri) {
  const edit = action.edit ?? {};
  if (edit.documentChanges) return edit.documentChanges.filter((change) => change.textDocument.uri === uri).flatMap((change) => change.edits);
  return edit.changes?.[uri] ?? [];
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

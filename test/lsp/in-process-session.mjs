// The same session as lsp-session.mjs, with the server in this process (dist/server-in-process.js)
// over a pair of in-memory streams: no process to start, for tests of what the server answers.
// The spawned session stays for what needs the real transport (stdio framing, process flags, exit).
import { PassThrough } from 'node:stream';
import lsp from 'vscode-languageserver/node.js';
import inProcess from '../../dist/server-in-process.js';
import { openSession } from './lsp-session.mjs';

export { editorCapabilities, plainCapabilities, uriOf, applyTextEdits, editsOf, median } from './lsp-session.mjs';

const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = lsp;

/** Options as lsp-session.mjs's `startServer` (settings, capabilities, workspaceFolders, initializationOptions). */
export async function startServer(options = {}) {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = new inProcess.SmsLanguageServer(inProcess.streamHost(toServer, toClient));
  server.listen();
  const connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  /** What the server logged as errors (a process would write them to stderr). */
  let errors = '';
  // No process id: the connection would otherwise watch this process and keep it alive.
  const session = await openSession(connection, { ...options, processId: null }, {
    child: undefined,
    stderr: () => errors,
    async stop() {
      await connection.sendRequest('shutdown');
      connection.dispose();
      toServer.end();
      toClient.end();
    },
  });
  session.events.on('logMessage', (params) => {
    if (params.type === 1) errors += `${params.message}\n`;
  });
  return session;
}

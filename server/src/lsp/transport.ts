// The server's end of the connection (stdio or Node IPC in lsp-host-node.ts, a worker's port in
// lsp-host-browser.ts), watched as messages arrive rather than when their turn comes in the queue:
// under a burst of edits, a diagnostic pull whose document has already been edited again can then
// be answered at once instead of linting text nobody will see.
import type { DataCallback, Disposable, Message, MessageReader } from 'vscode-languageserver';

/** The newest version of each open document that the client has sent, whether or not it is applied yet. */
export class ArrivedVersions {
  private readonly versions = new Map<string, number>();
  /** The last declined pull per document: the version it was for, and the newer one that had arrived. */
  private readonly declined = new Map<string, { version: number; arrived: number }>();

  observe(message: Message): void {
    const { method, params } = message as {
      method?: unknown;
      params?: { textDocument?: { uri?: unknown; version?: unknown }; contentChanges?: unknown };
    };
    if (method !== 'textDocument/didChange' && method !== 'textDocument/didOpen' && method !== 'textDocument/didClose') return;
    const uri = params?.textDocument?.uri;
    if (typeof uri !== 'string') return;
    // A change without changes is never applied, so its version would wait forever.
    if (method === 'textDocument/didChange' && !(Array.isArray(params?.contentChanges) && params.contentChanges.length > 0)) return;
    const version = params?.textDocument?.version;
    if (method === 'textDocument/didClose' || typeof version !== 'number') {
      this.versions.delete(uri);
      this.declined.delete(uri);
    } else this.versions.set(uri, version);
  }

  /**
   * Whether a pull for `version` should be declined because a newer version has arrived and waits in
   * the queue. Once for the same two versions: should the newer one never be applied (a change the
   * document store rejects), the next pull for the same text is answered rather than declined again
   * and again.
   */
  shouldDecline(uri: string, version: number): boolean {
    const arrived = this.versions.get(uri);
    if (arrived === undefined || arrived <= version) return false;
    const last = this.declined.get(uri);
    if (last?.version === version && last.arrived === arrived) return false;
    this.declined.set(uri, { version, arrived });
    return true;
  }
}

/** Passes every message on unchanged, after showing it to `observe`. */
export class ObservedMessageReader implements MessageReader {
  constructor(
    private readonly reader: MessageReader,
    private readonly observe: (message: Message) => void,
  ) {}

  get onError() {
    return this.reader.onError;
  }

  get onClose() {
    return this.reader.onClose;
  }

  get onPartialMessage() {
    return this.reader.onPartialMessage;
  }

  listen(callback: DataCallback): Disposable {
    return this.reader.listen((message) => {
      try {
        this.observe(message);
      } catch {
        // Watching is an optimisation: a message it cannot read is still handled.
      }
      callback(message);
    });
  }

  dispose(): void {
    this.reader.dispose();
  }
}

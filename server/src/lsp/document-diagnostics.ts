// A document's diagnostics: pulled by clients that can (textDocument/diagnostic, answered Unchanged
// while its result id stands), published after a burst of edits to those that cannot.
import { DocumentDiagnosticReportKind } from 'vscode-languageserver';
import { isTemplateDocument, type ServerContext } from './context';
import { configDiagnostics, isConfigDocument } from './config-diagnostics';
import { documentFor, guarded, throwIfPullUnwanted } from './requests';
import { sourceDiagnostics } from './sources';

export function registerDocumentPulls(context: ServerContext): void {
  const { documents, lints } = context;
  context.connection.languages.diagnostics.on(
    guarded(context, 'textDocument/diagnostic', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async (params, token) => {
      const document = await documentFor(context, params?.textDocument?.uri);
      if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      if (isConfigDocument(document)) return { kind: DocumentDiagnosticReportKind.Full, items: configDiagnostics(document) };
      const open = documents.get(document.uri) === document;
      // Unchanged since the client's last report: nothing to lint.
      if (open && params.previousResultId !== undefined && params.previousResultId === lints.resultIdOf(document)) {
        return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: params.previousResultId };
      }
      const sourceLint = await lints.sourceLintOf(document);
      if (sourceLint) {
        const report = { kind: DocumentDiagnosticReportKind.Full, items: sourceDiagnostics(document, sourceLint) } as const;
        return open ? { ...report, resultId: sourceLint.key } : report;
      }
      if (!isTemplateDocument(document)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const cached = await lints.lintOf(document, open ? () => throwIfPullUnwanted(context, document, token) : undefined);
      if (open && params.previousResultId === cached.key) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: cached.key };
      const report = { kind: DocumentDiagnosticReportKind.Full, items: lints.diagnosticsOf(document, cached) } as const;
      return open ? { ...report, resultId: cached.key } : report;
    }),
  );
}

const publishDelayMs = 30;

/** For clients without pull diagnostics: publishes after a burst of edits, for the latest text only. */
export class DiagnosticsPublisher {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly context: ServerContext) {}

  schedule(uri: string): void {
    clearTimeout(this.pending.get(uri));
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        void this.publish(uri);
      }, publishDelayMs),
    );
  }

  /** Clears what was published for a closed document. */
  clear(uri: string): void {
    void this.context.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async publish(uri: string): Promise<void> {
    const { documents, lints, connection } = this.context;
    const document = documents.get(uri);
    if (!document) return;
    try {
      if (isConfigDocument(document)) return void (await connection.sendDiagnostics({ uri, version: document.version, diagnostics: configDiagnostics(document) }));
      const sourceLint = await lints.sourceLintOf(document);
      if (sourceLint || !isTemplateDocument(document)) {
        if (documents.get(uri) !== document) return;
        await connection.sendDiagnostics({ uri, version: document.version, diagnostics: sourceLint ? sourceDiagnostics(document, sourceLint) : [] });
        return;
      }
      const cached = await lints.lintOf(document);
      // Changed meanwhile (a document is updated in place): that change schedules its own publish.
      if (!lints.isCurrent(document, cached.key)) return;
      await connection.sendDiagnostics({ uri, version: document.version, diagnostics: lints.diagnosticsOf(document, cached) });
    } catch (error) {
      connection.console.error(`publishing diagnostics failed: ${(error as Error)?.stack ?? String(error)}`);
    }
  }
}

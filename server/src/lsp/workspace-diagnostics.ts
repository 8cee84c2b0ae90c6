// Workspace diagnostics (workspace/diagnostic): every template and every locale file that a
// `.smslintrc.json` source names, open or not; a file whose result id stands is reported Unchanged,
// and a file that disappeared since the last report has its diagnostics cleared.
import { DocumentDiagnosticReportKind, type CancellationToken, type WorkspaceDiagnosticParams, type WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText } from '../core';
import { isTemplateDocument, type ServerContext } from './context';
import { toLspDiagnostic } from './diagnostics';
import { maxUnopenedFileSize } from './requests';
import { sourceDiagnostics } from './sources';

export class WorkspaceDiagnostics {
  /** The workspace's templates and locale files; undefined inside when the file system cannot be listed. */
  private files: Promise<string[] | undefined> | undefined;
  /** Files the last report covered (key → URI), to clear the diagnostics of those that disappear. */
  private reportedFiles = new Map<string, string>();

  constructor(private readonly context: ServerContext) {}

  /** Lists the files again at the next report: one was created or deleted, or the folders changed. */
  forgetFiles(): void {
    this.files = undefined;
  }

  async report(params: WorkspaceDiagnosticParams, token: CancellationToken): Promise<{ items: WorkspaceDocumentDiagnosticReport[] }> {
    const { host, documents, lints, settings } = this.context;
    const previous = new Map<string, string>();
    for (const { uri, value } of params?.previousResultIds ?? []) previous.set(host.fileKeyOf(uri), value);
    const openByPath = new Map<string, TextDocument>();
    for (const document of documents.all()) openByPath.set(host.fileKeyOf(document.uri), document);
    // Where the file system cannot be listed, only the open templates are linted (by their own pulls).
    // With the locale files that the workspace's .smslintrc.json sources name, where the host can list them.
    const folders = this.context.workspaceFolders();
    const uris =
      (await (this.files ??= host.findTemplates(folders).then(async (found) => found && [...found, ...(await this.context.localeSources.workspaceFiles(folders))]))) ?? [];
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    const reported = new Map<string, string>();
    for (const uri of uris) {
      if (token.isCancellationRequested) break;
      const file = host.fileKeyOf(uri);
      reported.set(file, uri);
      const open = openByPath.get(file);
      if (open) {
        const resultId = lints.resultIdOf(open);
        if (previous.get(file) === resultId) {
          items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri: open.uri, version: open.version, resultId });
          continue;
        }
        const sourceLint = await lints.sourceLintOf(open);
        if (sourceLint || !isTemplateDocument(open)) {
          const sourceItems = sourceLint ? sourceDiagnostics(open, sourceLint) : [];
          items.push({ kind: DocumentDiagnosticReportKind.Full, uri: open.uri, version: open.version, resultId, items: sourceItems });
          continue;
        }
        const cached = await lints.lintOf(open);
        const base = { uri: open.uri, version: open.version, resultId: cached.key };
        items.push(
          previous.get(file) === cached.key
            ? { ...base, kind: DocumentDiagnosticReportKind.Unchanged }
            : { ...base, kind: DocumentDiagnosticReportKind.Full, items: lints.diagnosticsOf(open, cached) },
        );
        continue;
      }
      const stampPrefix = lints.unopenedPrefixOf(uri);
      const previousId = previous.get(file);
      const read = await host.readFile(uri, {
        maxBytes: maxUnopenedFileSize,
        ifChangedFrom: previousId?.startsWith(stampPrefix) ? previousId.slice(stampPrefix.length) : undefined,
      });
      if (!read) continue;
      const resultId = stampPrefix + read.stamp;
      if (previousId === resultId) {
        items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId });
        continue;
      }
      if (read.text === undefined) continue;
      const text = read.text;
      const fileSettings = await settings.settingsFor(uri);
      const document = TextDocument.create(uri, 'sms', 0, text);
      const unopenedSource = file.endsWith('.sms') ? undefined : await lints.sourceLintOf(document);
      const diagnostics = unopenedSource
        ? sourceDiagnostics(document, unopenedSource)
        : lintText(text, fileSettings).diagnostics.map((diagnostic) => toLspDiagnostic(document, diagnostic));
      items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: diagnostics });
    }
    if (!token.isCancellationRequested) {
      for (const [file, uri] of this.reportedFiles) {
        if (!reported.has(file)) items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
      }
      this.reportedFiles = reported;
    }
    return { items };
  }
}

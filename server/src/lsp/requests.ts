// The request handlers' common ground: the parameters they read (checked, an InvalidParams error
// otherwise), the documents they answer for, and `guarded`, which keeps the server serving when the
// engine fails and answers a request the client already cancelled unworked.
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type DiagnosticServerCancellationData, type Position } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './context';

/** Largest file read from disk for a document that is not open. */
export const maxUnopenedFileSize = 16 * 1024 * 1024;

/** The open document, or else the file as the host reads it; undefined when neither exists. */
export async function documentFor(context: ServerContext, uri: unknown): Promise<TextDocument | undefined> {
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'expected a document URI');
  const open = context.documents.get(uri);
  if (open) return open;
  const file = await context.host.readFile(uri, { maxBytes: maxUnopenedFileSize });
  return file?.text === undefined ? undefined : TextDocument.create(uri, 'sms', 0, file.text);
}

export function openDocument(context: ServerContext, params: { textDocument?: { uri?: unknown } } | undefined): TextDocument | undefined {
  const uri = params?.textDocument?.uri;
  if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'expected textDocument.uri');
  return context.documents.get(uri);
}

export function offsetOf(document: TextDocument, position: Position | undefined): number {
  if (!position || !Number.isInteger(position.line) || !Number.isInteger(position.character)) {
    throw new ResponseError(ErrorCodes.InvalidParams, 'expected a position { line, character }');
  }
  return document.offsetAt(position);
}

/**
 * Answers a request with `fallback` instead of an error when the engine fails: the server keeps
 * serving. A request the client cancelled before its turn came is answered at once, unworked.
 */
export function guarded<P, R>(context: ServerContext, name: string, fallback: R, handler: (params: P, token: CancellationToken) => Promise<R> | R) {
  return async (params: P, token: CancellationToken): Promise<R> => {
    try {
      if (token?.isCancellationRequested) throw cancelledError();
      return await handler(params, token);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      context.connection.console.error(`${name} failed: ${(error as Error)?.stack ?? String(error)}`);
      return fallback;
    }
  };
}

function cancelledError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled by the client');
}

/**
 * Throws instead of linting text that has already changed again (the client pulls again after each
 * edit) or for a pull the client cancelled. ServerCancelled with `retriggerRequest: true` is what
 * vscode-languageclient 9 takes quietly: it keeps the diagnostics it shows and pulls again.
 * (`retriggerRequest: false` makes it log an error and stop pulling that document; ContentModified
 * makes it clear the document's diagnostics.)
 */
export function throwIfPullUnwanted(context: ServerContext, document: TextDocument, token: CancellationToken): void {
  if (token?.isCancellationRequested) throw cancelledError();
  if (context.host.arrivedVersions.shouldDecline(document.uri, document.version)) {
    throw new ResponseError<DiagnosticServerCancellationData>(LSPErrorCodes.ServerCancelled, 'the document has changed again', { retriggerRequest: true });
  }
}

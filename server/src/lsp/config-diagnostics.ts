// Diagnostics for an open `.smslintrc.json`: every problem the config checker finds (not JSON, an
// unknown key, a wrong value, a bad `sources` entry) at the key or value it is about, from the text
// being edited, so that a bad config is underlined where it is and not only named in a message.
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { configFileName, configFromText } from '../files/config-file';
import { rangeOf } from './diagnostics';

/** Whether the document is a config file (whatever its language id: the editor may call it json or jsonc). */
export function isConfigDocument(document: TextDocument): boolean {
  return isConfigUri(document.uri);
}

/** Whether the file at `uri` is a `.smslintrc.json`. */
export function isConfigUri(uri: string): boolean {
  return uri.endsWith(`/${configFileName}`);
}

/** The config's problems as LSP diagnostics; never throws (a checker failure is an empty list, logged by the caller's guard). */
export function configDiagnostics(document: TextDocument): LspDiagnostic[] {
  const loaded = configFromText(document.getText(), document.uri);
  return (loaded.problems ?? []).map((problem) => ({
    range: rangeOf(document, problem.start, problem.end),
    // A file that cannot be read as settings at all is an error; a value that is ignored, a warning.
    severity: problem.wholeFile ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'smslint',
    message: problem.message,
  }));
}

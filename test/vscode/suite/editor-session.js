// What the tests do through the VS Code API: open templates, wait for the language server's
// diagnostics (on onDidChangeDiagnostics, with a timeout), change settings, and clean up.
const vscode = require('vscode');

const extensionId = 'sms-templates.sms-templates';
const severityNames = ['error', 'warning', 'info', 'hint'];

function workspaceUri(name) {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, name);
}

async function activateExtension() {
  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) throw new Error(`extension ${extensionId} is not installed`);
  await extension.activate();
  return extension;
}

async function openTemplate(name) {
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  const editor = await vscode.window.showTextDocument(document);
  return { document, editor };
}

/** A diagnostic as plain data: rule id, severity name and [line, character, line, character]. */
function describeDiagnostic(diagnostic) {
  const { start, end } = diagnostic.range;
  return {
    code: typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code,
    severity: severityNames[diagnostic.severity],
    range: [start.line, start.character, end.line, end.character],
  };
}

function smsDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'sms');
}

/** Resolves with the file's sms diagnostics once `accept(diagnostics)` holds; rejects after `timeoutMs`. */
function waitForDiagnostics(uri, accept, what, timeoutMs = 15000) {
  return waitFor(() => {
    const diagnostics = smsDiagnostics(uri);
    return accept(diagnostics) ? diagnostics : undefined;
  }, what, timeoutMs, () => JSON.stringify(smsDiagnostics(uri).map(describeDiagnostic)));
}

/**
 * Resolves with the first value `probe()` returns that is not undefined, probing again on every
 * diagnostics, document, editor or configuration change and on each of `moreEvents` (such as the
 * extension's onDidChangeStatus); rejects after `timeoutMs` saying what it waited for.
 */
function waitFor(probe, what, timeoutMs = 15000, lastSeen = () => '', moreEvents = []) {
  return new Promise((resolve, reject) => {
    const subscriptions = [];
    let settled = false;
    const finish = (error, value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      for (const subscription of subscriptions) subscription.dispose();
      if (error) reject(error);
      else resolve(value);
    };
    const check = () => {
      try {
        const value = probe();
        if (value !== undefined) finish(undefined, value);
      } catch (error) {
        finish(error);
      }
    };
    const timer = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${lastSeen()}`)), timeoutMs);
    subscriptions.push(
      vscode.languages.onDidChangeDiagnostics(check),
      vscode.workspace.onDidChangeTextDocument(check),
      vscode.workspace.onDidChangeConfiguration(check),
      vscode.window.onDidChangeActiveTextEditor(check),
      ...moreEvents.map((event) => event(check)),
    );
    check();
  });
}

/** Resolves once the extension's status bar text is `expected`, on its onDidChangeStatus event; rejects after `timeoutMs`. */
function waitForStatus(api, expected, timeoutMs = 15000) {
  return waitFor(() => (api.statusText() === expected ? true : undefined), `status "${expected}"`, timeoutMs, () => String(api.statusText()), [api.onDidChangeStatus]);
}

async function updateSetting(section, key, value, options = {}) {
  const configuration = vscode.workspace.getConfiguration(section, options.languageId ? { languageId: options.languageId } : undefined);
  await configuration.update(key, value, vscode.ConfigurationTarget.Workspace, Boolean(options.languageId));
}

/**
 * Reverts every changed document and closes every editor, so each test starts from the fixtures.
 * The revert command acts on the active editor: wait until it shows the document, and then until
 * the document is clean (on a busy machine the editor shown last can still be the active one).
 */
async function closeEverything() {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty && !document.isUntitled) {
      await vscode.window.showTextDocument(document);
      await waitFor(() => (vscode.window.activeTextEditor?.document === document ? true : undefined), `${document.uri} in the active editor`);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await waitFor(() => (document.isDirty ? undefined : true), `${document.uri} reverted`);
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Starts VS Code's JSON language features and waits for its language server's first diagnostics.
 * The first settings change a test makes (updateSetting) opens the settings file as JSON, which
 * activates them, and seconds later their language server registers its code action provider. A
 * code action provider registered anywhere while editor.codeActionsOnSave collects its actions
 * makes VS Code give up that save without a word (the file stays dirty and unfixed): so this
 * happens once before the tests, not in the middle of one.
 */
async function startJsonLanguageFeatures() {
  const document = await vscode.workspace.openTextDocument({ language: 'jsonc', content: '{ "unterminated": ' });
  await vscode.window.showTextDocument(document);
  await waitFor(
    () => (vscode.languages.getDiagnostics(document.uri).length > 0 ? true : undefined),
    'the JSON language server to report on an untitled JSON document',
    60000,
  );
  // Closed unsaved, so that no later window restores it.
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await waitFor(() => (document.isClosed ? true : undefined), 'the untitled JSON document closed', 15000, () => '', [vscode.workspace.onDidCloseTextDocument]);
}

function hoverText(hovers) {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

module.exports = {
  extensionId,
  workspaceUri,
  activateExtension,
  openTemplate,
  describeDiagnostic,
  smsDiagnostics,
  waitForDiagnostics,
  waitFor,
  waitForStatus,
  updateSetting,
  closeEverything,
  hoverText,
  startJsonLanguageFeatures,
};

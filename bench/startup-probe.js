// Runs inside the extension host (Node or web worker), as the test payload of bench/startup.mjs:
// times the extension's activation (loading the bundle, starting the language server and its
// initialize) and then opening a new template until its first diagnostics arrive.
const vscode = require('vscode');

const extensionId = 'sms-templates.sms-templates';

function firstDiagnostics(uri, timeoutMs) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`));
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics(() => {
      if (vscode.languages.getDiagnostics(uri).some((diagnostic) => diagnostic.source === 'sms')) {
        clearTimeout(timer);
        subscription.dispose();
        resolve();
      }
    });
  });
}

async function run() {
  const extension = vscode.extensions.getExtension(extensionId);
  if (!extension) throw new Error(`${extensionId} is not installed`);
  if (extension.isActive) throw new Error('already active: the bench workspace must hold no template at start');
  const activationStarted = performance.now();
  await extension.activate();
  const activationMs = performance.now() - activationStarted;

  const folder = vscode.workspace.workspaceFolders[0].uri;
  const uri = vscode.Uri.joinPath(folder, `probe-${Date.now()}.sms`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Contoso: your parcel’s on its way. Reply STOP to opt out.\n'));
  const openStarted = performance.now();
  const diagnosed = firstDiagnostics(uri, 30_000);
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await diagnosed;
  const firstDiagnosticsMs = performance.now() - openStarted;
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await vscode.workspace.fs.delete(uri);
  console.log(`SMS-STARTUP ${JSON.stringify({ activationMs, firstDiagnosticsMs, worker: typeof importScripts === 'function' })}`);
}

module.exports = { run };

// `.smslintrc.json` in a real editor: found from the template's folder upward, and applied again as
// soon as it changes (the client's file watcher tells the server). The same in VS Code's Node
// extension host and in the browser's, where the server reads it through the editor's file system.
const vscode = require('vscode');
const { openTemplate, describeDiagnostic, waitFor, waitForDiagnostics, closeEverything, workspaceUri } = require('./editor-session');

const configUri = () => workspaceUri('configured/.smslintrc.json');
const asError = [{ code: 'non-gsm-character', severity: 'error', range: [0, 11, 0, 12] }];
const sameAs = (expected) => (diagnostics) => JSON.stringify(diagnostics.map(describeDiagnostic)) === JSON.stringify(expected);

describe('.smslintrc.json', () => {
  let original;

  before(async () => {
    original = await vscode.workspace.fs.readFile(configUri());
  });

  afterEach(async () => {
    await closeEverything();
  });

  after(async () => {
    await vscode.workspace.fs.writeFile(configUri(), original);
  });

  it('a .smslintrc.json two folders up sets a rule’s severity', async () => {
    const { document } = await openTemplate('configured/nested/quote.sms');
    await waitForDiagnostics(document.uri, sameAs(asError), 'non-gsm-character as an error, from configured/.smslintrc.json');
  });

  it('an edited .smslintrc.json applies at once, and again when it is put back', async () => {
    const { document } = await openTemplate('configured/nested/quote.sms');
    await waitForDiagnostics(document.uri, sameAs(asError), 'non-gsm-character as an error');
    await vscode.workspace.fs.writeFile(configUri(), new TextEncoder().encode('{ "rules": { "non-gsm-character": "off" } }\n'));
    await waitForDiagnostics(document.uri, sameAs([]), 'no diagnostics once the rule is off in the file');
    await vscode.workspace.fs.writeFile(configUri(), original);
    await waitForDiagnostics(document.uri, sameAs(asError), 'the error back with the file as it was');
  });

  it('an unknown key typed into .smslintrc.json is underlined at the key, before it is saved', async () => {
    const { document, editor } = await openTemplate('configured/.smslintrc.json');
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 2), '"colour": 1, '));
    const smslint = () => vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.source === 'smslint');
    const described = () => JSON.stringify(smslint().map((d) => [d.message, d.severity, d.range.start.line, d.range.start.character, d.range.end.character]));
    const expected = JSON.stringify([
      [
        'unknown key "colour"; ignored. Known keys: maxSegments, maxLength, sender, to, optOutText, rules, shorteners, lineBreaks, segmentation, defaultVariableLength, inlayHints, sending, registered, syntax.',
        vscode.DiagnosticSeverity.Warning,
        0,
        2,
        10,
      ],
    ]);
    await waitFor(() => (described() === expected ? true : undefined), 'the smslint diagnostic on "colour"', 15000, described);
  });
});

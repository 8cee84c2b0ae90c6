// Runs the integration suite (test/vscode/suite) with @vscode/test-electron, for machines that can
// download VS Code (or that have one: set VSCODE_EXECUTABLE to its binary). Where VS Code cannot be
// downloaded, `npm run test:vscode` runs the same suite in code-server instead.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const root = fileURLToPath(new URL('../..', import.meta.url));
const workspace = mkdtempSync(path.join(tmpdir(), 'sms-electron-'));
// A copy of the fixture workspace: the suite changes settings and saves files in it.
cpSync(path.join(root, 'test/vscode/workspace'), workspace, { recursive: true });

let exitCode = 1;
try {
  let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
  if (!vscodeExecutablePath) {
    try {
      vscodeExecutablePath = await downloadAndUnzipVSCode({ version: '1.100.3', timeout: 60_000 });
    } catch (error) {
      console.error(`run-electron: could not download VS Code 1.100.3 (${error.message}).`);
      console.error('run-electron: this machine cannot reach the VS Code download site. Set VSCODE_EXECUTABLE to a VS Code');
      console.error('run-electron: binary, or run `npm run test:vscode`, which runs the same suite in code-server.');
      throw Object.assign(new Error('no VS Code'), { reported: true });
    }
  }
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'test/vscode/suite/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
  exitCode = 0;
} catch (error) {
  if (!error.reported) console.error(`run-electron: ${error.message ?? error}`);
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
process.exit(exitCode);

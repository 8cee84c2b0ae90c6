// The GitHub Action's step (action.yml): runs smslint --format sarif on the INPUT_PATHS, writes the
// SARIF log, annotates each finding in the log and sets the step's outputs.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const cliPath = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');

/** An input as GitHub passes it to an action: INPUT_<NAME>, upper case, trimmed. */
function input(name) {
  return (process.env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
}

/** Workflow-command escaping (the rules of @actions/core). */
const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

function fail(message, code = 2) {
  process.stdout.write(`::error title=smslint::${escapeData(message)}\n`);
  process.stderr.write(`smslint action: ${message}\n`);
  return code;
}

function setOutputs(outputs) {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) return;
  fs.appendFileSync(file, Object.entries(outputs).map(([key, value]) => `${key}=${value}\n`).join(''));
}

function main() {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const paths = input('paths').split('\n').map((line) => line.trim()).filter((line) => line !== '');
  if (paths.length === 0) paths.push('.');
  const sarifFile = input('sarif-file') || 'smslint.sarif';
  const failOnError = input('fail-on-error') || 'true';
  if (failOnError !== 'true' && failOnError !== 'false') return fail(`fail-on-error must be 'true' or 'false', not '${failOnError}'`);

  const args = [cliPath, '--format', 'sarif'];
  if (input('config') !== '') args.push('--config', input('config'));
  if (input('max-warnings') !== '') args.push('--max-warnings', input('max-warnings'));
  args.push('--', ...paths);
  const run = spawnSync(process.execPath, args, { cwd: workspace, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.error) return fail(`cannot run smslint: ${run.error.message}`);
  if (run.stderr) process.stderr.write(run.stderr);
  let log;
  try {
    log = JSON.parse(run.stdout);
  } catch {
    return fail(`smslint stopped (exit code ${run.status}) without a SARIF log: ${run.stderr.trim() || 'no message'}`);
  }

  const target = path.resolve(workspace, sarifFile);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, run.stdout);

  const counts = { error: 0, warning: 0, note: 0 };
  const files = new Set();
  for (const result of log.runs[0].results) {
    counts[result.level] = (counts[result.level] ?? 0) + 1;
    const location = result.locations[0].physicalLocation;
    const file = location.artifactLocation.uri.startsWith('file:') ? fileURLToPath(location.artifactLocation.uri) : decodeURIComponent(location.artifactLocation.uri);
    files.add(file);
    const { startLine, startColumn, endLine, endColumn } = location.region;
    const command = result.level === 'error' ? 'error' : result.level === 'warning' ? 'warning' : 'notice';
    const properties = `file=${escapeProperty(file)},line=${startLine},col=${startColumn},endLine=${endLine},endColumn=${endColumn},title=${escapeProperty(result.ruleId)}`;
    process.stdout.write(`::${command} ${properties}::${escapeData(result.message.text)}\n`);
  }
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  process.stdout.write(
    `smslint: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')} in ${plural(files.size, 'file')} with findings; SARIF written to ${path.relative(workspace, target) || target}\n`,
  );
  setOutputs({ 'sarif-file': path.relative(workspace, target) || target, errors: counts.error, warnings: counts.warning });
  // smslint's exit codes: 0 clean, 1 errors or too many warnings, 2 unreadable input.
  if (run.status === 2) return 2;
  if (run.status === 1 && failOnError === 'true') return 1;
  return 0;
}

process.exitCode = main();

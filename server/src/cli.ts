// smslint: lints .sms templates with the same engine as the language server.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { resolveSettings } from './core/settings';
import { reportFor, type FileReport } from './report';
import { formatStylish } from './format-stylish';

const usage = `Usage: smslint [options] [files, folders or globs...]

Lints SMS templates (*.sms): encoding, segments, carrier rules.

Options:
  -, --stdin              Read one message from standard input
  --format <name>         stylish (default) or json
  -h, --help              Show this help
  -v, --version           Show the version

Exit codes: 0 clean, 1 errors found, 2 usage error or unreadable input.`;

class UsageError extends Error {}

interface Input {
  file: string;
  text?: string;
  error?: string;
}

export function main(argv: string[]): number {
  let values;
  let positionals: string[];
  try {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        stdin: { type: 'boolean' },
        format: { type: 'string', default: 'stylish' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    values = parsed.values;
    positionals = parsed.positionals;
  } catch (error) {
    process.stderr.write(`smslint: ${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  try {
    const format = values.format;
    if (format !== 'stylish' && format !== 'json') throw new UsageError(`unknown format "${format}": use stylish or json`);
    const readStdin = values.stdin === true || positionals.includes('-');
    const paths = positionals.filter((p) => p !== '-');
    if (!readStdin && paths.length === 0) throw new UsageError('no input: name files, folders or globs, or use --stdin');

    const inputs: Input[] = [];
    if (readStdin) inputs.push(readStandardInput());
    for (const target of paths) inputs.push(...expand(target));

    const settings = resolveSettings(undefined).settings;
    const reports: FileReport[] = [];
    let unreadable = false;
    for (const input of inputs) {
      if (input.error !== undefined) {
        process.stderr.write(`smslint: ${input.error}\n`);
        unreadable = true;
        continue;
      }
      reports.push(reportFor(input.file, input.text ?? '', settings));
    }
    process.stdout.write(format === 'json' ? JSON.stringify(reports, null, 2) + '\n' : formatStylish(reports));
    if (unreadable) return 2;
    return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`smslint: ${error.message}\n\n${usage}\n`);
      return 2;
    }
    throw error;
  }
}

declare const SMSLINT_VERSION: string | undefined;
const VERSION = typeof SMSLINT_VERSION === 'string' ? SMSLINT_VERSION : '0.0.0';

function readStandardInput(): Input {
  try {
    return { file: '-', text: decode(fs.readFileSync(0)) };
  } catch (error) {
    return { file: '-', error: `cannot read standard input: ${(error as Error).message}` };
  }
}

/** Text of a file: UTF-8 (invalid bytes become U+FFFD, which the rules then report). */
function decode(bytes: Buffer): string {
  return bytes.toString('utf8');
}

function readFile(file: string): Input {
  try {
    return { file, text: decode(fs.readFileSync(file)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return { file, error: `cannot read ${file}: ${reason}` };
  }
}

function expand(target: string): Input[] {
  if (isDynamicPattern(target)) {
    const matches = globSync(target, { onlyFiles: true, dot: false, ignore: ['**/node_modules/**'] }).sort();
    if (matches.length === 0) return [{ file: target, error: `no files match ${target}` }];
    return matches.map(readFile);
  }
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return [{ file: target, error: `cannot read ${target}: no such file or folder` }];
  }
  if (stat.isDirectory()) {
    const matches = globSync('**/*.sms', { cwd: target, onlyFiles: true, ignore: ['**/node_modules/**'] }).sort();
    return matches.map((m) => readFile(path.join(target, m)));
  }
  return [readFile(target)];
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}

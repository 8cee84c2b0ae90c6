// smslint: lints .sms templates with the same engine and settings as the language server.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { resolveSettings } from './core/settings';
import { fixAllText } from './core/fix-all';
import type { LintResult } from './core/lint';
import type { Settings } from './core/types';
import { reportFor, type FileReport } from './report';
import { fixedSummary, formatStylish } from './format-stylish';
import { formatSarif } from './format-sarif';
import { configFileName, loadConfigFile, loadConfigFor, type LoadedConfig } from './config-file';

const usage = `Usage: smslint [options] [files, folders or globs...]

Lints SMS templates (*.sms): encoding, segments, carrier rules. Folders are searched for *.sms
files (node_modules skipped); quote globs such as "templates/**/*.sms".

Options:
  -, --stdin              Read one message from standard input
  --format <name>         stylish (default), json or sarif
  --fix                   Apply the fixes of fixable problems to the files, then report what
                          remains; with --stdin, print the fixed text to standard output instead
  --max-warnings <n>      Exit with 1 when there are more than n warnings
  --config <file>         Use this settings file instead of the ${configFileName} found
                          upward from each file (from the current folder for --stdin)
  -h, --help              Show this help
  -v, --version           Show the version

Settings: ${configFileName} holds the sms.* settings without the prefix, as plain JSON (no
comments), e.g. { "maxSegments": 1, "rules": { "message-length": "off" } }.

Exit codes: 0 clean, 1 errors (or more warnings than --max-warnings), 2 usage error, unreadable
input or unreadable settings file.`;

class UsageError extends Error {}

interface Input {
  file: string;
  text?: string;
  /** A byte order mark the file starts with: not part of the template, kept when fixing. */
  bom?: string;
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
        fix: { type: 'boolean' },
        'max-warnings': { type: 'string' },
        config: { type: 'string' },
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
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  try {
    return run(values, positionals);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`smslint: ${error.message}\n\n${usage}\n`);
      return 2;
    }
    throw error;
  }
}

interface Options {
  stdin?: boolean;
  format?: string;
  fix?: boolean;
  'max-warnings'?: string;
  config?: string;
}

function run(values: Options, positionals: string[]): number {
  const format = values.format;
  if (format !== 'stylish' && format !== 'json' && format !== 'sarif') throw new UsageError(`unknown format "${format}": use stylish, json or sarif`);
  let maxWarnings = Infinity;
  if (values['max-warnings'] !== undefined) {
    const text = values['max-warnings'].trim();
    if (!/^\d+$/.test(text)) throw new UsageError(`--max-warnings takes a whole number of at least 0, not "${values['max-warnings']}"`);
    maxWarnings = Number(text);
  }
  const readStdin = values.stdin === true || positionals.includes('-');
  const targets = positionals.filter((p) => p !== '-');
  if (!readStdin && targets.length === 0) throw new UsageError('no input: name files, folders or globs, or use --stdin');
  if (readStdin && values.fix && targets.length > 0) throw new UsageError('--fix with --stdin prints the fixed message: name no files with it');

  let failed = false;
  const complain = (message: string) => {
    process.stderr.write(`smslint: ${message}\n`);
  };

  const settingsFor = settingsSource(values.config, complain);
  if (settingsFor === undefined) return 2;

  const inputs: Input[] = [];
  const seen = new Set<string>();
  if (readStdin) inputs.push(readStandardInput());
  for (const target of targets) {
    for (const input of expand(target)) {
      if (input.error === undefined) {
        const key = path.resolve(input.file);
        if (seen.has(key)) continue;
        seen.add(key);
      }
      inputs.push(input);
    }
  }

  const reports: FileReport[] = [];
  const fixed = new Map<FileReport, ReadonlyMap<string, number>>();
  for (const input of inputs) {
    if (input.error !== undefined || input.text === undefined) {
      complain(input.error ?? `cannot read ${input.file}`);
      failed = true;
      continue;
    }
    const resolved = settingsFor(input.file === '-' ? path.join(process.cwd(), '-') : input.file);
    if (resolved.unusable) failed = true;
    let text = input.text;
    let fixedByRule: ReadonlyMap<string, number> = new Map();
    let fixedLint: LintResult | undefined;
    if (values.fix) {
      const result = fixAllText(text, resolved.settings);
      fixedByRule = result.fixedByRule;
      if (input.file === '-') {
        process.stdout.write((input.bom ?? '') + result.text);
        const remaining = reportFor('-', result.text, resolved.settings, { analysis: result.analysis, diagnostics: result.remaining });
        if (failed) return 2;
        return exitCodeFor([remaining], maxWarnings, complain);
      }
      if (result.text !== text) {
        try {
          fs.writeFileSync(input.file, (input.bom ?? '') + result.text);
          text = result.text;
          fixedLint = { analysis: result.analysis, diagnostics: result.remaining };
        } catch (error) {
          complain(`cannot write ${input.file}: ${(error as Error).message}`);
          failed = true;
          fixedByRule = new Map();
        }
      }
    }
    const report = reportFor(input.file, text, resolved.settings, fixedLint);
    reports.push(report);
    if (fixedByRule.size > 0) {
      fixed.set(report, fixedByRule);
      if (format !== 'stylish') complain(`${input.file}: ${fixedSummary(fixedByRule)}`);
    }
  }

  if (format === 'json') process.stdout.write(JSON.stringify(reports, null, 2) + '\n');
  else if (format === 'sarif') process.stdout.write(formatSarif(reports, { cwd: process.cwd(), version: version() }));
  else if (reports.length > 0 || !failed) process.stdout.write(formatStylish(reports, { fixed }));
  const code = exitCodeFor(reports, maxWarnings, complain);
  return failed ? 2 : code;
}

function exitCodeFor(reports: readonly FileReport[], maxWarnings: number, complain: (message: string) => void): number {
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    for (const d of report.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }
  }
  if (warnings > maxWarnings) complain(`too many warnings: ${warnings}, more than --max-warnings ${maxWarnings}`);
  return errors > 0 || warnings > maxWarnings ? 1 : 0;
}

interface ResolvedFor {
  settings: Settings;
  /** The settings file could not be read or parsed, so the defaults apply. */
  unusable: boolean;
}

/**
 * The settings for each file: from --config, or from the nearest .smslintrc.json. Each settings
 * file's problems are reported once. Undefined when --config names a file that cannot be read.
 */
function settingsSource(configArg: string | undefined, complain: (message: string) => void): ((file: string) => ResolvedFor) | undefined {
  const byConfigPath = new Map<string, ResolvedFor>();
  const resolve = (loaded: LoadedConfig): ResolvedFor => {
    const key = loaded.path ?? '';
    const cached = byConfigPath.get(key);
    if (cached) return cached;
    if (loaded.error !== undefined) for (const line of loaded.error.split('\n')) complain(line);
    const { settings, problems } = resolveSettings(loaded.settings);
    for (const problem of problems) complain(`${loaded.path ?? 'settings'}: ${problem}`);
    const resolved = { settings, unusable: loaded.error !== undefined && loaded.settings === undefined };
    byConfigPath.set(key, resolved);
    return resolved;
  };
  if (configArg !== undefined) {
    const configPath = path.resolve(configArg);
    let isFile = false;
    try {
      isFile = fs.statSync(configPath).isFile();
    } catch {
      // reported below
    }
    if (!isFile) {
      complain(`cannot read the settings file ${configArg}: no such file`);
      return undefined;
    }
    const loaded = loadConfigFile(configPath);
    return () => resolve(loaded);
  }
  return (file) => resolve(loadConfigFor(file));
}

function version(): string {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version?: unknown };
    if (typeof manifest.version === 'string') return manifest.version;
  } catch {
    // running outside the package: no manifest beside the bundle
  }
  return '0.0.0';
}

/** Text of a file: UTF-8 (invalid bytes become U+FFFD, which the rules then report), without a BOM. */
function decode(file: string, bytes: Buffer): Input {
  const text = bytes.toString('utf8');
  return text.startsWith('\uFEFF') ? { file, text: text.slice(1), bom: '\uFEFF' } : { file, text };
}

function readStandardInput(): Input {
  try {
    return decode('-', fs.readFileSync(0));
  } catch (error) {
    return { file: '-', error: `cannot read standard input: ${(error as Error).message}` };
  }
}

function readFile(file: string): Input {
  try {
    return decode(file, fs.readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    return { file, error: `cannot read ${file}: ${reason}` };
  }
}

function expand(target: string): Input[] {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(target);
  } catch {
    stat = undefined;
  }
  if (stat === undefined && isDynamicPattern(target)) {
    const matches = globSync(target, { onlyFiles: true, dot: false, ignore: ['**/node_modules/**'] }).sort();
    if (matches.length === 0) return [{ file: target, error: `no files match ${target}` }];
    return matches.map(readFile);
  }
  if (stat === undefined) return [{ file: target, error: `cannot read ${target}: no such file or folder` }];
  if (stat.isDirectory()) {
    const matches = globSync('**/*.sms', { cwd: target, onlyFiles: true, ignore: ['**/node_modules/**'] }).sort();
    if (matches.length === 0) return [{ file: target, error: `no *.sms files in ${target}` }];
    return matches.map((m) => readFile(path.join(target, m)));
  }
  return [readFile(target)];
}

if (require.main === module) {
  // A reader that stops early (`smslint … | head`) closes the pipe: that ends the output, not in a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  process.exitCode = main(process.argv.slice(2));
}

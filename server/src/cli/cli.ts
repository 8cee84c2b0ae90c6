// smslint: lints .sms templates with the same engine and settings as the language server.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveSettings, fixAllText, fixSourceText, lintSourceText, type LintResult, type Settings } from '../core';
import { reportFor, type FileReport } from './report';
import { fixedSummary, formatStylish } from './format-stylish';
import { formatSarif } from './format-sarif';
import { configFileName, loadConfigFile, loadConfigFor, type LoadedConfig } from '../files/config-file';
import { fileErrorReason } from '../files/template-files';
import { lintOptionsOf, readContextFor, sourceFor, type MatchedSource } from '../files/source-files';
import { sourceReportsFor } from './report-sources';
import { expand, isTemplateTarget, readFile, readStandardInput, type Input } from './inputs';

const usage = `Usage: smslint [options] [files, folders or globs...]

Lints SMS templates (*.sms): encoding, segments, carrier rules. Folders are searched for *.sms
files (dot-folders too; node_modules and .git skipped; each file once, however many symbolic
links lead to it) and for the locale files that the "sources" of ${configFileName} name; quote
globs such as "templates/**/*.sms".

Options:
  -, --stdin              Read one message from standard input
  --format <name>         stylish (default), json or sarif
  --fix                   Apply the safe fixes (the recipient reads the same text) to the
                          files, then report what remains; with --stdin, print the fixed text
                          to standard output instead and what remains to standard error,
                          exiting 0 (a formatter)
  --unsafe-fixes          With --fix, apply the unsafe fixes too: transliteration (ó → o),
                          appended opt-out text, guessed variable declarations
  --max-warnings <n>      Exit with 1 when there are more than n warnings
  --config <file>         Use this settings file instead of the ${configFileName} found
                          upward from each file (from the current folder for --stdin)
  --ignore-unknown        Skip named files that are neither templates (*.sms) nor locale files
                          a source names, for hooks that pass every staged file
  -h, --help              Show this help
  -v, --version           Show the version

Settings: ${configFileName} holds the sms.* settings without the prefix, as plain JSON (no
comments), e.g. { "maxSegments": 1, "rules": { "message-length": "off" } }.

Exit codes: 0 clean, 1 errors (or more warnings than --max-warnings), 2 usage error, unreadable
input or unreadable settings file.`;

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
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
        'unsafe-fixes': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        config: { type: 'string' },
        'ignore-unknown': { type: 'boolean' },
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
    return await run(values, positionals);
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
  'unsafe-fixes'?: boolean;
  'max-warnings'?: string;
  config?: string;
  'ignore-unknown'?: boolean;
}

async function run(values: Options, positionals: string[]): Promise<number> {
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
  if (values['unsafe-fixes'] && !values.fix) throw new UsageError('--unsafe-fixes applies unsafe fixes with --fix: use both');
  const unsafeFixes = values['unsafe-fixes'] === true;
  if (readStdin && values.fix && targets.length > 0) throw new UsageError('--fix with --stdin prints the fixed message: name no files with it');

  /** What could not be done (named on standard error): the run exits with 2 and never claims success. */
  let failures = 0;
  const complain = (message: string) => {
    process.stderr.write(`smslint: ${message}\n`);
  };
  const fail = (message: string) => {
    complain(message);
    failures++;
  };

  const settingsFor = settingsSource(values.config, complain);
  if (settingsFor === undefined) return 2;

  const inputs: Input[] = [];
  const seen = new Set<string>();
  if (readStdin) inputs.push(readStandardInput());
  for (const target of targets) {
    if (values['ignore-unknown'] && !isTemplateTarget(target, values.config)) continue;
    for (const found of await expand(target)) {
      if ('realPath' in found) {
        if (seen.has(found.realPath)) continue;
        seen.add(found.realPath);
        inputs.push(readFile(found.file, sourceFor(found.file, values.config)));
      } else {
        inputs.push(found);
      }
    }
  }

  const reports: FileReport[] = [];
  const fixed = new Map<FileReport, ReadonlyMap<string, number>>();
  const unusableSettings = new Set<ResolvedFor>();
  for (const input of inputs) {
    if (input.error !== undefined || input.text === undefined) {
      fail(input.error ?? `cannot read ${input.file}`);
      continue;
    }
    const resolved = settingsFor(input.file === '-' ? path.join(process.cwd(), '-') : input.file);
    if (resolved.unusable && !unusableSettings.has(resolved)) {
      unusableSettings.add(resolved);
      failures++;
    }
    if (input.source) {
      const fileReports = lintSourceInput(input as Input & { text: string; source: MatchedSource }, resolved.settings, values.fix === true ? { unsafe: unsafeFixes } : undefined, complain);
      if (fileReports.failed) failures++;
      reports.push(...fileReports.reports);
      if (fileReports.reports.length > 0 && fileReports.fixedByRule.size > 0) {
        fixed.set(fileReports.reports[0], fileReports.fixedByRule);
        if (format !== 'stylish') complain(`${input.file}: ${fixedSummary(fileReports.fixedByRule)}`);
      }
      continue;
    }
    let text = input.text;
    let fixedByRule: ReadonlyMap<string, number> = new Map();
    let fixedLint: LintResult | undefined;
    if (values.fix) {
      const result = fixAllText(text, resolved.settings, { unsafe: unsafeFixes });
      fixedByRule = result.fixedByRule;
      if (input.file === '-') {
        // A formatter: the fixed text on standard output and exit 0 whatever remains, so that an
        // editor's format-on-save keeps it; what remains goes to standard error.
        process.stdout.write((input.bom ?? '') + result.text);
        const remaining = reportFor('-', result.text, resolved.settings, { analysis: result.analysis, diagnostics: result.remaining, complete: true });
        if (remaining.diagnostics.length > 0) process.stderr.write(formatted(format, [remaining], new Map([[remaining, fixedByRule]]), 0, unsafeFixes));
        return failures > 0 ? 2 : 0;
      }
      if (result.text !== text) {
        try {
          fs.writeFileSync(input.file, (input.bom ?? '') + result.text);
          text = result.text;
          fixedLint = { analysis: result.analysis, diagnostics: result.remaining, complete: true };
        } catch (error) {
          fail(`cannot write ${input.file}: ${fileErrorReason(error)}`);
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

  if (format !== 'stylish' || reports.length > 0 || failures === 0) process.stdout.write(formatted(format, reports, fixed, failures, unsafeFixes));
  const code = exitCodeFor(reports, maxWarnings, complain);
  return failures > 0 ? 2 : code;
}

function formatted(
  format: 'stylish' | 'json' | 'sarif',
  reports: FileReport[],
  fixed: ReadonlyMap<FileReport, ReadonlyMap<string, number>>,
  failures = 0,
  unsafeFixes = false,
): string {
  if (format === 'json') return JSON.stringify(reports, null, 2) + '\n';
  if (format === 'sarif') return formatSarif(reports, { cwd: process.cwd(), version: version() });
  return formatStylish(reports, { fixed, failures, unsafeFixes });
}

/** A locale file: every message a report; with --fix, the file rewritten only when a fix applied. */
function lintSourceInput(
  input: Input & { text: string; source: MatchedSource },
  settings: Settings,
  /** Given with --fix: whether unsafe fixes apply too (--unsafe-fixes). */
  fix: { unsafe: boolean } | undefined,
  complain: (message: string) => void,
): { reports: FileReport[]; fixedByRule: ReadonlyMap<string, number>; failed: boolean } {
  const options = lintOptionsOf(input.source.source);
  const context = readContextFor(input.file, input.source.source);
  // The reader sees the byte order mark, so its offsets are the file's.
  let text = (input.bom ?? '') + input.text;
  let fixedByRule: ReadonlyMap<string, number> = new Map();
  let failed = false;
  if (fix) {
    const result = fixSourceText(text, options, settings, context, fix.unsafe);
    if (result.text !== text) {
      try {
        fs.writeFileSync(input.file, result.text);
        text = result.text;
        fixedByRule = result.fixedByRule;
      } catch (error) {
        complain(`cannot write ${input.file}: ${fileErrorReason(error)}`);
        failed = true;
      }
    }
  }
  const reports = sourceReportsFor(input.file, text, lintSourceText(text, options, settings, context));
  return { reports, fixedByRule, failed };
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
    // Each problem at its place in the file (file:line:col), but for those about the whole file.
    if (loaded.problems !== undefined) {
      for (const problem of loaded.problems) complain(problem.wholeFile ? `${loaded.path}: ${problem.message}` : `${loaded.path}:${problem.line}:${problem.column}: ${problem.message}`);
    } else if (loaded.error !== undefined) for (const line of loaded.error.split('\n')) complain(line);
    const { settings, problems } = resolveSettings(loaded.settings);
    for (const problem of problems) complain(`${loaded.path ?? 'settings'}: ${problem}`);
    const resolved = { settings, unusable: loaded.error !== undefined && loaded.settings === undefined };
    byConfigPath.set(key, resolved);
    return resolved;
  };
  if (configArg !== undefined) {
    const configPath = path.resolve(configArg);
    let isFile = false;
    let reason = '';
    try {
      isFile = fs.statSync(configPath).isFile();
      if (!isFile) reason = fileErrorReason({ code: 'EISDIR' });
    } catch (error) {
      reason = fileErrorReason(error);
    }
    if (!isFile) {
      complain(`cannot read the settings file ${configArg}: ${reason}`);
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

if (require.main === module) {
  // A reader that stops early (`smslint … | head`) closes the pipe: that ends the output, not in a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

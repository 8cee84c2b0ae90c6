// `.smslintrc.json` `sources` (SPEC §8): which locale files hold SMS text, in which format, which
// keys, and the template keys (front matter) that apply to each of their messages. Checked here,
// every problem a line of text with its place in `.smslintrc.json`; a bad source is left out, never a crash.
import { frontMatterKeyNames, parseTemplate } from '../template';
import type { SettingProblem } from '../../types';
import { quotedValue } from '../../wording';

/**
 * The template keys a source takes: every front matter key but `syntax`, since a locale value's
 * placeholder syntax is its format's.
 */
export const sourceTemplateKeyNames = frontMatterKeyNames.filter((key) => key !== 'syntax');
import { sourceFormats, type SourceFormat } from './source-message';
import { engineVariableName } from './lint-source';

export interface SourceConfig {
  /** Globs relative to the config file's folder. */
  files: string[];
  format: SourceFormat;
  /** Globs over dotted keys; undefined: every string value. */
  keys?: string[];
  /** Front matter keys for every message of this source. */
  templateKeys: Record<string, unknown>;
  /** Position in the `sources` list, for messages. */
  index: number;
}

const stringList = (value: unknown): string[] | undefined => {
  const list = typeof value === 'string' ? [value] : value;
  return Array.isArray(list) && list.length > 0 && list.every((item) => typeof item === 'string' && item.trim() !== '') ? (list as string[]) : undefined;
};

/** The usable sources of a config's `sources` value, and what is wrong with the rest (in words, and with where in the file). */
export function checkSources(raw: unknown): { sources: SourceConfig[]; problems: string[]; problemsAt: SettingProblem[] } {
  const sources: SourceConfig[] = [];
  const problemsAt: SettingProblem[] = [];
  const report = (path: (string | number)[], message: string, target: 'key' | 'value' = 'value') => problemsAt.push({ path: ['sources', ...path], target, message });
  const done = () => ({ sources, problems: problemsAt.map((problem) => problem.message), problemsAt });
  if (!Array.isArray(raw)) {
    report([], 'sources: must be a list of { "files", "format", … } objects; ignored.');
    return done();
  }
  raw.forEach((entry: unknown, index: number) => {
    const where = `sources[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      report([index], `${where}: must be an object with "files" and "format"; ignored.`);
      return;
    }
    const record = entry as Record<string, unknown>;
    const files = stringList(record.files);
    if (files === undefined) {
      report(record.files === undefined ? [index] : [index, 'files'], `${where}.files: must be a glob or a list of globs, relative to this file (e.g. "locales/**/sms.json"); source ignored.`);
      return;
    }
    if (!sourceFormats.includes(record.format as SourceFormat)) {
      report(
        record.format === undefined ? [index] : [index, 'format'],
        `${where}.format: ${record.format === undefined ? 'missing' : quotedValue(record.format)} is not one of ${sourceFormats.join(', ')}; source ignored.`,
      );
      return;
    }
    let keys: string[] | undefined;
    if (record.keys !== undefined) {
      keys = stringList(record.keys);
      if (keys === undefined) report([index, 'keys'], `${where}.keys: must be a glob over dotted keys or a list of them (e.g. "sms.**"); every key is linted.`);
    }
    const templateKeys: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      if (key === 'files' || key === 'format' || key === 'keys') continue;
      if (!(sourceTemplateKeyNames as readonly string[]).includes(key)) {
        report([index, key], `${where}: unknown key "${key}"; ignored. A source takes files, format, keys and the template keys ${sourceTemplateKeyNames.join(', ')}.`, 'key');
        continue;
      }
      // The template keys are checked by the same reader as a .sms file's front matter.
      const written = key === 'variables' && typeof value === 'object' && value !== null && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).map(([name, declaration]) => [engineVariableName(name), declaration]))
        : value;
      let asYaml: string;
      try {
        asYaml = JSON.stringify(written);
      } catch {
        report([index, key], `${where}.${key}: nested too deeply to read; ignored.`);
        continue;
      }
      const found = parseTemplate(`---\n${key}: ${asYaml}\n---\n`).frontMatterProblems;
      if (found.length > 0) for (const problem of found) report([index, key], `${where}.${key}: ${problem.message.replace(/\.$/, '')}; ignored.`);
      else templateKeys[key] = value;
    }
    sources.push({ files, format: record.format as SourceFormat, keys, templateKeys, index });
  });
  return done();
}

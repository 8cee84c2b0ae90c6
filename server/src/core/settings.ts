// The `sms.*` settings (also the keys of `.smslintrc.json`): defaults, and validation that falls
// back to the default for each invalid value and says which one it replaced, where and why. Both
// come from the one declaration in settings-declaration.ts.
import { isRuleId } from './rules/rule-ids';
import { severities, type SettingProblem, type Settings, type Severity } from './types';
import { countryCodes } from './sending/countries';
import { resolveSending } from './sending/sending';
import { quotedValue } from './wording';
import { engineSettingDeclarations, hostNamePattern, type SettingDeclaration } from './settings-declaration';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function defaultsOf(declarations: readonly SettingDeclaration[]): Settings {
  const settings: Record<string, unknown> = {};
  for (const declaration of declarations) {
    const [group, inner] = declaration.key.split('.');
    const holder = inner === undefined ? settings : ((settings[group] as Record<string, unknown> | undefined) ??= {});
    // A null default is "no default": the key is left out (the group, such as `sending`, stays `{}`).
    if (declaration.default !== null) holder[inner ?? group] = structuredClone(declaration.default);
  }
  return settings as unknown as Settings;
}

export const defaultSettings: Readonly<Settings> = Object.freeze(defaultsOf(engineSettingDeclarations));

export interface ResolvedSettings {
  settings: Settings;
  /** One line per invalid value that was replaced by its default (`sms.<key>: …`), for the editor and smslint. */
  problems: string[];
  /** The same problems with where they are: the key path in the raw settings. */
  problemsAt: SettingProblem[];
}

/** A problem in the words of the editor's settings (`sms.maxLength: …`). */
export function settingProblemText(problem: SettingProblem): string {
  return problem.path.length === 0 ? `sms settings ${problem.message}` : `sms.${problem.message}`;
}

/** The accepted value (normalised: codes in capitals, hosts in lower case), or undefined when it is invalid. */
function accepted(declaration: SettingDeclaration, value: unknown): { value: unknown } | undefined {
  switch (declaration.type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= declaration.minimum && (declaration.maximum === undefined || value <= declaration.maximum)
        ? { value }
        : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= declaration.minimum ? { value } : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? { value } : undefined;
    case 'text':
      return typeof value === 'string' && value.trim() !== '' ? { value } : undefined;
    case 'enum': {
      const written = declaration.ignoreCase && typeof value === 'string' ? value.toLowerCase() : value;
      return (declaration.values as readonly unknown[]).includes(written) ? { value: written } : undefined;
    }
    case 'countries': {
      const list = typeof value === 'string' ? [value] : value;
      return Array.isArray(list) && list.length > 0 && list.every((c) => typeof c === 'string' && countryCodes.has(c.toUpperCase()))
        ? { value: list.map((c: string) => c.toUpperCase()) }
        : undefined;
    }
    case 'hosts':
      return Array.isArray(value) && value.every((h) => typeof h === 'string' && hostNamePattern.test(h.trim()))
        ? { value: value.map((h: string) => h.trim().toLowerCase()) }
        : undefined;
    case 'severities':
      return undefined; // checked id by id in resolveSettings
  }
}

function expectedOf(declaration: SettingDeclaration): string {
  if (declaration.expected !== undefined) return declaration.expected;
  switch (declaration.type) {
    case 'integer':
      return `a whole number of at least ${declaration.minimum}`;
    case 'boolean':
      return 'true or false';
    default:
      throw new Error(`settings-declaration.ts: ${declaration.key} needs an "expected" wording`);
  }
}

/** Validates raw settings (from the editor or a config file); never throws. */
export function resolveSettings(raw: unknown, base: Settings = defaultSettings): ResolvedSettings {
  const problemsAt: SettingProblem[] = [];
  const settings: Settings = structuredClone(base) as Settings;
  const done = () => ({ settings, problems: problemsAt.map(settingProblemText), problemsAt });
  if (raw === undefined || raw === null) return done();
  if (!isRecord(raw)) {
    problemsAt.push({ path: [], target: 'value', message: 'must be an object; using the defaults.' });
    return done();
  }
  const target = settings as unknown as Record<string, Record<string, unknown>>;
  /** Groups whose value is not an object, reported once. */
  const badGroups = new Set<string>();
  for (const declaration of engineSettingDeclarations) {
    const [group, inner] = declaration.key.split('.');
    if (group === 'sending') {
      // `sending` has its own reader, shared with the front matter's `sending` (sending.ts).
      if (!badGroups.has(group)) settings.sending = resolveSending(raw.sending, settings.sending, problemsAt);
      badGroups.add(group);
      continue;
    }
    let value: unknown;
    let path: string[];
    if (inner === undefined) {
      value = raw[group];
      path = [group];
    } else {
      const holder = raw[group];
      if (holder === undefined || badGroups.has(group)) continue;
      if (!isRecord(holder)) {
        badGroups.add(group);
        problemsAt.push({ path: [group], target: 'value', message: `${declaration.key}: ${shown(holder)} is not ${expectedOf(declaration)}; using the default.` });
        continue;
      }
      value = holder[inner];
      path = [group, inner];
    }
    if (value === undefined) continue;
    if (declaration.type === 'severities') {
      resolveSeverities(value, settings, problemsAt, declaration);
      continue;
    }
    const ok = accepted(declaration, value);
    if (ok === undefined) {
      problemsAt.push({ path, target: 'value', message: `${declaration.key}: ${shown(value)} is not ${expectedOf(declaration)}; using the default.` });
    } else if (inner === undefined) (settings as unknown as Record<string, unknown>)[group] = ok.value;
    else target[group][inner] = ok.value;
  }
  return done();
}

function resolveSeverities(value: unknown, settings: Settings, problemsAt: SettingProblem[], declaration: SettingDeclaration): void {
  const key = declaration.key;
  if (!isRecord(value)) {
    problemsAt.push({ path: [key], target: 'value', message: `${key}: ${shown(value)} is not ${expectedOf(declaration)}; using the default.` });
    return;
  }
  for (const [id, severity] of Object.entries(value)) {
    if (!isRuleId(id)) problemsAt.push({ path: [key, id], target: 'key', message: `${key}: unknown rule "${id}"; ignored.` });
    else if (!(severities as readonly unknown[]).includes(severity)) {
      problemsAt.push({ path: [key, id], target: 'value', message: `${key}.${id}: ${quotedValue(severity)} is not one of ${severities.join(', ')}; using the rule's default.` });
    } else settings.rules[id] = severity as Severity;
  }
}

function shown(value: unknown): string {
  return quotedValue(value);
}

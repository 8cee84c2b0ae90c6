// What Liquid filters (and the Handlebars helpers mapped onto them) do to a value's length: on the
// example they run as the platform would; in the worst case they bound, grow or keep the longest value.
import { GSM_NOT, septetCost } from '../../encoding/gsm';
import type { TemplateValue } from './model';

export type Mode = 'example' | 'worst';

export interface FilterResult {
  value: TemplateValue;
  /** The filter's effect is not modelled: the value is the input, at its maxLength in the worst case. */
  unknown?: boolean;
  /** The filter can grow the text by an amount nothing declares (a reason for `unbounded-length`). */
  unbounded?: string;
  /** The filter bounds the length (truncate, slice): an earlier unbounded filter is bounded again. */
  bounds?: boolean;
}

/** How a value is sent: nil is nothing, a list its items run together (Liquid) or comma-joined (Handlebars). */
export function renderValue(value: TemplateValue, listSeparator = ''): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return value.map((item) => renderValue(item, listSeparator)).join(listSeparator);
  return '';
}

/** Roughly what a text costs to send, to pick the costlier of two candidates (UCS-2 counts 160/70 per unit). */
export function sendCost(text: string): number {
  let septets = 0;
  for (let i = 0; i < text.length; i++) {
    const cost = septetCost[text.charCodeAt(i)];
    if (cost === GSM_NOT) return (text.length * 160) / 70;
    septets += cost;
  }
  return septets;
}

function costlier(a: TemplateValue, b: TemplateValue): TemplateValue {
  return sendCost(renderValue(a)) >= sendCost(renderValue(b)) ? a : b;
}

function isEmptyForDefault(value: TemplateValue, allowFalse: boolean): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (value === false) return !allowFalse;
  return Array.isArray(value) && value.length === 0;
}

const argText = (args: TemplateValue[], index: number, fallback: string): string => (args[index] === undefined || args[index] === null ? fallback : renderValue(args[index]));
const argNumber = (args: TemplateValue[], index: number, fallback: number): number => {
  const value = Number(args[index]);
  return args[index] === undefined || !Number.isFinite(value) ? fallback : Math.trunc(value);
};

function truncate(text: string, length: number, ellipsis: string): string {
  const characters = [...text];
  if (characters.length <= length) return text;
  const keep = Math.max(0, length - [...ellipsis].length);
  return characters.slice(0, keep).join('') + ellipsis;
}

function capitalize(text: string): string {
  const characters = [...text];
  return characters.length === 0 ? text : characters[0].toUpperCase() + characters.slice(1).join('').toLowerCase();
}

/** Filters that can grow their input by an amount the input's maxLength does not bound. */
const expanding: Readonly<Record<string, string>> = {
  url_encode: 'can make each character up to 9 characters (%XX per byte)',
  url_escape: 'can make each character up to 9 characters (%XX per byte)',
  escape: 'can make each character up to 6 characters (&quot;)',
  escape_once: 'can make each character up to 6 characters (&quot;)',
  newline_to_br: 'adds `<br />` at every line break',
  json: 'adds quotes and escapes',
  base64_encode: 'makes the text a third longer',
  base64_url_safe_encode: 'makes the text a third longer',
};

export function applyFilter(name: string, input: TemplateValue, args: TemplateValue[], named: Record<string, TemplateValue>, mode: Mode): FilterResult {
  const text = renderValue(input);
  const worst = mode === 'worst';
  switch (name) {
    case 'default': {
      const fallback = args[0] ?? '';
      if (worst) return { value: costlier(input, fallback) };
      return { value: isEmptyForDefault(input, named.allow_false === true) ? fallback : input };
    }
    case 'upcase':
      return { value: text.toUpperCase() };
    case 'downcase':
      return { value: text.toLowerCase() };
    case 'capitalize':
      return { value: capitalize(text) };
    case 'append':
      return { value: text + argText(args, 0, '') };
    case 'prepend':
      return { value: argText(args, 0, '') + text };
    case 'replace':
    case 'replace_first':
    case 'replace_last': {
      const from = argText(args, 0, '');
      const to = argText(args, 1, '');
      if (!worst) {
        if (from === '') return { value: text };
        if (name === 'replace') return { value: text.split(from).join(to) };
        const at = name === 'replace_first' ? text.indexOf(from) : text.lastIndexOf(from);
        return { value: at === -1 ? text : text.slice(0, at) + to + text.slice(at + from.length) };
      }
      // The longest value is the one made of `from` as often as it fits, each time replaced.
      if (from === '' || to.length <= from.length) return { value: text };
      const times = name === 'replace' ? Math.floor(text.length / from.length) : Math.min(1, Math.floor(text.length / from.length));
      return { value: to.repeat(times) + text.slice(0, text.length - times * from.length) };
    }
    case 'remove':
    case 'remove_first':
    case 'remove_last':
      if (worst) return { value: text };
      return { value: name === 'remove' ? text.split(argText(args, 0, '')).join('') : applyFilter(name === 'remove_first' ? 'replace_first' : 'replace_last', input, [args[0], ''], named, mode).value };
    case 'strip':
      return { value: worst ? text : text.replace(/^[\s\0]+|[\s\0]+$/g, '') };
    case 'lstrip':
      return { value: worst ? text : text.replace(/^[\s\0]+/, '') };
    case 'rstrip':
      return { value: worst ? text : text.replace(/[\s\0]+$/, '') };
    case 'strip_newlines':
      return { value: worst ? text : text.replace(/\r?\n/g, '') };
    case 'truncate':
      return { value: truncate(text, argNumber(args, 0, 50), argText(args, 1, '...')), bounds: true };
    case 'truncatewords': {
      const count = Math.max(1, argNumber(args, 0, 15));
      const ellipsis = argText(args, 1, '...');
      if (worst) return { value: text };
      const words = text.split(/[ \t\r\n]+/).filter((word) => word !== '');
      return { value: words.length <= count ? text : words.slice(0, count).join(' ') + ellipsis };
    }
    case 'slice': {
      const characters = [...text];
      const from = argNumber(args, 0, 0);
      const length = argNumber(args, 1, 1);
      if (Array.isArray(input) && !worst) return { value: input.slice(from < 0 ? input.length + from : from).slice(0, length) };
      if (worst) return { value: characters.slice(0, Math.max(0, length)).join(''), bounds: true };
      const start = from < 0 ? Math.max(0, characters.length + from) : from;
      return { value: characters.slice(start, start + length).join(''), bounds: true };
    }
    case 'size':
      return { value: Array.isArray(input) ? input.length : [...text].length };
    case 'join':
      return { value: Array.isArray(input) ? input.map((item) => renderValue(item)).join(argText(args, 0, ' ')) : text };
    case 'first':
      return { value: Array.isArray(input) ? input[0] : [...text][0] ?? '' };
    case 'last':
      return { value: Array.isArray(input) ? input[input.length - 1] : [...text].slice(-1)[0] ?? '' };
    case 'reverse':
    case 'sort':
    case 'sort_natural':
    case 'uniq':
    case 'compact':
      return { value: Array.isArray(input) ? input : text };
    default:
      if (expanding[name] !== undefined) return { value: input, unbounded: `\`${name}\` ${expanding[name]}` };
      return { value: input, unknown: true };
  }
}

// i18next JSON reader: `jsonc-parser` gives the tree with offsets (and keeps going past errors);
// string values are decoded with the file offset of each character, so `\u00f3` maps to its six
// characters. Nested keys are dotted; `key_one`/`key_other` siblings are variants of `key`.
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { Finding } from '../../types';
import { nameBefore, RunBuilder, splitRun, type MessageVariant, type ReadContext, type RunToken, type SourceFile, type SourceMessage, type TextRun } from './source-message';
import { localeOfFolder } from './locale-of';

const pluralSuffixes = ['zero', 'one', 'two', 'few', 'many', 'other'];

export function encodeJsonString(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

export function readI18next(text: string, context: ReadContext): SourceFile {
  const locale = localeOfFolder(context.filePath);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: Finding[] = errors.map((error) => ({
    start: error.offset,
    end: Math.max(error.offset + error.length, error.offset + 1),
    message: `JSON error: ${printParseErrorCode(error.error)}`,
  }));
  const messages: SourceMessage[] = [];
  if (root?.type === 'object') walk(text, root, [], locale, messages);
  // In file order: a nested object's messages are gathered before its siblings' plural groups.
  messages.sort((a, b) => a.keyStart - b.keyStart);
  return { messages, problems };
}

function walk(text: string, node: JsonNode, path: string[], locale: string | null, messages: SourceMessage[]): void {
  const strings: { name: string; keyNode: JsonNode; valueNode: JsonNode }[] = [];
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const name = String(keyNode.value);
    if (valueNode.type === 'object') walk(text, valueNode, [...path, name], locale, messages);
    else if (valueNode.type === 'string') strings.push({ name, keyNode, valueNode });
  }
  // Plural siblings (`key_one`, `key_other`, `key_ordinal_one`) become one message with variants;
  // any other string is a message of its own (a plain `key` and `key_one` are two messages).
  const entries: { name: string; variants: MessageVariant[]; first: JsonNode; keyNode: JsonNode; last: JsonNode }[] = [];
  const pluralGroups = new Map<string, (typeof entries)[number]>();
  for (const { name, keyNode, valueNode } of strings) {
    const match = name.includes('_') ? /^(.+?)_(ordinal_)?(zero|one|two|few|many|other)$/.exec(name) : null;
    const run = decodeJsonString(text, valueNode);
    if (match === null) {
      entries.push({ name, variants: [{ path: [], parts: splitRun(run, i18nextTokens(run.text)) }], first: valueNode, keyNode, last: valueNode });
      continue;
    }
    const base = match[1];
    const variant: MessageVariant = { path: [`${match[2] ? 'ordinal ' : ''}${match[3]}`], parts: splitRun(run, i18nextTokens(run.text)) };
    const existing = pluralGroups.get(base);
    if (existing) {
      existing.variants.push(variant);
      existing.last = valueNode;
      continue;
    }
    const entry = { name: base, variants: [variant], first: valueNode, keyNode, last: valueNode };
    pluralGroups.set(base, entry);
    entries.push(entry);
  }
  const prefix = path.length > 0 ? `${path.join('.')}.` : '';
  for (const entry of entries) {
    if (entry.variants.length > 1) {
      const rank = (variant: MessageVariant) => pluralSuffixes.indexOf(variant.path[0]?.replace('ordinal ', '') ?? 'other');
      entry.variants.sort((a, b) => rank(a) - rank(b));
    }
    messages.push({
      key: prefix + entry.name,
      locale,
      keyStart: entry.keyNode.offset + 1,
      keyEnd: entry.keyNode.offset + entry.keyNode.length - 1,
      valueStart: entry.first.offset + 1,
      valueEnd: entry.last.offset + entry.last.length - 1,
      variants: entry.variants,
    });
  }
}

/** `{{name}}`, `{{name, format}}`, `{{- name}}` (unescaped); `$t(key)` nesting stays text. */
export function i18nextTokens(text: string): RunToken[] {
  const tokens: RunToken[] = [];
  for (let open = text.indexOf('{{'); open !== -1; open = text.indexOf('{{', open + 2)) {
    const close = text.indexOf('}}', open + 2);
    if (close === -1) break;
    let inner = text.slice(open + 2, close).trim();
    if (inner.startsWith('-')) inner = inner.slice(1);
    const name = nameBefore(inner, [',']);
    if (name === undefined) continue;
    tokens.push({ kind: 'placeholder', start: open, end: close + 2, name });
    open = close;
  }
  return tokens;
}

const simpleEscapes: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The UTF-16 unit written as four hex digits at `at`, or -1. */
function hexUnit(text: string, at: number): number {
  let unit = 0;
  for (let i = at; i < at + 4; i++) {
    const code = text.charCodeAt(i);
    const digit = code >= 48 && code <= 57 ? code - 48 : code >= 65 && code <= 70 ? code - 55 : code >= 97 && code <= 102 ? code - 87 : -1;
    if (digit === -1) return -1;
    unit = unit * 16 + digit;
  }
  return unit;
}

function decodeJsonString(text: string, node: JsonNode): TextRun {
  const builder = new RunBuilder();
  const start = node.offset + 1;
  const end = node.offset + node.length - 1;
  for (let i = start; i < end; ) {
    if (text.charCodeAt(i) !== 92) {
      // Up to the next backslash in this string (indexOf would search the rest of the file).
      let plainEnd = i + 1;
      while (plainEnd < end && text.charCodeAt(plainEnd) !== 92) plainEnd++;
      builder.pushVerbatim(text, i, plainEnd);
      i = plainEnd;
      continue;
    }
    const next = text[i + 1];
    if (next === 'u') {
      const unit = hexUnit(text, i + 2);
      if (unit !== -1) {
        builder.push(String.fromCharCode(unit), i, i + 6);
        i += 6;
        continue;
      }
    }
    builder.push(simpleEscapes[next] ?? next ?? '', i, Math.min(end, i + 2));
    i += 2;
  }
  const run = builder.build(encodeJsonString);
  if (run.text === node.value) return run;
  const coarse = new RunBuilder();
  coarse.push(String(node.value), start, end);
  return coarse.build(() => undefined);
}

// Rails I18n YAML reader: `yaml` parses the file (errors, keys, values, ranges); each string value is
// decoded again from its source with the file offset of every character (rails-message.ts). The top
// key is the locale. A file made the way locale files are (`key: value` lines nested by
// indentation) is read from `yaml`'s Lexer alone (rails-lines.ts, without the Parser); any other
// file, or any file with an error, is composed in full. Both give the same result.
import { isMap, isScalar, parseDocument, type Node as YamlNode, type Scalar } from 'yaml';
import type { Finding } from '../../types';
import type { ReadContext, SourceFile, SourceMessage } from './source-message';
import { localeTag } from './locale-of';
import { railsMessage } from './rails-message';
import { readRailsFromLines } from './rails-lines';

export { railsTokens } from './rails-message';

export function readRails(text: string, context: ReadContext): SourceFile {
  return readRailsFromLines(text) ?? readRailsFully(text, context);
}

/** The reader through `yaml`'s composed Document: every file, every error (the fast reader's reference). */
export function readRailsFully(text: string, context: ReadContext): SourceFile {
  void context;
  const messages: SourceMessage[] = [];
  const problems: Finding[] = [];
  let document;
  try {
    document = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  } catch (error) {
    return { messages, problems: [{ start: 0, end: Math.min(1, text.length), message: `YAML could not be read: ${(error as Error).message}` }] };
  }
  for (const error of document.errors) {
    problems.push({ start: error.pos[0], end: Math.max(error.pos[1], error.pos[0] + 1), message: `YAML error: ${error.message.split('\n')[0]}` });
  }
  const root = document.contents;
  if (!isMap(root)) return { messages, problems };
  for (const pair of root.items) {
    if (!isScalar(pair.key)) continue;
    const top = String(pair.key.value);
    const locale = localeTag(top) ?? top;
    walk(text, pair.value as YamlNode | null, [], locale, messages);
  }
  return { messages, problems };
}

function walk(text: string, node: YamlNode | null, path: string[], locale: string, messages: SourceMessage[], keyNode?: Scalar): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isScalar(pair.key)) walk(text, pair.value as YamlNode | null, [...path, String(pair.key.value)], locale, messages, pair.key as Scalar);
    }
    return;
  }
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range || path.length === 0) return;
  const [valueStart, valueEnd] = node.range;
  messages.push(railsMessage(text, path.join('.'), locale, keyNode?.range?.[0] ?? valueStart, keyNode?.range?.[1] ?? valueStart, node.type, node.value, valueStart, valueEnd));
}

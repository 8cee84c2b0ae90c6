// Rails I18n YAML reader: `yaml` parses the file (errors, keys, values, ranges); each string value is
// decoded again from its source with the file offset of every character (rails-message.ts). The top
// key is the locale. A file made the way locale files are (`key: value` lines nested by
// indentation) is read from `yaml`'s Lexer alone (rails-lines.ts, about twice as fast); any other
// file, or any file with an error, is composed in full. Both give the same result.
import { Composer, CST, isMap, isScalar, Lexer, parseDocument, Parser, type Document, type Node as YamlNode, type Scalar } from 'yaml';
import type { Finding } from '../../types';
import type { ReadContext, SourceFile, SourceMessage } from './source-message';
import { localeTag } from './locale-of';
import { railsMessage } from './rails-message';
import { readRailsFromLines } from './rails-lines';

export { railsTokens } from './rails-message';

const parseOptions = { uniqueKeys: false, prettyErrors: false };

export function readRails(text: string, context: ReadContext): SourceFile {
  // When the fast reader gives up, its lexemes go on to the Parser, whose CST goes to the Composer:
  // a file outside its subset is lexed once, as before.
  let tokens: CST.Token[];
  try {
    const lexemes = Array.from(new Lexer().lex(text));
    const fromLines = readRailsFromLines(text, lexemes);
    if (fromLines !== undefined) return fromLines;
    const parser = new Parser();
    tokens = [];
    for (const lexeme of lexemes) for (const token of parser.next(lexeme)) tokens.push(token);
    for (const token of parser.end()) tokens.push(token);
  } catch {
    return readRailsFully(text, context);
  }
  return readRailsFully(text, context, tokens);
}

/**
 * The reader through `yaml`'s composed Document: every file, every error (the fast readers'
 * reference); `tokens`, when given, are the Parser's tokens of `text`.
 */
export function readRailsFully(text: string, context: ReadContext, tokens?: CST.Token[]): SourceFile {
  void context;
  const messages: SourceMessage[] = [];
  const problems: Finding[] = [];
  let document;
  try {
    document = (tokens && composeOne(text, tokens)) ?? parseDocument(text, parseOptions);
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

/** What parseDocument makes of these tokens, when they hold one document (else undefined: parseDocument says what more). */
function composeOne(text: string, tokens: CST.Token[]): Document.Parsed | undefined {
  const documents = Array.from(new Composer(parseOptions).compose(tokens, true, text.length));
  return documents.length === 1 ? documents[0] : undefined;
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

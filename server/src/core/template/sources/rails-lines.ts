// Rails I18n YAML read from `yaml`'s Lexer alone, for files made the way locale files are: after an
// optional `---`, every line is blank, a comment, or `key: value` with the key on one line and the
// value a scalar of any style (on as many lines as the Lexer gives it), nested by indentation.
// Keys and values are resolved with the composer's own functions and schema, which report their
// errors; on anything else (an indentation that is not a map's, flow collections, anchors, tags,
// sequences, tabs, directives, a second document…) or any error it gives up, and the file is
// composed in full (rails.ts), so messages and problems are the composer's, to the character.
// It does not build the Parser's CST: that alone costs more than the Lexer (docs/performance.md).
import { CST, Document, isScalar, Lexer, type ParseOptions, type Range, type Scalar, type ScalarTag } from 'yaml';
import type { SourceFile } from './source-message';
import { localeTag } from './locale-of';
import { decodeOneLineDoubleQuoted, railsMessage, railsMessageOf } from './rails-message';

/** Thrown inside the reader when the file leaves the subset (or has an error): compose it in full. */
const outsideSubset = new Error('outside the subset the fast reader handles');
const giveUp = (): never => {
  throw outsideSubset;
};

/** A string value found, decoded once the whole file is known to be in the subset. */
interface Found {
  key: string;
  locale: string;
  keyRange: Range;
  type: Scalar['type'];
  /** The composer's value; undefined for a one-line double-quoted scalar, decoded once, here (decodeOneLineDoubleQuoted). */
  value: string | undefined;
  valueRange: Range;
}

/** What the reader gathers, and what it reads plain scalars with. */
interface Reading {
  text: string;
  found: Found[];
  /** The schema's tags that a plain scalar is matched against, in the schema's order (values; keys). */
  valueTags: ScalarTag[];
  keyTags: ScalarTag[];
  options: ParseOptions;
}

function startReading(text: string): Reading {
  // The schema and options parseDocument composes with (YAML 1.2, core schema).
  const { schema, options } = new Document(undefined, { uniqueKeys: false, prettyErrors: false });
  const scalarTags = schema.tags.filter((tag): tag is ScalarTag => !tag.collection && tag.test !== undefined);
  return {
    text,
    found: [],
    valueTags: scalarTags.filter((tag) => tag.default === true),
    keyTags: scalarTags.filter((tag) => tag.default === true || tag.default === 'key'),
    options,
  };
}

/** The messages of the values found (the decoding is the costly part: done once the file is read). */
function messagesOf(reading: Reading): SourceFile {
  const { text } = reading;
  const messages = reading.found.map(({ key, locale, keyRange, type, value, valueRange }) => {
    if (value !== undefined) return railsMessage(text, key, locale, keyRange[0], keyRange[1], type, value, valueRange[0], valueRange[1]);
    // Where the decoding could differ from the composer's value, the composer reads the file.
    const run = decodeOneLineDoubleQuoted(text, valueRange[0], valueRange[1]) ?? giveUp();
    return railsMessageOf(run, key, locale, keyRange[0], keyRange[1], valueRange[0], valueRange[1]);
  });
  return { messages, problems: [] };
}

/** The composer's value, style and range of a scalar token; any error leaves the subset. */
function resolve(token: CST.FlowScalar | CST.BlockScalar): ReturnType<typeof CST.resolveAsScalar> & object {
  return CST.resolveAsScalar(token, true, giveUp);
}

/** A plain scalar's value as the schema reads it (`12` a number, `true` a boolean, `~` null…), as the composer finds its tag. */
function resolvePlain(reading: Reading, value: string, tags: ScalarTag[]): unknown {
  for (const tag of tags) {
    if (tag.test!.test(value)) {
      const resolved = tag.resolve(value, giveUp, reading.options);
      return isScalar(resolved) ? resolved.value : resolved;
    }
  }
  return value;
}

// The Lexer's markers: a document starts; the next lexeme is a plain scalar. Neither is in the text.
const documentMarker = CST.DOCUMENT;
const scalarMarker = CST.SCALAR;

/** A block map being read: the column of its keys, and what its keys are under. */
interface OpenMap {
  indent: number;
  /** -1 for the locale keys, then 0, 1… under the locale. */
  depth: number;
  prefix: string;
  locale: string | undefined;
}

/** The file's messages (it has no problems), or undefined when it is not made only of such lines. */
export function readRailsFromLines(text: string): SourceFile | undefined {
  try {
    return read(text);
  } catch {
    return undefined;
  }
}

/** No line break (the Lexer breaks lines at `\n`; a lone `\r` is left to the composer too). */
const isOneLine = (source: string) => !source.includes('\n') && !source.includes('\r');
const isNewline = (lexeme: string | undefined) => lexeme === '\n' || lexeme === '\r\n';
const isSpace = (lexeme: string | undefined) => lexeme !== undefined && lexeme[0] === ' ';

/** The Lexer's lexemes as they come (a file that leaves the subset early is not lexed to its end), and the file offset of the next one. */
class Lexemes {
  offset = 0;
  next: string | undefined;
  constructor(private readonly lexer: Iterator<string>) {
    this.next = this.pull();
  }

  private pull(): string | undefined {
    const result = this.lexer.next();
    return result.done ? undefined : result.value;
  }

  get done(): boolean {
    return this.next === undefined;
  }

  take(): string {
    const lexeme = this.next!;
    this.offset += lexeme.length;
    this.next = this.pull();
    return lexeme;
  }

  /** Passes the marker `marker` (not in the text), which must be next. */
  passMarker(marker: string): void {
    if (this.next !== marker) giveUp();
    this.next = this.pull();
  }

  /** A space lexeme if one is next (tabs leave the subset); whether there was one. */
  skipSpace(): boolean {
    if (!isSpace(this.next)) return false;
    if (this.take().includes('\t')) giveUp();
    return true;
  }

  /** The end of a line: its line break, or the end of the file. */
  endLine(): void {
    if (this.done) return;
    if (!isNewline(this.next)) giveUp();
    this.take();
  }

  /** A plain or quoted scalar, which starts at the next lexeme; on one line if `oneLine` (a key). */
  flowScalar(indent: number, oneLine: boolean): CST.FlowScalar {
    const first = this.next!;
    let type: CST.FlowScalar['type'];
    if (first === scalarMarker) {
      this.passMarker(scalarMarker);
      type = 'scalar';
    } else if (first[0] === '"') type = 'double-quoted-scalar';
    else if (first[0] === "'") type = 'single-quoted-scalar';
    else return giveUp();
    const token: CST.FlowScalar = { type, offset: this.offset, indent, source: this.take() };
    if (oneLine && token.source.includes('\n')) giveUp();
    return token;
  }

  /** A block scalar: the header, a comment maybe, the line break; then the body, which the Lexer cuts by indentation. */
  blockScalar(indent: number): CST.BlockScalar {
    const props: CST.SourceToken[] = [{ type: 'block-scalar-header', offset: this.offset, indent, source: this.take() }];
    const token: CST.BlockScalar = { type: 'block-scalar', offset: props[0].offset, indent, props, source: '' };
    while (!this.done && !isNewline(this.next)) {
      const lexeme = this.next!;
      const type = isSpace(lexeme) && !lexeme.includes('\t') ? 'space' : lexeme[0] === '#' ? 'comment' : giveUp();
      props.push({ type, offset: this.offset, indent, source: this.take() });
    }
    if (this.done) giveUp();
    props.push({ type: 'newline', offset: this.offset, indent, source: this.take() });
    this.passMarker(scalarMarker);
    if (this.done) giveUp();
    token.source = this.take();
    return token;
  }
}

function read(text: string): SourceFile {
  const reading = startReading(text);
  const lexemes = new Lexemes(new Lexer().lex(text));
  // Before the document: a byte order mark, comments, blank lines; then an optional `---` line.
  while (!lexemes.done && lexemes.next !== documentMarker) {
    const lexeme = lexemes.next!;
    if (lexeme === '\ufeff' || lexeme[0] === '#' || isNewline(lexeme)) lexemes.take();
    else giveUp();
  }
  lexemes.passMarker(documentMarker);
  if (lexemes.next === '---') {
    lexemes.take();
    if (!isNewline(lexemes.next)) giveUp();
    lexemes.take();
  }
  const open: OpenMap[] = [];
  // The last key, when its value was empty: a map may follow, more indented.
  let emptyKey: { map: OpenMap; key: string } | undefined;
  while (!lexemes.done) {
    const lineStart = lexemes.offset;
    lexemes.skipSpace();
    const indent = lexemes.offset - lineStart;
    const first = lexemes.next;
    if (first === undefined) break;
    if (isNewline(first)) {
      lexemes.take();
      continue;
    }
    if (first[0] === '#') {
      lexemes.take();
      lexemes.endLine();
      continue;
    }
    const map = mapOf(open, indent, emptyKey);
    emptyKey = undefined;
    const keyToken = lexemes.flowScalar(indent, true);
    lexemes.skipSpace();
    if (lexemes.next !== ':') giveUp();
    // The composer's limit is 1024 characters from the key's start to the `:`.
    if (lexemes.offset - lineStart > 1000) giveUp();
    lexemes.take();
    const key = resolve(keyToken);
    const keyText = String(keyToken.type === 'scalar' ? resolvePlain(reading, key.value, reading.keyTags) : key.value);
    const fullKey = map.depth <= 0 ? keyText : `${map.prefix}.${keyText}`;
    const spaced = lexemes.skipSpace();
    const next = lexemes.next;
    if (next === undefined || isNewline(next) || (spaced && next[0] === '#')) {
      // An empty value (null), or a map on the lines that follow.
      if (next !== undefined && !isNewline(next)) lexemes.take();
      lexemes.endLine();
      emptyKey = { map, key: map.depth === -1 ? keyText : fullKey };
      continue;
    }
    if (!spaced) giveUp();
    let value: CST.FlowScalar | CST.BlockScalar;
    if (next[0] === '|' || next[0] === '>') value = lexemes.blockScalar(indent);
    else {
      // A value may go on over the next lines, as the Lexer cuts it (by indentation, quotes).
      value = lexemes.flowScalar(indent, false);
      // Then spaces, a comment after a space, the line break (or the end of the file).
      const spacedAfter = lexemes.skipSpace();
      if (lexemes.next?.[0] === '#') {
        if (!spacedAfter) giveUp();
        lexemes.take();
      }
      lexemes.endLine();
    }
    if (map.depth >= 0 && value.type === 'double-quoted-scalar' && isOneLine(value.source)) {
      // A message (always a string), decoded once the file is read (messagesOf), as the composer
      // decodes it; where it cannot be, the file is composed in full. (A value beside the locale
      // keys is no message, and is resolved below, so that its errors still send the file there.)
      const valueEnd = value.offset + value.source.length;
      reading.found.push({ key: fullKey, locale: map.locale!, keyRange: key.range, type: 'QUOTE_DOUBLE', value: undefined, valueRange: [value.offset, valueEnd, valueEnd] });
      continue;
    }
    const scalar = resolve(value);
    const resolved = value.type === 'scalar' ? resolvePlain(reading, scalar.value, reading.valueTags) : scalar.value;
    if (typeof resolved === 'string' && map.depth >= 0) {
      reading.found.push({ key: fullKey, locale: map.locale!, keyRange: key.range, type: scalar.type ?? undefined, value: resolved, valueRange: scalar.range });
    }
  }
  return messagesOf(reading);
}

/** The open map a key at column `indent` belongs to (a new one under an empty key, more indented); leaves the subset when none. */
function mapOf(open: OpenMap[], indent: number, emptyKey: { map: OpenMap; key: string } | undefined): OpenMap {
  if (open.length === 0) {
    open.push({ indent, depth: -1, prefix: '', locale: undefined });
  } else if (emptyKey !== undefined && indent > emptyKey.map.indent) {
    const parent = emptyKey.map;
    const locale = parent.depth === -1 ? (localeTag(emptyKey.key) ?? emptyKey.key) : parent.locale;
    open.push({ indent, depth: parent.depth + 1, prefix: parent.depth === -1 ? '' : emptyKey.key, locale });
  } else {
    while (open.length > 0 && open[open.length - 1].indent > indent) open.pop();
    if (open.length === 0 || open[open.length - 1].indent !== indent) giveUp();
  }
  return open[open.length - 1];
}

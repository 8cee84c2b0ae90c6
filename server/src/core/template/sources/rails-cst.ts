// Rails I18n YAML read straight from `yaml`'s CST (the Parser's tokens, with offsets), for files made
// only of what locale files are made of: one document of block maps keyed by plain or quoted
// scalars, whose values are scalars (any style) or block maps, with comments and blank lines. It
// makes the checks `yaml`'s composer makes on that subset, and resolves scalars with the composer's
// own functions and schema; on anything else, or any error, it gives up (undefined) and the caller
// composes the file in full, so messages and problems are the composer's, to the character.
import { CST, Document, isScalar, Parser, type ParseOptions, type Range, type Scalar, type ScalarTag } from 'yaml';
import type { SourceFile } from './source-message';
import { localeTag } from './locale-of';
import { railsMessage } from './rails-message';

/** Thrown inside the reader when the file leaves the subset (or has an error): compose it in full. */
const outsideSubset = new Error('outside the subset the fast readers handle');
export const giveUp = (): never => {
  throw outsideSubset;
};

/** A string value found, decoded once the whole file is known to be in the subset. */
interface Found {
  key: string;
  locale: string;
  keyRange: Range;
  type: Scalar['type'];
  value: string;
  valueRange: Range;
}

/** What a fast reader gathers, and what it reads plain scalars with. */
export interface Reading {
  text: string;
  found: Found[];
  /** The schema's tags that a plain scalar is matched against, in the schema's order (values; keys). */
  valueTags: ScalarTag[];
  keyTags: ScalarTag[];
  options: ParseOptions;
}

/** The file's messages (it has no problems), or undefined when it needs the full reader; `tokens`: the Parser's, when already made. */
export function readRailsFromCst(text: string, tokens?: CST.Token[]): SourceFile | undefined {
  try {
    return read(text, tokens ?? new Parser().parse(text));
  } catch {
    // Outside the subset, or anything unforeseen: the full reader decides, and reports.
    return undefined;
  }
}

export function startReading(text: string): Reading {
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

function read(text: string, tokens: Iterable<CST.Token>): SourceFile {
  const reading = startReading(text);
  let documents = 0;
  for (const token of tokens) {
    switch (token.type) {
      case 'byte-order-mark':
      case 'space':
      case 'comment':
      case 'newline':
        break;
      case 'document':
        // A second document is an error (parseDocument reads one).
        if (++documents > 1) giveUp();
        readDocument(reading, token);
        break;
      default:
        // Directives, `...`, errors.
        giveUp();
    }
  }
  if (documents !== 1) giveUp();
  return messagesOf(reading);
}

function readDocument(reading: Reading, document: CST.Document): void {
  const start = props(document.start, 'doc-start', document.offset, true);
  const root = document.value;
  if (root?.type !== 'block-map' || (start.found && !start.hasNewline)) giveUp();
  readMap(reading, root as CST.BlockMap, undefined, '', -1);
  for (const token of document.end ?? []) {
    if (token.type !== 'space' && token.type !== 'comment' && token.type !== 'newline') giveUp();
  }
}

/**
 * The messages of a block map whose keys are at `depth` under the locale (-1: the locale keys),
 * `prefix` the dotted key so far; returns where the map ends with its trailing comments (the
 * composer's `range[2]`), which the next key's checks start from.
 */
function readMap(reading: Reading, map: CST.BlockMap, locale: string | undefined, prefix: string, depth: number): number {
  let offset = map.offset;
  let commentEnd: number | null = null;
  for (const { start, key, sep, value } of map.items) {
    const keyProps = props(start, 'explicit-key-ind', offset, true);
    if (keyProps.found) giveUp();
    if (!sep) {
      // Comments and blank lines after the last entry.
      if (key) giveUp();
      commentEnd = keyProps.end;
      continue;
    }
    if (!key || !isFlowScalar(key) || key.indent !== map.indent || containsNewline(key)) return giveUp();
    const keyScalar = resolve(key);
    const keyText = String(key.type === 'scalar' ? resolvePlain(reading, keyScalar.value, reading.keyTags) : keyScalar.value);
    const valueProps = props(sep, 'map-value-ind', keyScalar.range[2], false);
    offset = valueProps.end;
    if (!valueProps.found) giveUp();
    if (value?.type === 'block-map' && !valueProps.hasNewline) giveUp();
    if (keyProps.end < valueProps.found!.offset - 1024) giveUp();
    const fullKey = depth <= 0 ? keyText : `${prefix}.${keyText}`;
    if (value === undefined) {
      // No value: an empty (null) scalar; it ends after the comment on its line if there is one.
      offset = valueProps.comment ? valueProps.end : emptyScalarPosition(offset, sep);
    } else if (value.type === 'block-map') {
      offset = depth === -1 ? readMap(reading, value, localeTag(keyText) ?? keyText, '', 0) : readMap(reading, value, locale, fullKey, depth + 1);
    } else if (isFlowScalar(value) || value.type === 'block-scalar') {
      const scalar = resolve(value);
      offset = scalar.range[2];
      const resolved = value.type === 'scalar' ? resolvePlain(reading, scalar.value, reading.valueTags) : scalar.value;
      if (typeof resolved === 'string' && depth >= 0) {
        reading.found.push({ key: fullKey, locale: locale!, keyRange: keyScalar.range, type: scalar.type ?? undefined, value: resolved, valueRange: scalar.range });
      }
    } else {
      // Sequences, flow collections, aliases, errors.
      giveUp();
    }
  }
  if (commentEnd && commentEnd < offset) giveUp();
  return commentEnd ?? offset;
}

/** The messages of the values found (the decoding is the costly part: done once the file is read). */
export function messagesOf(reading: Reading): SourceFile {
  const { text } = reading;
  const messages = reading.found.map(({ key, locale, keyRange, type, value, valueRange }) => railsMessage(text, key, locale, keyRange[0], keyRange[1], type, value, valueRange[0], valueRange[1]));
  return { messages, problems: [] };
}

function isFlowScalar(token: CST.Token): token is CST.FlowScalar {
  return token.type === 'scalar' || token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar';
}

/** The composer's value, style and range of a scalar token; any error leaves the subset. */
export function resolve(token: CST.FlowScalar | CST.BlockScalar): ReturnType<typeof CST.resolveAsScalar> & object {
  return CST.resolveAsScalar(token, true, giveUp);
}

/** A plain scalar's value as the schema reads it (`12` a number, `true` a boolean, `~` null…), as the composer finds its tag. */
export function resolvePlain(reading: Reading, value: string, tags: ScalarTag[]): unknown {
  for (const tag of tags) {
    if (tag.test!.test(value)) {
      const resolved = tag.resolve(value, giveUp, reading.options);
      return isScalar(resolved) ? resolved.value : resolved;
    }
  }
  return value;
}

/** The composer's reading of the tokens around an indicator (`:`, `---`), on the subset: spaces, comments, line breaks. */
function props(tokens: CST.SourceToken[], indicator: CST.SourceToken['type'], offset: number, startOnNewline: boolean) {
  let hasSpace = startOnNewline;
  let hasNewline = false;
  let comment = false;
  let found: CST.SourceToken | null = null;
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        // Tabs are an error in some places (TAB_AS_INDENT): leave them to the composer.
        if (token.source.includes('\t')) giveUp();
        hasSpace = true;
        break;
      case 'comment':
        if (!hasSpace) giveUp();
        comment = true;
        break;
      case 'newline':
        hasNewline = true;
        hasSpace = true;
        break;
      default:
        // Anchors, tags, a repeated indicator, anything else.
        if (token.type !== indicator || found) giveUp();
        found = token;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  return { found, hasNewline, comment, end: last ? last.offset + last.source.length : offset };
}

function containsNewline(key: CST.Token): boolean {
  const scalar = key as CST.FlowScalar;
  return scalar.source.includes('\n') || (scalar.end ?? []).some((token) => token.type === 'newline');
}

/** Where the composer puts an empty value: after the `:` and the spaces that follow it. */
function emptyScalarPosition(offset: number, before: CST.SourceToken[]): number {
  for (let i = before.length - 1; i >= 0; --i) {
    const token = before[i];
    if (token.type === 'space' || token.type === 'comment' || token.type === 'newline') {
      offset -= token.source.length;
      continue;
    }
    for (let next = i + 1; before[next]?.type === 'space'; next++) offset += before[next].source.length;
    break;
  }
  return offset;
}

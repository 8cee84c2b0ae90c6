// The message model every locale-file reader produces: per message its key, locale and variants,
// each variant a list of text runs (decoded text with an exact map back to the file, escapes
// included), placeholders and fixed text (resolved terms), all at UTF-16 file offsets.
import type { Finding } from '../../types';

/**
 * The piecewise map from a run's decoded units to the file, flat: one triple per span, `[unitStart,
 * fileStart, fileEnd]`, spans in unit order, the first at unit 0. A span runs from its `unitStart`
 * to the next span's (or the end of the text). In a verbatim span (`fileEnd` is `verbatim`) unit
 * `u` was written at `[fileStart + u - unitStart, +1)`; in a decoded piece (an escape, an entity)
 * every unit was written at `[fileStart, fileEnd)`. A message's map is a few numbers, not a table.
 */
export type UnitSpans = readonly number[];
const verbatim = -1;

/** Decoded text whose code unit `u` was written at file offsets `[startOf(u), endOf(u))`. */
export class TextRun {
  readonly kind = 'text';
  constructor(
    readonly text: string,
    /** Where the units were written (see `UnitSpans`); empty for empty text. */
    readonly spans: UnitSpans,
    /**
     * How replacement text is written at this place in the file (escaped for the format), or
     * undefined when it cannot be written safely here (a fix is then not offered).
     */
    readonly encode: (text: string) => string | undefined,
  ) {}

  /** The file offset where unit `unit` was written (0 <= unit < text.length, clamped outside; -1 for empty text). */
  startOf(unit: number): number {
    if (this.spans.length === 0) return -1;
    const clamped = Math.max(0, Math.min(unit, this.text.length - 1));
    const at = this.spanAt(clamped);
    const fileStart = this.spans[at + 1];
    return this.spans[at + 2] === verbatim ? fileStart + clamped - this.spans[at] : fileStart;
  }

  /** The file offset just after where unit `unit` was written (as `startOf`). */
  endOf(unit: number): number {
    if (this.spans.length === 0) return -1;
    const clamped = Math.max(0, Math.min(unit, this.text.length - 1));
    const at = this.spanAt(clamped);
    const fileEnd = this.spans[at + 2];
    return fileEnd === verbatim ? this.spans[at + 1] + clamped - this.spans[at] + 1 : fileEnd;
  }

  /** The index in `spans` of the triple holding unit `unit` (the last span starting at or before it; 0 before the first). */
  spanAt(unit: number): number {
    const spans = this.spans;
    // Most runs have one to three spans: a scan beats a search there.
    if (spans.length <= 12) {
      let at = spans.length - 3;
      while (at > 0 && spans[at] > unit) at -= 3;
      return at;
    }
    let low = 0;
    let high = spans.length / 3 - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (spans[middle * 3] <= unit) low = middle;
      else high = middle - 1;
    }
    return low * 3;
  }
}

/** A placeholder the application fills in: `{code}`, `%{name}`, `{{name}}`, `{ $name }`. */
export interface PlaceholderPart {
  kind: 'placeholder';
  /** The variable's name as the config's `variables` names it. */
  name: string;
  start: number;
  end: number;
}

/** Text that is sent but written elsewhere (a Fluent term): counted, never edited. */
export interface FixedPart {
  kind: 'fixed';
  text: string;
  start: number;
  end: number;
}

export type MessagePart = TextRun | PlaceholderPart | FixedPart;

/** One way the message can read: a plural form or a select branch; `path` is empty for a plain message. */
export interface MessageVariant {
  /** e.g. `["one"]` for an i18next plural, `["$count: *other"]` for a Fluent select's default. */
  path: string[];
  parts: MessagePart[];
}

export interface SourceMessage {
  /** Dotted key (Rails without the leading locale; Fluent `id` or `id.attribute`). */
  key: string;
  /** BCP 47 tag, or null for the default (unlocalised) file. */
  locale: string | null;
  /** Where the key is written (the first variant's key for plural siblings). */
  keyStart: number;
  keyEnd: number;
  /** From the start of the first variant's value to the end of the last. */
  valueStart: number;
  valueEnd: number;
  variants: MessageVariant[];
}

export interface SourceFile {
  messages: SourceMessage[];
  /** Syntax errors of the file, at file offsets (reported as `invalid-template`). */
  problems: Finding[];
}

export type SourceFormat = 'properties' | 'resx' | 'rails' | 'i18next' | 'fluent';
export const sourceFormats: readonly SourceFormat[] = ['properties', 'resx', 'rails', 'i18next', 'fluent'];

export interface ReadContext {
  /** The file's path (for the locale); forward or backward slashes. */
  filePath: string;
  /** Other files of the same locale (Fluent terms); none when not given. */
  siblingFiles?: () => { path: string; text: string }[];
}

/** `text`, written as it reads at `fileStart` (one verbatim span): a run without a builder. */
export function verbatimRun(text: string, fileStart: number, encode: TextRun['encode']): TextRun {
  return new TextRun(text, text.length > 0 ? [0, fileStart, verbatim] : [], encode);
}

/** Builds a text run one decoded piece at a time; neighbouring pieces that map alike share a span. */
export class RunBuilder {
  // Pieces joined once at the end: a string grown a character at a time is mostly garbage.
  private pieces: string[] = [];
  private spans: number[] = [];
  private units = 0;

  /** Appends decoded `decoded`, written at `[fileStart, fileEnd)`; every unit of it maps to that range. */
  push(decoded: string, fileStart: number, fileEnd: number): void {
    if (decoded.length === 0) return;
    this.pieces.push(decoded);
    this.mapDecoded(decoded.length, fileStart, fileEnd);
  }

  /** Appends `file.slice(start, end)` as written, unit for unit. */
  pushVerbatim(file: string, start: number, end: number): void {
    if (end <= start) return;
    this.pieces.push(file.slice(start, end));
    this.mapVerbatim(end - start, start);
  }

  /** Appends units `[from, to)` of `run`, its text and its map. */
  pushFrom(run: TextRun, from: number, to: number): void {
    if (to <= from) return;
    this.pieces.push(run.text.slice(from, to));
    const spans = run.spans;
    for (let at = run.spanAt(from), unit = from; unit < to; at += 3) {
      const spanEnd = at + 3 < spans.length ? spans[at + 3] : run.text.length;
      const end = Math.min(to, spanEnd);
      if (spans[at + 2] === verbatim) this.mapVerbatim(end - unit, spans[at + 1] + unit - spans[at]);
      else this.mapDecoded(end - unit, spans[at + 1], spans[at + 2]);
      unit = end;
    }
  }

  get length(): number {
    return this.units;
  }

  /** The run built so far (its map copied to an exact-size array, kept as long as the message); the builder starts over empty. */
  build(encode: TextRun['encode']): TextRun {
    const run = new TextRun(this.pieces.join(''), this.spans.slice(), encode);
    // New empty arrays cost less than setting the old ones' length to 0.
    this.pieces = [];
    this.spans = [];
    this.units = 0;
    return run;
  }

  private mapVerbatim(count: number, fileStart: number): void {
    const spans = this.spans;
    const last = spans.length - 3;
    // Written right after the verbatim span before it: the same span goes on.
    const continues = last >= 0 && spans[last + 2] === verbatim && spans[last + 1] + this.units - spans[last] === fileStart;
    if (!continues) spans.push(this.units, fileStart, verbatim);
    this.units += count;
  }

  private mapDecoded(count: number, fileStart: number, fileEnd: number): void {
    // One unit written as one file unit maps as a verbatim unit does.
    if (count === 1 && fileEnd === fileStart + 1) return this.mapVerbatim(1, fileStart);
    const spans = this.spans;
    const last = spans.length - 3;
    const continues = last >= 0 && spans[last + 1] === fileStart && spans[last + 2] === fileEnd;
    if (!continues) spans.push(this.units, fileStart, fileEnd);
    this.units += count;
  }
}

/** A placeholder or an escaped literal found in a run's decoded text (indexes into `run.text`). */
export type RunToken =
  | { kind: 'placeholder'; start: number; end: number; name: string }
  | { kind: 'literal'; start: number; end: number; text: string };

/** Splits a decoded run at its tokens into text runs and placeholders, keeping the file map (span by span). */
export function splitRun(run: TextRun, tokens: readonly RunToken[]): MessagePart[] {
  if (tokens.length === 0) return run.text.length > 0 ? [run] : [];
  const parts: MessagePart[] = [];
  // The text run being gathered (a build empties the builder for the next one).
  const text = new RunBuilder();
  const flushText = () => {
    if (text.length > 0) parts.push(text.build(run.encode));
  };
  let position = 0;
  for (const token of tokens) {
    text.pushFrom(run, position, token.start);
    const fileStart = run.startOf(token.start);
    const fileEnd = run.endOf(token.end - 1);
    if (token.kind === 'literal') text.push(token.text, fileStart, fileEnd);
    else {
      flushText();
      parts.push({ kind: 'placeholder', name: token.name, start: fileStart, end: fileEnd });
    }
    position = token.end;
  }
  text.pushFrom(run, position, run.text.length);
  flushText();
  // An exact-size copy: the parts are kept as long as the message, an array grown by pushes has room for 16.
  return parts.slice();
}

const [openBrace, closeBrace] = [123, 125];
const braceSeparators = [',', ':'];

/**
 * `{0}`, `{name}`, `{0,number}`, `{name:N2}` placeholders (Java MessageFormat, .NET String.Format);
 * with `doubledBraces`, `{{` and `}}` are literal braces (.NET).
 */
export function braceTokens(text: string, doubledBraces: boolean): RunToken[] {
  const tokens: RunToken[] = [];
  for (let i = 0; i < text.length; i++) {
    // Char codes, not one-character strings: this looks at every unit of every message.
    const code = text.charCodeAt(i);
    if (code !== openBrace && code !== closeBrace) continue;
    if (doubledBraces && text.charCodeAt(i + 1) === code) {
      tokens.push({ kind: 'literal', start: i, end: i + 2, text: code === openBrace ? '{' : '}' });
      i++;
      continue;
    }
    if (code !== openBrace) continue;
    const close = text.indexOf('}', i + 1);
    if (close === -1) break;
    const inner = text.slice(i + 1, close);
    const name = nameBefore(inner, braceSeparators);
    if (name !== undefined) {
      tokens.push({ kind: 'placeholder', start: i, end: close + 1, name });
      i = close;
    }
  }
  return tokens;
}
/** The identifier that starts `inner` (trimmed) up to the first of `separators`; undefined if none. */
export function nameBefore(inner: string, separators: readonly string[]): string | undefined {
  let end = inner.length;
  for (const separator of separators) {
    const at = inner.indexOf(separator);
    if (at !== -1 && at < end) end = at;
  }
  const name = inner.slice(0, end).trim();
  return isIdentifier(name) ? name : undefined;
}

function isIdentifier(name: string): boolean {
  if (name.length === 0 || name.length > 100) return false;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    const ok = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 46 || code === 45;
    if (!ok) return false;
  }
  return true;
}

/** The decoded text of a variant, placeholders shown as written names (for hovers and tests). */
export function variantText(variant: MessageVariant): string {
  return variant.parts.map((part) => (part.kind === 'placeholder' ? `{${part.name}}` : part.text)).join('');
}

// The message model every locale-file reader produces: per message its key, locale and variants,
// each variant a list of text runs (decoded text with an exact map back to the file, escapes
// included), placeholders and fixed text (resolved terms), all at UTF-16 file offsets.
import type { Finding } from '../../types';

/** Decoded text whose code unit `i` was written at file offsets `[starts[i], ends[i])`. */
export interface TextRun {
  kind: 'text';
  text: string;
  starts: number[];
  ends: number[];
  /**
   * How replacement text is written at this place in the file (escaped for the format), or
   * undefined when it cannot be written safely here (a fix is then not offered).
   */
  encode: (text: string) => string | undefined;
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

/** Builds a text run one decoded piece at a time. */
export class RunBuilder {
  // Pieces joined once at the end: a string grown a character at a time is mostly garbage.
  private readonly pieces: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Appends decoded `decoded`, written at `[fileStart, fileEnd)`; every unit of it maps to that range. */
  push(decoded: string, fileStart: number, fileEnd: number): void {
    this.pieces.push(decoded);
    for (let i = 0; i < decoded.length; i++) {
      this.starts.push(fileStart);
      this.ends.push(fileEnd);
    }
  }

  /** Appends `file.slice(start, end)` as written, unit for unit. */
  pushVerbatim(file: string, start: number, end: number): void {
    if (end <= start) return;
    this.pieces.push(file.slice(start, end));
    for (let i = start; i < end; i++) {
      this.starts.push(i);
      this.ends.push(i + 1);
    }
  }

  get length(): number {
    return this.starts.length;
  }

  build(encode: TextRun['encode']): TextRun {
    return { kind: 'text', text: this.pieces.join(''), starts: this.starts, ends: this.ends, encode };
  }
}

/** A placeholder or an escaped literal found in a run's decoded text (indexes into `run.text`). */
export type RunToken =
  | { kind: 'placeholder'; start: number; end: number; name: string }
  | { kind: 'literal'; start: number; end: number; text: string };

/** Splits a decoded run at its tokens into text runs and placeholders, keeping the file map. */
export function splitRun(run: TextRun, tokens: readonly RunToken[]): MessagePart[] {
  if (tokens.length === 0) return run.text.length > 0 ? [run] : [];
  const parts: MessagePart[] = [];
  // The text run being gathered: slices of the run's text, and its maps unit for unit.
  let texts: string[] = [];
  let starts: number[] = [];
  let ends: number[] = [];
  const flushText = () => {
    if (texts.length > 0) parts.push({ kind: 'text', text: texts.join(''), starts, ends, encode: run.encode });
    texts = [];
    starts = [];
    ends = [];
  };
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    texts.push(run.text.slice(from, to));
    // The usual case, a part that starts here: one exact-size copy of each map instead of unit pushes.
    if (starts.length === 0) {
      starts = run.starts.slice(from, to);
      ends = run.ends.slice(from, to);
      return;
    }
    for (let i = from; i < to; i++) {
      starts.push(run.starts[i]);
      ends.push(run.ends[i]);
    }
  };
  let position = 0;
  for (const token of tokens) {
    copy(position, token.start);
    const fileStart = run.starts[token.start];
    const fileEnd = run.ends[token.end - 1];
    if (token.kind === 'literal') {
      texts.push(token.text);
      for (let i = 0; i < token.text.length; i++) {
        starts.push(fileStart);
        ends.push(fileEnd);
      }
    } else {
      flushText();
      parts.push({ kind: 'placeholder', name: token.name, start: fileStart, end: fileEnd });
    }
    position = token.end;
  }
  copy(position, run.text.length);
  flushText();
  return parts;
}

/**
 * `{0}`, `{name}`, `{0,number}`, `{name:N2}` placeholders (Java MessageFormat, .NET String.Format);
 * with `doubledBraces`, `{{` and `}}` are literal braces (.NET).
 */
export function braceTokens(text: string, doubledBraces: boolean): RunToken[] {
  const tokens: RunToken[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (doubledBraces && (c === '{' || c === '}') && text[i + 1] === c) {
      tokens.push({ kind: 'literal', start: i, end: i + 2, text: c });
      i++;
      continue;
    }
    if (c !== '{') continue;
    const close = text.indexOf('}', i + 1);
    if (close === -1) break;
    const inner = text.slice(i + 1, close);
    const name = nameBefore(inner, [',', ':']);
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

// Java `.properties` reader, following java.util.Properties.load(Reader) exactly (logical lines,
// `#`/`!` comments, `=`/`:`/whitespace separators, `\uXXXX`, `\t \n \r \f`, continuation lines)
// while keeping the file offset of every decoded character. No npm parser keeps offsets.
import type { Finding } from '../../types';
import { braceTokens, RunBuilder, splitRun, type ReadContext, type SourceFile, type SourceMessage } from './source-message';
import { localeOfPropertiesFile } from './locale-of';

const isBlank = (c: string) => c === ' ' || c === '\t' || c === '\f';
const [LF, CR, BACKSLASH, EQUALS, COLON, SPACE, TAB, FORM_FEED] = [10, 13, 92, 61, 58, 32, 9, 12];

/** A key's decoded text, gathered like a run's but without the per-unit file offsets. */
class KeyText {
  private readonly pieces: string[] = [];
  push(decoded: string): void {
    this.pieces.push(decoded);
  }
  pushVerbatim(file: string, start: number, end: number): void {
    if (end > start) this.pieces.push(file.slice(start, end));
  }
  text(): string {
    return this.pieces.join('');
  }
}
const isLineBreak = (c: string) => c === '\n' || c === '\r';

/** How replacement text is written in a value: backslashes, line breaks and tabs escaped. */
export function encodePropertiesValue(text: string): string {
  let out = '';
  for (const c of text) {
    if (c === '\\') out += '\\\\';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (c === '\f') out += '\\f';
    else out += c;
  }
  return out;
}

export function readProperties(text: string, context: ReadContext): SourceFile {
  const locale = localeOfPropertiesFile(context.filePath);
  const messages: SourceMessage[] = [];
  const problems: Finding[] = [];
  const seen = new Map<string, number>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  while (i < n) {
    // Start of a natural line: skip leading whitespace; blank lines and comments are skipped whole.
    while (i < n && isBlank(text[i])) i++;
    if (i >= n) break;
    if (isLineBreak(text[i])) {
      i++;
      continue;
    }
    if (text[i] === '#' || text[i] === '!') {
      while (i < n && !isLineBreak(text[i])) i++;
      continue;
    }
    // The key, up to the first unescaped separator.
    const keyStart = i;
    // Only the key's text is kept (its range is keyStart..keyEnd): no per-unit offsets.
    const key = new KeyText();
    const state = { i };
    let separated = false;
    let plainKeyStart = state.i;
    while (state.i < n) {
      const c = text.charCodeAt(state.i);
      if (c === LF || c === CR) break;
      if (c === BACKSLASH) {
        key.pushVerbatim(text, plainKeyStart, state.i);
        const more = readEscape(text, state, key, problems);
        plainKeyStart = state.i;
        if (!more) break;
        continue;
      }
      if (c === EQUALS || c === COLON || c === SPACE || c === TAB || c === FORM_FEED) {
        separated = true;
        break;
      }
      state.i++;
    }
    key.pushVerbatim(text, plainKeyStart, Math.min(state.i, n));
    const keyEnd = state.i;
    if (separated) {
      while (state.i < n && isBlank(text[state.i])) state.i++;
      if (text[state.i] === '=' || text[state.i] === ':') state.i++;
      while (state.i < n && isBlank(text[state.i])) state.i++;
      // A continuation right after the separator also swallows the next line's leading blanks.
      skipContinuations(text, state);
    }
    const valueStart = state.i;
    const value = new RunBuilder();
    let plainStart = state.i;
    while (state.i < n) {
      const c = text.charCodeAt(state.i);
      if (c === LF || c === CR) break;
      if (c === BACKSLASH) {
        value.pushVerbatim(text, plainStart, state.i);
        const more = readEscape(text, state, value, problems);
        plainStart = state.i;
        if (!more) break;
        continue;
      }
      state.i++;
    }
    value.pushVerbatim(text, plainStart, Math.min(state.i, n));
    const valueEnd = state.i;
    const run = value.build(encodePropertiesValue);
    const keyText = key.text();
    const message: SourceMessage = {
      key: keyText,
      locale,
      keyStart,
      keyEnd,
      valueStart,
      valueEnd,
      variants: [{ path: [], parts: splitRun(run, braceTokens(run.text, false)) }],
    };
    // Properties.load keeps the last of two equal keys.
    const earlier = seen.get(keyText);
    if (earlier !== undefined) messages[earlier] = message;
    else {
      seen.set(keyText, messages.length);
      messages.push(message);
    }
    i = state.i;
  }
  return { messages, problems };
}

/** After a backslash at the end of a line: the line break and the next line's leading blanks go. */
function skipContinuations(text: string, state: { i: number }): void {
  while (text[state.i] === '\\' && isLineBreak(text[state.i + 1] ?? '')) {
    state.i = lineBreakEnd(text, state.i + 1);
    while (state.i < text.length && isBlank(text[state.i])) state.i++;
  }
}

function lineBreakEnd(text: string, at: number): number {
  if (text[at] === '\r' && text[at + 1] === '\n') return at + 2;
  return at + 1;
}

/**
 * Reads the escape at `state.i` (a backslash) into `into`. A backslash before a line break joins
 * the next line; at the end of the file it is dropped. Returns false when the logical line ends.
 */
function readEscape(text: string, state: { i: number }, into: RunBuilder | KeyText, problems: Finding[]): boolean {
  const start = state.i;
  const next = text[start + 1];
  if (next === undefined) {
    state.i = start + 1;
    return false;
  }
  if (isLineBreak(next)) {
    state.i = lineBreakEnd(text, start + 1);
    while (state.i < text.length && isBlank(text[state.i])) state.i++;
    return true;
  }
  if (next === 'u') {
    const hex = text.slice(start + 2, start + 6);
    if (/^[0-9A-Fa-f]{4}$/.test(hex)) {
      into.push(String.fromCharCode(parseInt(hex, 16)), start, start + 6);
      state.i = start + 6;
      return true;
    }
    // Java throws "Malformed \uxxxx encoding" here and loads nothing: say so, read on.
    problems.push({ start, end: Math.min(text.length, start + 2 + hex.replace(/[^0-9A-Fa-f].*$/s, '').length), message: 'Malformed `\\uXXXX` escape: java.util.Properties refuses to load this file. Write four hex digits, or `\\\\u` for a backslash and a u.' });
    into.push('u', start, start + 2);
    state.i = start + 2;
    return true;
  }
  const decoded = next === 't' ? '\t' : next === 'n' ? '\n' : next === 'r' ? '\r' : next === 'f' ? '\f' : next;
  into.push(decoded, start, start + 2);
  state.i = start + 2;
  return true;
}

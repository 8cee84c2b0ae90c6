// A Rails message from one YAML string scalar: the scalar decoded again from its source with the file
// offset of every character (quotes, escapes, line folding, block scalars), checked against the YAML
// parser's value, and split at its `%{name}` placeholders. Both Rails readers (rails.ts) build with it.
// A one-line double-quoted scalar may be decoded without the parser's value (the fast reader does
// not decode it twice, decodeOneLineDoubleQuoted): where its decoding could differ from `yaml`'s (an
// unknown escape, a bad hex escape) it gives nothing, and the file is composed in full.
import { Scalar } from 'yaml';
import { nameBefore, RunBuilder, splitRun, type RunToken, type SourceMessage, type TextRun } from './source-message';

/** The message of the string scalar `value` (style `type`) written at `[valueStart, valueEnd)` under the key at `[keyStart, keyEnd)`. */
export function railsMessage(
  text: string,
  key: string,
  locale: string,
  keyStart: number,
  keyEnd: number,
  type: Scalar['type'],
  value: string,
  valueStart: number,
  valueEnd: number,
): SourceMessage {
  return railsMessageOf(decodeScalar(text, type, value, valueStart, valueEnd), key, locale, keyStart, keyEnd, valueStart, valueEnd);
}

/** The message of a scalar already decoded to `run`. */
export function railsMessageOf(run: TextRun, key: string, locale: string, keyStart: number, keyEnd: number, valueStart: number, valueEnd: number): SourceMessage {
  return { key, locale, keyStart, keyEnd, valueStart, valueEnd, variants: [{ path: [], parts: splitRun(run, railsTokens(run.text)) }] };
}

/** `%{name}` and `%<name>s` (I18n interpolation); `%%{` is a literal `%{`. */
export function railsTokens(text: string): RunToken[] {
  const tokens: RunToken[] = [];
  for (let i = text.indexOf('%'); i !== -1 && i < text.length; i = text.indexOf('%', i + 1)) {
    if (text[i + 1] === '%') {
      tokens.push({ kind: 'literal', start: i, end: i + 2, text: '%' });
      i++;
      continue;
    }
    const open = text[i + 1];
    if (open !== '{' && open !== '<') continue;
    const close = text.indexOf(open === '{' ? '}' : '>', i + 2);
    if (close === -1) continue;
    const name = nameBefore(text.slice(i + 2, close), []);
    if (name === undefined) continue;
    let end = close + 1;
    // `%<count>d`, `%<price>.2f`: the conversion belongs to the placeholder.
    if (open === '<') {
      const conversion = /^[-+ 0#]*\d*(\.\d+)?[a-zA-Z]/.exec(text.slice(end));
      if (conversion) end += conversion[0].length;
    }
    tokens.push({ kind: 'placeholder', start: i, end, name });
    i = end - 1;
  }
  return tokens;
}


/** How replacement text is written in a scalar of each style (undefined: not safely here). */
const encodeDoubleQuoted: TextRun['encode'] = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
const encodeSingleQuoted: TextRun['encode'] = (s) => (/[\r\n]/.test(s) ? undefined : s.replace(/'/g, "''"));
const encodePlain: TextRun['encode'] = (s) => (/[\r\n]|: | #|\s$|:$/.test(s) ? undefined : s);
const encodeBlock: TextRun['encode'] = (s) => (/[\r\n]/.test(s) ? undefined : s);

function encoderFor(type: Scalar['type']): TextRun['encode'] {
  switch (type) {
    case Scalar.QUOTE_DOUBLE:
      return encodeDoubleQuoted;
    case Scalar.QUOTE_SINGLE:
      return encodeSingleQuoted;
    case Scalar.PLAIN:
      return encodePlain;
    default:
      return encodeBlock;
  }
}

/**
 * The characters of a string scalar written at `[start, end)` in the style `type`, mapped to the
 * file; `value` is the parser's value, and the whole value is one piece when the map is unsure.
 */
export function decodeScalar(text: string, type: Scalar['type'], value: string, start: number, end: number): TextRun {
  const encode = encoderFor(type);
  let run: TextRun | undefined;
  if (type === Scalar.PLAIN) run = decodeFlow(text, start, end, 'plain', encode);
  else if (type === Scalar.QUOTE_SINGLE) run = decodeFlow(text, start + 1, end - 1, 'single', encode);
  else if (type === Scalar.QUOTE_DOUBLE) run = decodeFlow(text, start + 1, end - 1, 'double', encode);
  else run = decodeBlock(text, start, end, type === Scalar.BLOCK_FOLDED, encode);
  if (run !== undefined && run.text === value) return run;
  const coarse = new RunBuilder();
  coarse.push(value, start, end);
  return coarse.build(() => undefined);
}

/**
 * A double-quoted scalar on one line (no line break between its quotes, which the caller checked),
 * decoded as `yaml` decodes it; undefined where `yaml` would report an error.
 */
export function decodeOneLineDoubleQuoted(text: string, start: number, end: number): TextRun | undefined {
  if (end - start < 2 || text[end - 1] !== '"') return undefined;
  return decodeFlow(text, start + 1, end - 1, 'double', encodeDoubleQuoted);
}

const doubleQuoteEscapes: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};

/** Blanks, line breaks, and the quote or backslash of the style: what decodeFlow looks at one by one. */
function isSpecialIn(style: 'plain' | 'single' | 'double', code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || (style === 'single' ? code === 39 : style === 'double' && code === 92);
}

function decodeFlow(text: string, start: number, end: number, style: 'plain' | 'single' | 'double', encode: TextRun['encode']): TextRun | undefined {
  const builder = new RunBuilder();
  // Characters kept as written are gathered as stretches [verbatimStart, verbatimEnd) and pushed
  // whole, not one by one; anything decoded flushes the stretch first, so the order is kept.
  let verbatimStart = start;
  let verbatimEnd = start;
  const keep = (from: number, to: number) => {
    if (from !== verbatimEnd) {
      builder.pushVerbatim(text, verbatimStart, verbatimEnd);
      verbatimStart = from;
    }
    verbatimEnd = to;
  };
  const push = (decoded: string, from: number, to: number) => {
    builder.pushVerbatim(text, verbatimStart, verbatimEnd);
    verbatimStart = verbatimEnd = to;
    builder.push(decoded, from, to);
  };
  // Blanks are pending (the stretch [pendingStart, i)) until something other than a line break follows.
  let pendingStart = -1;
  let i = start;
  const flushBlanks = () => {
    if (pendingStart !== -1) keep(pendingStart, i);
    pendingStart = -1;
  };
  while (i < end) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      if (pendingStart === -1) pendingStart = i;
      i++;
      continue;
    }
    if (c === '\n' || c === '\r') {
      // Folding: trailing blanks go, a single break is a space, n empty lines are n line breaks.
      pendingStart = -1;
      const breakStart = i;
      let breaks = 0;
      let breakEnd = i;
      while (i < end && (text[i] === '\n' || text[i] === '\r' || text[i] === ' ' || text[i] === '\t')) {
        if (text[i] === '\n') breaks++;
        else if (text[i] === '\r' && text[i + 1] !== '\n') breaks++;
        i++;
        if (text[i - 1] === '\n' || text[i - 1] === '\r') breakEnd = i;
      }
      if (breaks <= 1) push(' ', breakStart, breakEnd);
      else for (let b = 1; b < breaks; b++) push('\n', breakStart, breakEnd);
      continue;
    }
    flushBlanks();
    if (style === 'single' && c === "'" && text[i + 1] === "'") {
      push("'", i, i + 2);
      i += 2;
      continue;
    }
    if (style === 'double' && c === '\\') {
      const next = text[i + 1];
      if (next === '\n' || next === '\r') {
        // An escaped line break joins the lines without a space.
        i += next === '\r' && text[i + 2] === '\n' ? 3 : 2;
        while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
        continue;
      }
      const hexLength = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
      if (hexLength > 0) {
        const hex = text.slice(i + 2, i + 2 + hexLength);
        if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== hexLength) return undefined;
        const code = parseInt(hex, 16);
        // Past U+10FFFF is an error of the file (`yaml` reports it), not a character.
        if (code > 0x10ffff) return undefined;
        push(String.fromCodePoint(code), i, i + 2 + hexLength);
        i += 2 + hexLength;
        continue;
      }
      const decoded = doubleQuoteEscapes[next];
      if (decoded === undefined) return undefined;
      push(decoded, i, i + 2);
      i += 2;
      continue;
    }
    // Up to the next character the loop above decides on: kept as written, in one stretch.
    let to = i + 1;
    while (to < end && !isSpecialIn(style, text.charCodeAt(to))) to++;
    keep(i, to);
    i = to;
  }
  if (style !== 'plain') flushBlanks();
  builder.pushVerbatim(text, verbatimStart, verbatimEnd);
  return builder.build(encode);
}

function decodeBlock(text: string, start: number, end: number, folded: boolean, encode: TextRun['encode']): TextRun | undefined {
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd === -1 || headerEnd >= end) return undefined;
  const header = text.slice(start + 1, headerEnd).replace(/\s+#.*$/, '').trim();
  if (/\d/.test(header)) return undefined;
  const chomping = header.includes('-') ? 'strip' : header.includes('+') ? 'keep' : 'clip';
  const lines: { start: number; contentStart: number; end: number; breakEnd: number }[] = [];
  for (let lineStart = headerEnd + 1; lineStart < end; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    const breakEnd = lineEnd === -1 || lineEnd >= end ? end : lineEnd + 1;
    if (lineEnd === -1 || lineEnd >= end) lineEnd = end;
    const contentEnd = lineEnd > lineStart && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    lines.push({ start: lineStart, contentStart: lineStart, end: contentEnd, breakEnd });
    lineStart = breakEnd;
  }
  const first = lines.find((line) => text.slice(line.start, line.end).trim() !== '');
  if (!first) return undefined;
  const indent = text.slice(first.start, first.end).length - text.slice(first.start, first.end).trimStart().length;
  const builder = new RunBuilder();
  let pendingBreaks: { start: number; end: number }[] = [];
  let previousMoreIndented = true;
  let wroteLine = false;
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    if (content.trim() === '' && content.length <= indent) {
      pendingBreaks.push({ start: line.end, end: line.breakEnd });
      continue;
    }
    const contentStart = line.start + Math.min(indent, content.length);
    const moreIndented = text[contentStart] === ' ' || text[contentStart] === '\t';
    if (wroteLine) {
      const [joint, ...empties] = pendingBreaks;
      if (folded && !previousMoreIndented && !moreIndented && empties.length === 0) builder.push(' ', joint.start, joint.end);
      else if (folded && !previousMoreIndented && !moreIndented) for (const empty of empties) builder.push('\n', empty.start, empty.end);
      else for (const each of pendingBreaks) builder.push('\n', each.start, each.end);
    }
    pendingBreaks = [{ start: line.end, end: line.breakEnd }];
    builder.pushVerbatim(text, contentStart, line.end);
    previousMoreIndented = moreIndented;
    wroteLine = true;
  }
  const trailing = pendingBreaks.filter((each) => each.end > each.start);
  if (chomping === 'clip' && trailing.length > 0) builder.push('\n', trailing[0].start, trailing[0].end);
  if (chomping === 'keep') for (const each of trailing) builder.push('\n', each.start, each.end);
  return builder.build(encode);
}

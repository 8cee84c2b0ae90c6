// Bounds the front matter before the YAML parser sees it: a linear scan that follows YAML's block
// nesting (indentation, `-`, `?`, `key:`) and flow nesting (`[`, `{`) through quotes, comments and
// block scalars, and finds where the text nests deeper than any template needs. `yaml` composes
// nodes recursively: a few thousand levels exhaust V8's stack inside a regular expression, which
// aborts the process where no try/catch can catch it, and deep or large input parses slowly.
// The count may err high (a `[` in a multi-line plain scalar counts), never low.

/** Deepest nesting accepted; a template needs 3 or 4 levels (`variables` → name → fields → list). */
export const MAX_FRONT_MATTER_DEPTH = 64;
/** Longest front matter accepted, in UTF-16 code units: hundreds of variables with long examples. */
export const MAX_FRONT_MATTER_LENGTH = 32 * 1024;

interface Entry {
  /** Column of the indicator (`-`, `?`, or the key before `:`). */
  column: number;
  depth: number;
  /** A `key:` with nothing after it on its line: its value may be a sequence at the same column. */
  keyOnly: boolean;
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

function isBreak(code: number): boolean {
  return code === LF || code === CR;
}

function isBlankOrEnd(source: string, i: number): boolean {
  if (i >= source.length) return true;
  const code = source.charCodeAt(i);
  return code === SPACE || code === TAB || isBreak(code);
}

/** The offset of the first opening that nests deeper than `limit`, or undefined when none does. */
export function firstTooDeep(source: string, limit = MAX_FRONT_MATTER_DEPTH): number | undefined {
  const n = source.length;
  const stack: Entry[] = [];
  /** While skipping a block scalar: the indentation of its line, and of its content once known. */
  let scalarParentIndent = -1;
  let scalarContentIndent = -1;
  let i = 0;
  let tooDeep: number | undefined;

  const nextLine = (from: number): number => {
    let j = from;
    while (j < n && !isBreak(source.charCodeAt(j))) j++;
    while (j < n && isBreak(source.charCodeAt(j))) j++;
    return j;
  };

  /** End of a quoted scalar starting at `start` (its quote); may run over several lines. */
  const quotedEnd = (start: number): number => {
    const quote = source.charCodeAt(start);
    let j = start + 1;
    while (j < n) {
      const code = source.charCodeAt(j);
      if (quote === 34 && code === 92) j += 2; // `\` escapes in double quotes
      else if (code === quote) {
        if (quote === 39 && source.charCodeAt(j + 1) === 39) j += 2; // `''` in single quotes
        else return j + 1;
      } else j++;
    }
    return n;
  };

  /** Skips a flow collection opened at `start`, at block depth `base`; returns where it ends. */
  const flowEnd = (start: number, base: number): number => {
    let depth = 0;
    let atTokenStart = true;
    let j = start;
    while (j < n) {
      const code = source.charCodeAt(j);
      if (code === 91 || code === 123) {
        depth++;
        if (base + depth > limit) {
          tooDeep = j;
          return n;
        }
        atTokenStart = true;
        j++;
      } else if (code === 93 || code === 125) {
        depth--;
        j++;
        if (depth === 0) return j;
        atTokenStart = false;
      } else if (code === 44) {
        atTokenStart = true;
        j++;
      } else if ((code === 34 || code === 39) && atTokenStart) {
        j = quotedEnd(j);
        atTokenStart = false;
      } else if (code === 35 && (j === 0 || isBlankOrEnd(source, j - 1))) {
        while (j < n && !isBreak(source.charCodeAt(j))) j++;
      } else if ((code === 58 || code === 63) && isBlankOrEnd(source, j + 1)) {
        atTokenStart = true;
        j++;
      } else if (code === SPACE || code === TAB || isBreak(code)) {
        j++;
      } else {
        atTokenStart = false;
        j++;
      }
    }
    return n;
  };

  while (i < n && tooDeep === undefined) {
    const lineStart = i;
    let indent = 0;
    while (lineStart + indent < n && source.charCodeAt(lineStart + indent) === SPACE) indent++;
    const contentStart = lineStart + indent;
    let lineEnd = contentStart;
    while (lineEnd < n && !isBreak(source.charCodeAt(lineEnd))) lineEnd++;
    const blank = source.slice(contentStart, lineEnd).trim() === '';
    if (scalarParentIndent >= 0) {
      if (blank) {
        i = nextLine(lineStart);
        continue;
      }
      if (scalarContentIndent < 0 && indent > scalarParentIndent) scalarContentIndent = indent;
      if (scalarContentIndent >= 0 && indent >= scalarContentIndent) {
        i = nextLine(lineStart);
        continue;
      }
      scalarParentIndent = -1;
      scalarContentIndent = -1;
    }
    if (blank || source.charCodeAt(contentStart) === 35) {
      i = nextLine(lineStart);
      continue;
    }
    // The node this line belongs to: the nearest entry left of it, or a key at the same column
    // whose value is this sequence (`key:` then `- item` under it, not indented).
    const dash = source.charCodeAt(contentStart) === 45 && isBlankOrEnd(source, contentStart + 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.column < indent) break;
      if (top.column === indent && dash && top.keyOnly) break;
      stack.pop();
    }
    let depth = stack.length > 0 ? stack[stack.length - 1].depth : 0;
    let lastKey: Entry | undefined;
    /** Whether anything follows the line's last key (then its value is not below it). */
    let afterKey = false;
    /** Whether the next token starts a node (line start, after `-`, `?`, `key:`, an anchor or a tag). */
    let atNodeStart = true;
    const push = (column: number, at: number, key: boolean): void => {
      depth++;
      if (depth > limit && tooDeep === undefined) tooDeep = at;
      const entry = { column, depth, keyOnly: false };
      stack.push(entry);
      afterKey = !key;
      if (key) lastKey = entry;
      atNodeStart = true;
    };
    const token = (): void => {
      afterKey = true;
      atNodeStart = false;
    };
    // The current line may change when a quoted scalar or a flow collection runs over lines.
    let currentLineStart = lineStart;
    let j = contentStart;
    const columnOf = (at: number) => at - currentLineStart;
    const keyAfter = (at: number, tokenStart: number): number => {
      let k = at;
      while (k < n && (source.charCodeAt(k) === SPACE || source.charCodeAt(k) === TAB)) k++;
      if (source.charCodeAt(k) === 58 && isBlankOrEnd(source, k + 1)) {
        push(columnOf(tokenStart), tokenStart, true);
        return k + 1;
      }
      token();
      return k;
    };
    while (j < n && tooDeep === undefined) {
      const code = source.charCodeAt(j);
      if (isBreak(code)) break;
      if (code === SPACE || code === TAB) {
        j++;
        continue;
      }
      if ((code === 45 || code === 63) && isBlankOrEnd(source, j + 1)) {
        push(columnOf(j), j, false);
        j++;
      } else if (code === 35) {
        while (j < n && !isBreak(source.charCodeAt(j))) j++;
      } else if (code === 34 || code === 39 || code === 91 || code === 123) {
        const start = j;
        j = code === 34 || code === 39 ? quotedEnd(j) : flowEnd(j, depth);
        const lastBreak = Math.max(source.lastIndexOf('\n', j - 1), source.lastIndexOf('\r', j - 1));
        if (lastBreak >= start) currentLineStart = lastBreak + 1;
        j = keyAfter(j, start);
      } else if ((code === 124 || code === 62) && atNodeStart) {
        // A block scalar: the rest of the line is its header; its lines are more indented.
        token();
        scalarParentIndent = indent;
        scalarContentIndent = -1;
        const explicit = /[1-9]/.exec(source.slice(j + 1, j + 3));
        if (explicit) scalarContentIndent = indent + Number(explicit[0]);
        while (j < n && !isBreak(source.charCodeAt(j))) j++;
      } else if (code === 38 || code === 33) {
        // An anchor or a tag: the node follows.
        while (j < n && !isBlankOrEnd(source, j)) j++;
        afterKey = true;
      } else {
        // A plain scalar, up to `: ` (it was a key), ` #` (a comment) or the end of the line.
        const start = j;
        let key = false;
        while (j < n && !isBreak(source.charCodeAt(j))) {
          const c = source.charCodeAt(j);
          if (c === 58 && isBlankOrEnd(source, j + 1)) {
            key = true;
            break;
          }
          if (c === 35 && (source.charCodeAt(j - 1) === SPACE || source.charCodeAt(j - 1) === TAB)) break;
          j++;
        }
        if (key) {
          push(columnOf(start), start, true);
          j++;
        } else token();
      }
    }
    if (lastKey !== undefined && !afterKey) (lastKey as Entry).keyOnly = true;
    i = nextLine(j);
  }
  return tooDeep;
}

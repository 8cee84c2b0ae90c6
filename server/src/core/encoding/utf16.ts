// UTF-16 helpers for offsets into a file's text: surrogate halves, the byte order mark an editor
// keeps in the text, and the binary searches over sorted offsets.

/** The first half of a surrogate pair (U+D800–U+DBFF). */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The second half of a surrogate pair (U+DC00–U+DFFF). */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether a surrogate pair (one code point, two code units) starts at `i`. */
export function startsSurrogatePair(text: string, i: number): boolean {
  return isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1));
}

/** Code units of the byte order mark that opens `text`: 1, or 0 when there is none. */
export function bomLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

/** Index of the last of `items` (sorted by `keyOf`) whose key is at or before `offset`; 0 when none is. */
export function lastIndexAtOrBefore<T>(items: readonly T[], keyOf: (item: T) => number, offset: number): number {
  let low = 0;
  let high = items.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (keyOf(items[middle]) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Index of the first of `items` (sorted by `keyOf`) whose key is past `offset`; `items.length` when none is. */
export function firstIndexAfter<T>(items: readonly T[], keyOf: (item: T) => number, offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keyOf(items[middle]) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

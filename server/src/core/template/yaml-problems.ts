// Where the YAML parser's problems point in the front matter, and the first line of its message.
import type { Range } from './template';

// YAML reports an unclosed quote or bracket where the input ends (the closing fence) and a
// duplicate key at its first character; point at the line and at the whole key instead.
export function yamlErrorRange(source: string, code: string, [errorStart, errorEnd]: [number, number]): Range {
  const contentEnd = source.trimEnd().length;
  if (errorStart >= contentEnd) {
    const lineStart = source.lastIndexOf('\n', contentEnd - 1) + 1;
    const line = source.slice(lineStart, contentEnd);
    return { start: lineStart + line.length - line.trimStart().length, end: contentEnd };
  }
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^:,}\r\n]*/.exec(source.slice(errorStart))![0].trimEnd();
    if (key.length > 0) return { start: errorStart, end: errorStart + key.length };
  }
  return { start: errorStart, end: Math.max(errorEnd, errorStart + 1) };
}

/** A problem's first line: `yaml` adds the source line and a caret below it. */
export function firstLine(message: string): string {
  return message.split('\n')[0];
}

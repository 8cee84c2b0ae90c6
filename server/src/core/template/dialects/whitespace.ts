// Literal runs of a template body, with a dialect's whitespace control applied at either end.
import type { LiteralNode } from './model';

/** Liquid's `-` strips what Ruby's strip does: ASCII blanks and line breaks, not a no-break space. */
function isStrippable(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0;
}

/**
 * The text of `source` between `from` and `to`, without leading (trimStart) or trailing (trimEnd)
 * blanks; `offset` turns a source index into a file offset. Undefined when nothing is left.
 */
export function trimmedLiteral(source: string, from: number, to: number, trimStart: boolean, trimEnd: boolean, offset: number): LiteralNode | undefined {
  let start = from;
  let end = to;
  if (trimStart) while (start < end && isStrippable(source.charCodeAt(start))) start++;
  if (trimEnd) while (end > start && isStrippable(source.charCodeAt(end - 1))) end--;
  if (end <= start) return undefined;
  return { kind: 'literal', text: source.slice(start, end), fileStart: offset + start };
}

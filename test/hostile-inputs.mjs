// Inputs built to break a parser or make a pattern backtrack, shared by the engine, CLI and server tests.

export const MB = 1 << 20;

/** `unit` repeated to exactly `size` characters. */
export const fill = (unit, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** The same bytes on every run: a linear congruential generator from a fixed seed. */
export function randomBytes(length, seed = 7) {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** "Billion laughs": ten levels of nine aliases each, a billion strings if anything expanded them. */
export function aliasBomb(body = 'Hi. Reply STOP to opt out.') {
  const lines = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 0; level < 9; level++) {
    const name = String.fromCharCode(98 + level);
    const previous = String.fromCharCode(97 + level);
    lines.push(`${name}: &${name} [${Array(9).fill('*' + previous).join(',')}]`);
  }
  return lines.concat(['---', body]).join('\n');
}

/**
 * Front matter nested `depth` levels deep, in each shape YAML nests in, with the offset in the
 * front matter of the opening that passes 64 levels (undefined when it does not): sequences and
 * mappings in flow style, both alternating, compact block sequences, indented keys, and a flow
 * sequence inside a value.
 */
export const deepFrontMatterShapes = [
  ['flow sequences `[`', (depth) => '['.repeat(depth), (limit) => limit],
  ['flow mappings `{`', (depth) => '{'.repeat(depth), (limit) => limit],
  ['alternating `[{`', (depth) => '[{'.repeat(depth / 2), (limit) => limit],
  ['closed flow sequences `[…]`', (depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`, (limit) => limit],
  ['compact block sequences `- - -`', (depth) => '- '.repeat(depth) + 'x', (limit) => 2 * limit],
  ['indented keys', (depth) => Array.from({ length: depth }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' v',
    (limit) => (limit * (limit + 1)) / 2 + limit * 3],
  ['a flow sequence in `to: `', (depth) => 'to: ' + '['.repeat(depth), (limit) => 4 + limit - 1],
];

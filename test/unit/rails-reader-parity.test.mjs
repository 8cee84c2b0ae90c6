// The Rails reader's fast path (yaml's Lexer alone, rails-lines.ts) against its full one (yaml's
// composed Document): the same messages, every field, and the same problems, on every YAML style,
// on broken files (which the fast path leaves to the full one) and on generated files.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { readSource, readRailsFully, readRailsFromLines } = engine;

// How a fix would be written at each text part: the encoder is compared by what it writes.
const probes = ['plain', "it's", 'a: b', 'x #y', 'tab\there', 'quote " and \\', 'line\nbreak', 'trailing ', 'colon:', '€ and ✓'];

/** A reader's result as plain data: every field of every message, encoders by their output. */
function comparable(file) {
  return {
    problems: file.problems,
    messages: file.messages.map((message) => ({
      ...message,
      variants: message.variants.map((variant) => ({
        path: variant.path,
        parts: variant.parts.map((part) => (part.kind === 'text' ? { ...part, encode: probes.map((probe) => part.encode(probe) ?? null) } : part)),
      })),
    })),
  };
}

/** The reader's result, checked against the full reader's, and the fast path's when it reads the file. */
function assertSame(text, filePath = 'config/locales/es.yml') {
  const context = { filePath };
  const read = readSource('rails', text, context);
  const full = comparable(readRailsFully(text, context));
  assert.deepEqual(comparable(read), full);
  const fast = readRailsFromLines(text);
  if (fast !== undefined) assert.deepEqual(comparable(fast), full);
  return read;
}

const lines = (...each) => each.join('\n') + '\n';

// [name, text, messages]: files the fast path reads itself.
const inSubset = [
  ['nested keys, comments, blank lines, a document start', lines('---', '# Rails', 'es:', '  sms:', '    # the code', '    code: Tu código es %{code}.', '', '    nested:', '      deeper: ok # trailing', '  other: x'), 3],
  ['plain values that the core schema reads as numbers, booleans and null are not messages', lines('es:', '  a: 12', '  b: true', '  c: 1.5', '  d: 0x1F', '  e: ~', '  f: null', '  g: .inf', '  h: text', '  i: 0o17'), 1],
  ['keys the core schema reads as numbers, booleans and null', lines('en:', '  1: one', '  true: yes', '  ~: nothing', '  0x10: sixteen', '  1.50: price', '  "2": quoted'), 6],
  ['quoted keys and a space before the colon', lines('es:', '  "a.b": dotted', "  'it''s': single", '  spaced   : value', '  "": empty key', '  x:    padded   # c'), 5],
  ['single-quoted values', lines('es:', "  a: 'it''s %{name}'", "  b: ''", "  c: '  spaces kept  '", "  d: 'first", "    second'", "  e: 'para", '', "    graph'"), 5],
  ['double-quoted values with escapes', lines('es:', '  a: "Tu c\\u00f3digo \\x41 \\U0001F600 \\"q\\" \\\\ \\/ \\t\\n\\e\\N\\_\\L\\P\\0\\a\\b\\v\\f\\r\\ "', '  b: ""', '  c: "joined \\', '     line"', '  d: "folded', '    line', '', '    para  "'), 4],
  ['multi-line plain values', lines('es:', '  a: first line', '    second line', '', '    new paragraph', '  b: one', '     two   ', '  c: x'), 3],
  ['block scalars in every chomping', lines('es:', '  lit: |', '    one', '      indented', '    two', '', '  strip: |-', '    text', '', '  keep: |+', '    text', '', '', '  fold: >', '    folded', '    line', '', '    para', '      more', '    back', '  fold-strip: >-', '    a', '    b', '  fold-keep: >+', '    a', '', '  commented: | # header comment', '    body', '  explicit: |2', '      two more', '  empty: |', '  last: x'), 10],
  ['duplicate keys, two locales, a top-level value', lines('en:', '  a: first', '  a: second', 'es:', '  a: tercero', 'pt-BR: not a message'), 3],
  ['a value with a trailing comment and no final line break', 'es:\n  a: "x" # c\n  b: y', 2],
  ['empty values', lines('es:', '  a:', '  b: # only a comment', '  c: ""', "  d: ''", '  e:', '    f: nested after empty'), 3],
  ['comments between entries at other indents, and at the end', lines('es:', '# at column 0', '  a: x', '      # deeper', '  b: y', '  # last', '# end'), 2],
  ['one-line double-quoted values, decoded once (escapes next to the quotes, blanks, tabs, surrogates)', lines('es:', '  a: "\\\\"', '  b: "\\""', '  c: "  padded  "', '  d: "tab\there\t"', '  e: "\\uD83D\\uDE00 pair, \\uD800 alone"', '  f: "\\x7e\\x7E \\u00E9"', '  g: "ends with a space\\ "'), 7],
  // yaml takes the last `"` as the closing quote when the file ends there (with a line break after it, "Missing closing quote").
  ['an escaped closing quote at the very end of the file', 'es:\n  a: "abc\\"', 1],
  ['placeholders and %% literals', lines('es:', '  a: "%{name} paid %<amount>.2f, 100%% sure"', '  b: plain %{x}'), 2],
];

// [name, text]: files outside the subset (or broken): the full reader's result, problems included.
const outside = [
  ['valid: a spaced comment before the document', '  # note\nes:\n  a: x\n'],
  ['valid: a comment on the document start line', lines('--- # note', 'es:', '  a: x')],
  ['an empty file', ''],
  ['a file of comments', lines('# nothing', '# here')],
  ['a scalar document', lines('just text')],
  ['bad indentation', lines('es:', '  a: x', ' b: y')],
  ['bad indentation deeper', lines('es:', '  a: x', '    b: y')],
  ['an unclosed double quote', lines('es:', '  a: "Tu c', '  b: y')],
  ['an unclosed single quote', lines('es:', "  a: 'it", '  b: y')],
  ['a tab as indentation', lines('es:', '\ta: x')],
  ['a tab after the colon', lines('es:', '  a:\tx')],
  ['a flow map', lines('es:', '  a: { b: c }')],
  ['a flow sequence', lines('es:', '  a: [b, c]')],
  ['an anchor and an alias', lines('es:', '  a: &x hola', '  b: *x')],
  ['a tag', lines('es:', '  a: !!str 12')],
  ['a sequence', lines('es:', '  a:', '    - one', '    - two')],
  ['two documents', lines('es:', '  a: x', '---', 'en:', '  a: y')],
  ['a document end marker', lines('es:', '  a: x', '...')],
  ['a directive', lines('%YAML 1.2', '---', 'es:', '  a: x')],
  ['a half-typed line', lines('es:', '  sms:', '    code: Tu código', '    pending')],
  ['a half-typed key', lines('es:', '  sms: x', '  ke')],
  ['an explicit key', lines('es:', '  ? a', '  : x')],
  ['an invalid escape', lines('es:', '  a: "\\q"')],
  ['a bad \\u escape', lines('es:', '  a: "\\u00g1"')],
  ['a \\x escape cut short by the closing quote', lines('es:', '  a: "\\x4"')],
  ['a \\U escape past U+10FFFF', lines('es:', '  a: "\\U00110000"')],
  ['a backslash and a lone carriage return', 'es:\n  a: "a\\\rb"\n'],
  ['a bad escape in a value beside the locale keys', lines('es:', '  a: hola', 'b: "\\q"')],
  ['a bad escape in a locale key\'s own value', lines('es: "\\U00110000"')],
  ['a comment stuck to a quoted value', lines('es:', '  a: "x"#c')],
  ['a comment stuck to a block scalar header', lines('es:', "  a: |#c", '    x')],
  ['a multi-line implicit key', lines('es:', '  a', '  b: x')],
  ['a key over 1024 characters', lines('es:', `  ${'k'.repeat(1100)}: x`)],
  ['a compact nested map', lines('es:', '  a: b: c')],
  ['a plain value starting with @', lines('es:', '  a: @handle')],
  ['a plain value starting with `', lines('es:', '  a: `x`')],
  ['a plain value starting with %', lines('es:', '  a: %{name} hi')],
  ['a block scalar header with garbage', lines('es:', '  a: |x', '    text')],
  ['a block scalar with a less indented line', lines('es:', '  a: |2', '    fine', '   bad')],
  ['a block scalar with more-indented leading empty lines', lines('es:', '  a: |', '      ', '    text')],
  ['a key without a value at the end', lines('es:', '  a: x', '  b')],
  ['a map value on the key line', lines('es: a: b')],
];

describe('rails reader: the Lexer fast path against the composed Document', () => {
  for (const [name, text, count] of inSubset) {
    test(`fast, same result: ${name}`, () => {
      assert.notEqual(readRailsFromLines(text), undefined, 'the fast path reads it');
      const read = assertSame(text);
      assert.equal(read.messages.length, count);
      assert.deepEqual(read.problems, []);
    });
    test(`fast, same result with CRLF and a BOM: ${name}`, () => {
      const crlf = '\ufeff' + text.replace(/\n/g, '\r\n');
      assert.notEqual(readRailsFromLines(crlf), undefined);
      assert.equal(assertSame(crlf).messages.length, count);
    });
  }
  for (const [name, text] of outside) {
    test(`full reader, same result: ${name}`, () => {
      assert.equal(readRailsFromLines(text), undefined, 'the fast path leaves it to the full reader');
      assertSame(text);
      assertSame(text.replace(/\n/g, '\r\n'));
    });
  }

  test('a broken file reports the parser’s problems (an unclosed quote)', () => {
    const read = assertSame(lines('es:', '  a: "Tu c', '  b: y'));
    assert.ok(read.problems.length > 0);
    assert.match(read.problems[0].message, /^YAML error: /);
  });

  test('generated files: the same result whichever path reads them', () => {
    // A fixed-seed generator of locale-file lines: keys, indents, every scalar style, comments,
    // blank lines, and some broken pieces.
    let seed = 12;
    const random = (n) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const pick = (list) => list[random(list.length)];
    const keys = ['a', 'sms', 'code', '"q.k"', "'s'", '1', 'true', '~', 'k k', 'dup', 'dup'];
    const values = ['', ' x', ' Tu código %{code}', ' "d \\u00f3 \\n \\"q\\""', " 'it''s'", ' 12', ' true', ' ~', ' |', ' >-', ' |+', ' x # c', ' "two', " 'two", ' first'];
    const broken = [' "open', ' {a: b}', ' *alias', ' - x', ' "a\\qb"', ' @x', ' &a x', '\tx', ' "x"#c'];
    // Lines under a value: its continuation (or a block scalar's body), or something out of place.
    const continuations = ['more text', 'lines"', "lines'", 'body', '', '# comment'];
    const strays = ['- item', 'k: v', '"', '? x', '---'];
    let fast = 0;
    for (let file = 0; file < 400; file++) {
      const out = ['es:'];
      for (let line = 0, count = 2 + random(10); line < count; line++) {
        const indent = pick([2, 2, 2, 4, 4, 6, 1, 3]);
        const kind = random(10);
        if (kind === 0) out.push(`${' '.repeat(indent)}# note`);
        else if (kind === 1) out.push('');
        else if (kind <= 3) out.push(`${' '.repeat(indent + 2)}${random(6) === 0 ? pick(strays) : pick(continuations)}`);
        else out.push(`${' '.repeat(indent)}${pick(keys)}:${random(8) === 0 ? pick(broken) : pick(values)}`);
      }
      const text = out.join(random(4) === 0 ? '\r\n' : '\n') + (random(3) === 0 ? '' : '\n');
      if (readRailsFromLines(text) !== undefined) fast++;
      assertSame(text);
    }
    // Both paths are exercised.
    assert.ok(fast > 20 && fast < 380, `fast path on ${fast} of 400`);
  });
});

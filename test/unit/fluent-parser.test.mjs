// The Fluent reader parses with `@fluent/syntax`'s FluentParser, one method of it (getTextElement)
// written to take a text element as one slice of the source: its parses must be the stock parser's,
// node for node and span for span, on every file — the repository's examples and generated ones
// (every kind of entry, broken entries, CRLF, tabs, blanks, braces, multi-line patterns).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import engine from '../../dist/engine.js';

const require = createRequire(import.meta.url);
const { FluentParser } = require('@fluent/syntax');
const stock = new FluentParser({ withSpans: true });
const { parseFluentResource } = engine;

const plain = (resource) => JSON.parse(JSON.stringify(resource));
const assertSameParse = (text) => assert.deepEqual(plain(parseFluentResource(text)), plain(stock.parse(text)), JSON.stringify(text));

test('the examples parse as the stock parser parses them', () => {
  const root = path.resolve(import.meta.dirname, '../../examples/locales/fluent');
  let files = 0;
  for (const locale of fs.readdirSync(root)) {
    for (const name of fs.readdirSync(path.join(root, locale))) {
      assertSameParse(fs.readFileSync(path.join(root, locale, name), 'utf8'));
      files++;
    }
  }
  assert.equal(files, 4);
});

test('a text element is the source’s characters up to a brace or the line’s end', () => {
  const resource = parseFluentResource('a = Tu código {"{"} es { $code }.\r\nb = x\ry  \n');
  const [a, b] = resource.body;
  assert.deepEqual(a.value.elements.map((element) => element.value ?? null), ['Tu código ', null, ' es ', null, '.']);
  // A lone CR is text; trailing blanks are trimmed from the pattern, as the stock parser trims them.
  assert.deepEqual(b.value.elements.map((element) => element.value), ['x\ry']);
  assertSameParse('a = Tu código {"{"} es { $code }.\r\nb = x\ry  \n');
});

test('generated files parse as the stock parser parses them', () => {
  let seed = 5;
  const random = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  const pick = (list) => list[random(list.length)];
  const texts = ['Tu código', 'x', '  spaced  ', '\t', 'é 😀', '}', '{', '{"{"}', '{ $code }', '{ -brand }', '{ $n ->\n    [one] one\n   *[other] many\n  }', '\\u00e9', 'a.b', '#', '*', '[', '.', '=', ''];
  const lines = [
    () => `msg${random(50)} = ${pick(texts)}${pick(texts)}${pick(texts)}`,
    () => `    ${pick(texts)}${pick(texts)}`,
    () => `    .attr${random(3)} = ${pick(texts)}`,
    () => `-brand = ${pick(texts)}`,
    () => `# ${pick(texts)}`,
    () => `## section`,
    () => '',
    () => '   ',
    () => `${pick(texts)}`,
  ];
  let textElements = 0;
  for (let file = 0; file < 1500; file++) {
    const out = [];
    for (let line = 0, count = 1 + random(10); line < count; line++) out.push(pick(lines)());
    const text = out.join(random(3) === 0 ? '\r\n' : '\n') + pick(['', '\n', '\r\n', '  ']);
    const resource = parseFluentResource(text);
    textElements += JSON.stringify(resource).split('"TextElement"').length - 1;
    assert.deepEqual(plain(resource), plain(stock.parse(text)), JSON.stringify(text));
  }
  assert.ok(textElements > 1000, `${textElements} text elements`);
});

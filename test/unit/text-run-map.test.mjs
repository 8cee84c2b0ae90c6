// The map from a locale message's decoded text to the file (TextRun): exact file ranges per unit for
// verbatim stretches, decoded pieces, splits at placeholders and literals, span boundaries, empty runs.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { RunBuilder, splitRun, braceTokens, readSource } = engine;

/** [startOf(u), endOf(u)] for every unit u of the run. */
function mapOf(run) {
  const ranges = [];
  for (let unit = 0; unit < run.text.length; unit++) ranges.push([run.startOf(unit), run.endOf(unit)]);
  return ranges;
}

const spanCount = (run) => run.spans.length / 3;

describe('a run built piece by piece', () => {
  test('a verbatim stretch maps unit i to [start + i, start + i + 1) and is one span', () => {
    const builder = new RunBuilder();
    builder.pushVerbatim('k=Hola mundo', 2, 6);
    const run = builder.build(() => undefined);
    assert.equal(run.text, 'Hola');
    assert.deepEqual(mapOf(run), [[2, 3], [3, 4], [4, 5], [5, 6]]);
    assert.equal(spanCount(run), 1);
  });

  test('every unit of a decoded piece maps to the whole escape', () => {
    const file = 'k=c\\u00f3digo';
    const builder = new RunBuilder();
    builder.pushVerbatim(file, 2, 3);
    builder.push('ó', 3, 9);
    builder.pushVerbatim(file, 9, 13);
    const run = builder.build(() => undefined);
    assert.equal(run.text, 'código');
    assert.deepEqual(mapOf(run), [[2, 3], [3, 9], [9, 10], [10, 11], [11, 12], [12, 13]]);
    assert.equal(spanCount(run), 3);
  });

  test('a decoded piece of two units (a surrogate pair) maps both to the entity', () => {
    const builder = new RunBuilder();
    builder.push('😀', 10, 19);
    builder.pushVerbatim(' '.repeat(19) + '!', 19, 20);
    const run = builder.build(() => undefined);
    assert.deepEqual(mapOf(run), [[10, 19], [10, 19], [19, 20]]);
  });

  test('stretches written one after another are one span; a gap (a continuation line) starts another', () => {
    const file = 'k=ab\\\n  cd';
    const builder = new RunBuilder();
    builder.pushVerbatim(file, 2, 3);
    builder.pushVerbatim(file, 3, 4);
    builder.pushVerbatim(file, 8, 10);
    const run = builder.build(() => undefined);
    assert.equal(run.text, 'abcd');
    assert.equal(spanCount(run), 2);
    // Units 1 and 2 sit either side of the span boundary.
    assert.deepEqual(mapOf(run), [[2, 3], [3, 4], [8, 9], [9, 10]]);
  });

  test('one-unit pieces written one unit each (Fluent) are a verbatim span; repeats of one range share a span', () => {
    const builder = new RunBuilder();
    for (let at = 5; at < 9; at++) builder.push('x', at, at + 1);
    builder.push('\n', 9, 11);
    builder.push('\n', 9, 11);
    builder.push('\n', 11, 13);
    const run = builder.build(() => undefined);
    assert.deepEqual(mapOf(run), [[5, 6], [6, 7], [7, 8], [8, 9], [9, 11], [9, 11], [11, 13]]);
    assert.equal(spanCount(run), 3);
  });

  test('an empty run has no units and no spans', () => {
    const builder = new RunBuilder();
    builder.pushVerbatim('abc', 2, 2);
    builder.push('', 0, 3);
    assert.equal(builder.length, 0);
    const run = builder.build(() => undefined);
    assert.equal(run.text, '');
    assert.deepEqual(run.spans, []);
    assert.equal(run.startOf(0), -1);
    assert.equal(run.endOf(0), -1);
    assert.deepEqual(splitRun(run, []), []);
  });

  test('a unit outside the run answers for the nearest unit', () => {
    const builder = new RunBuilder();
    builder.push('é', 0, 8);
    builder.pushVerbatim('        ab', 8, 10);
    const run = builder.build(() => undefined);
    assert.deepEqual([run.startOf(-1), run.endOf(-1)], [0, 8]);
    assert.deepEqual([run.startOf(3), run.endOf(3)], [9, 10]);
  });
});

describe('splitting a run at its tokens', () => {
  // "Tu c\u00f3digo es {code}. {{ok}}" as a .NET resx value would read it (doubled braces literal).
  const file = 'Tu c&#243;digo es {code}. {{ok}}';
  const builder = new RunBuilder();
  builder.pushVerbatim(file, 0, 4);
  builder.push('ó', 4, 10);
  builder.pushVerbatim(file, 10, file.length);
  const run = builder.build(() => 'encoded');

  test('placeholders become parts with their file range; the text either side keeps its map', () => {
    const parts = splitRun(run, braceTokens(run.text, true));
    assert.deepEqual(parts.map((part) => part.kind), ['text', 'placeholder', 'text']);
    const [before, code, after] = parts;
    assert.equal(before.text, 'Tu código es ');
    assert.deepEqual(mapOf(before), [[0, 1], [1, 2], [2, 3], [3, 4], [4, 10], ...[10, 11, 12, 13, 14, 15, 16, 17].map((at) => [at, at + 1])]);
    assert.deepEqual(code, { kind: 'placeholder', name: 'code', start: 18, end: 24 });
    assert.equal(file.slice(code.start, code.end), '{code}');
    // `{{` and `}}` are literal braces, each mapped to the two braces written.
    assert.equal(after.text, '. {ok}');
    assert.deepEqual(mapOf(after), [[24, 25], [25, 26], [26, 28], [28, 29], [29, 30], [30, 32]]);
    assert.equal(after.encode('x'), 'encoded');
  });

  test('a run that is all placeholder leaves no empty text part', () => {
    const whole = new RunBuilder();
    whole.pushVerbatim('{code}', 0, 6);
    assert.deepEqual(splitRun(whole.build(() => undefined), braceTokens('{code}', false)), [{ kind: 'placeholder', name: 'code', start: 0, end: 6 }]);
  });

  test('a split inside a decoded piece keeps the piece range for the units on each side', () => {
    const pair = new RunBuilder();
    pair.push('😀', 3, 12);
    pair.pushVerbatim('            {a}', 12, 15);
    const split = splitRun(pair.build(() => undefined), [{ kind: 'literal', start: 1, end: 2, text: '?' }]);
    assert.equal(split.length, 1);
    assert.deepEqual(mapOf(split[0]), [[3, 12], [3, 12], [12, 13], [13, 14], [14, 15]]);
  });
});

describe('the map matches a unit-by-unit table', () => {
  // A small deterministic generator: runs of verbatim stretches (with and without gaps) and decoded
  // pieces of 0–3 units, then splits at random tokens; every unit compared with a per-unit table.
  let seed = 12345;
  const random = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const file = 'abcdefghijklmnopqrstuvwxyz'.repeat(40);

  test('300 generated runs and their splits', () => {
    for (let round = 0; round < 300; round++) {
      const builder = new RunBuilder();
      const table = [];
      let text = '';
      let at = random(5);
      const pieces = random(40);
      for (let p = 0; p < pieces; p++) {
        if (random(3) === 0) {
          const units = random(4);
          const decoded = 'xyz'.slice(0, units);
          const end = at + 1 + random(6);
          builder.push(decoded, at, end);
          for (let u = 0; u < units; u++) table.push([at, end]);
          text += decoded;
          at = random(2) === 0 ? end : end + random(3);
        } else {
          const end = at + random(8);
          builder.pushVerbatim(file, at, end);
          for (let u = at; u < end; u++) table.push([u, u + 1]);
          text += file.slice(at, end);
          at = random(2) === 0 ? Math.max(at, end) : Math.max(at, end) + 1 + random(3);
        }
      }
      assert.equal(builder.length, table.length);
      const run = builder.build(() => undefined);
      assert.equal(run.text, text);
      assert.deepEqual(mapOf(run), table);
      // Tokens: non-overlapping, in order, placeholders and literals.
      const tokens = [];
      for (let start = random(4); start < text.length; start += 1 + random(6)) {
        const end = Math.min(text.length, start + 1 + random(3));
        tokens.push(random(2) === 0 ? { kind: 'placeholder', start, end, name: 'v' } : { kind: 'literal', start, end, text: 'L'.repeat(1 + random(2)) });
        start = end;
      }
      const expected = [];
      let gathered = [];
      let position = 0;
      const flush = () => {
        if (gathered.length > 0) expected.push(gathered);
        gathered = [];
      };
      for (const token of tokens) {
        gathered.push(...table.slice(position, token.start));
        const range = [table[token.start][0], table[token.end - 1][1]];
        if (token.kind === 'literal') for (let u = 0; u < token.text.length; u++) gathered.push(range);
        else {
          flush();
          expected.push({ start: range[0], end: range[1] });
        }
        position = token.end;
      }
      gathered.push(...table.slice(position));
      flush();
      const parts = splitRun(run, tokens);
      assert.deepEqual(
        parts.map((part) => (part.kind === 'text' ? mapOf(part) : { start: part.start, end: part.end })),
        tokens.length === 0 ? (table.length > 0 ? [table] : []) : expected,
        `round ${round}`,
      );
    }
  });
});

describe('the readers map escapes, continuations, entities and CRLF', () => {
  test('properties: a \\u escape, a continuation line and a CRLF', () => {
    const text = 'k=c\\u00f3d\\\r\n    igo\r\nnext=x\r\n';
    const [message] = readSource('properties', text, { filePath: 'sms.properties' }).messages;
    const [run] = message.variants[0].parts;
    assert.equal(run.text, 'código');
    assert.deepEqual(mapOf(run).map(([start, end]) => text.slice(start, end)), ['c', '\\u00f3', 'd', 'i', 'g', 'o']);
    assert.deepEqual(mapOf(run), [[2, 3], [3, 9], [9, 10], [17, 18], [18, 19], [19, 20]]);
  });

  test('resx: entities, CDATA and a CR LF read as LF', () => {
    const text = '<root><data name="a" xml:space="preserve"><value>&lt;b&gt;\r\n<![CDATA[{x}]]>&#x1F600;</value></data></root>';
    const [message] = readSource('resx', text, { filePath: 'Strings.resx' }).messages;
    const parts = message.variants[0].parts;
    assert.deepEqual(parts.map((part) => part.kind), ['text', 'placeholder', 'text']);
    assert.deepEqual(mapOf(parts[0]).map(([start, end]) => text.slice(start, end)), ['&lt;', 'b', '&gt;', '\r\n']);
    assert.equal(text.slice(parts[1].start, parts[1].end), '{x}');
    assert.deepEqual(mapOf(parts[2]).map(([start, end]) => text.slice(start, end)), ['&#x1F600;', '&#x1F600;']);
  });

  test('fluent: a one-line text as written, and a multiline one less its indentation and CRs', () => {
    const text = 'a = Hola { $name }\r\nb =\r\n    uno\r\n    dos\r\n';
    const [first, second] = readSource('fluent', text, { filePath: 'es/sms.ftl' }).messages;
    const [hola, name] = first.variants[0].parts;
    assert.deepEqual(mapOf(hola), [[4, 5], [5, 6], [6, 7], [7, 8], [8, 9]]);
    assert.equal(text.slice(name.start, name.end), '{ $name }');
    const [run] = second.variants[0].parts;
    assert.equal(run.text, 'uno\ndos');
    assert.deepEqual(mapOf(run).map(([start, end]) => text.slice(start, end)), ['u', 'n', 'o', '\n', 'd', 'o', 's']);
    // "uno", the LF of the CR LF, "dos": three stretches, each as written.
    assert.equal(spanCount(run), 3);
  });
});

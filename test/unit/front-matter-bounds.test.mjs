// Front matter nested deeper than any template needs is reported where it passes the bound, before
// `yaml` sees it (which aborts V8 a thousand levels down), and the body is still linted: through the
// engine, smslint and the spawned server, over a sweep of depths, shapes and bodies.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import engine from '../../dist/engine.js';
import { deepFrontMatterShapes } from '../hostile-inputs.mjs';

const { lintText, defaultSettings, firstTooDeep, MAX_FRONT_MATTER_DEPTH, MAX_FRONT_MATTER_LENGTH } = engine;
const cliPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
const depths = [50, 100, 500, 1000, 10_000];
// [name, body, the body's own findings]
const bodies = [
  ['a clean body', 'Hi. Reply STOP to opt out.', []],
  ['a curly quote and no opt-out', 'Hi “Ana”', ['missing-opt-out', 'non-gsm-character', 'non-gsm-character']],
  ['no body', '', ['empty-message']],
];
const tooDeepMessage = `Front matter nests more than ${MAX_FRONT_MATTER_DEPTH} levels deep here: it is not read. Write it as plain \`key: value\` lines.`;

/** Every case of the sweep: file text, where the bound is passed (file offset) or undefined. */
const cases = [];
for (const [shape, build, passedAt] of deepFrontMatterShapes) {
  for (const depth of depths) {
    for (const [bodyName, body, bodyRules] of bodies) {
      const frontMatter = build(depth);
      const text = `---\n${frontMatter}\n---\n${body}`;
      // Past the length bound the length is reported, on the line that passes it.
      const tooLong = frontMatter.length + 1 > MAX_FRONT_MATTER_LENGTH;
      const offset = tooLong
        ? 4 + frontMatter.lastIndexOf('\n', MAX_FRONT_MATTER_LENGTH - 1) + 1
        : depth > MAX_FRONT_MATTER_DEPTH ? 4 + passedAt(MAX_FRONT_MATTER_DEPTH) : undefined;
      const message = tooLong ? `Front matter is ${frontMatter.length + 1} characters long, more than the ${MAX_FRONT_MATTER_LENGTH} read: it is not read. Move long text out of the front matter.` : tooDeepMessage;
      cases.push({ name: `${shape}, ${depth} deep${tooLong ? ' (too long)' : ''}, ${bodyName}`, file: `${cases.length}.sms`, text, offset, message, bodyRules });
    }
  }
}

/** Line and character of a file offset, as smslint and LSP give them. */
function position(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('front matter nested too deeply, through the engine', () => {
  for (const { name, text, offset, message, bodyRules } of cases) {
    test(name, () => {
      const { diagnostics } = lintText(text, defaultSettings);
      const deep = diagnostics.filter((d) => d.message === message);
      if (offset === undefined) {
        assert.deepEqual(deep, []);
      } else {
        assert.deepEqual(deep.map((d) => [d.rule, d.start, d.end, text.slice(d.start, d.end)]), [['invalid-front-matter', offset, offset + 1, text[offset]]]);
        assert.deepEqual(diagnostics.filter((d) => d.rule !== 'invalid-front-matter')
        .map((d) => d.rule).sort(), bodyRules);
        assert.equal(diagnostics.filter((d) => d.rule === 'invalid-front-matter').length, 1);
      }
    });
  }

  test('a compact sequence at 64 levels is read; at 65 it is reported at its 65th `-`', () => {
    assert.equal(firstTooDeep('- '.repeat(64) + 'x'), undefined);
    assert.equal(firstTooDeep('- '.repeat(65) + 'x'), 128);
  });

  test('brackets in quotes, comments, block scalars and plain text do not nest', () => {
    const brackets = '['.repeat(200);
    const source = [
      `brand: "${brackets}"`,
      `from: '${brackets}''${brackets}'`,
      `# ${brackets}`,
      `maxSegments: 2 # ${brackets}`,
      'variables:',
      `  note: { example: "${'{'.repeat(200)}", maxLength: 300 }`,
      '  text:',
      `    example: a${brackets} {{x}} ${brackets}`,
      '  long:',
      '    example: |',
      `      ${brackets}`,
      `        ${'{'.repeat(200)}`,
      `    maxLength: 400`,
      `to: [US, "${brackets}"]`,
    ].join('\n');
    assert.equal(firstTooDeep(source), undefined);
    const { diagnostics } = lintText(`---\n${source}\n---\nHi {{note}} {{text}} {{long}}. Reply STOP to opt out.`, defaultSettings);
    assert.ok(!diagnostics.some((d) => d.message === tooDeepMessage), JSON.stringify(diagnostics));
  });

  test('the scan never counts lower than YAML nests: 2,000 random documents in block and flow styles', () => {
    let seed = 11;
    const random = (k) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % k;
    const words = ['a', "it's", '"q"', '[x]', '{y}', '# no', 'a: b', '- c', '|', '>', 'line\nbreak\n  more', '', 'ü'];
    const value = (depth) => {
      if (depth === 0) return words[random(words.length)];
      const size = 1 + random(3);
      if (random(2)) return Array.from({ length: size }, (_, i) => value(i === 0 ? depth - 1 : random(depth)));
      return Object.fromEntries(Array.from({ length: size }, (_, i) => [words[random(words.length)] + i, value(i === 0 ? depth - 1 : random(depth))]));
    };
    const depthOf = (node) => {
      if (!YAML.isMap(node) && !YAML.isSeq(node)) return 0;
      return 1 + Math.max(0, ...node.items.map((item) => (YAML.isPair(item) ? Math.max(depthOf(item.key), depthOf(item.value)) : depthOf(item))));
    };
    for (let run = 0; run < 2000; run++) {
      const source = YAML.stringify({ root: value(1 + random(12)) }, {
        collectionStyle: ['any', 'block', 'flow'][random(3)], indentSeq: random(2) === 0, blockQuote: random(2) ? true : 'literal', lineWidth: random(2) ? 0 : 20,
      });
      const depth = depthOf(YAML.parseDocument(source).contents);
      assert.notEqual(firstTooDeep(source, depth - 1), undefined, `counted below ${depth}:\n${source}`);
      assert.equal(firstTooDeep(source, depth), undefined, `counted above ${depth}:\n${source}`);
    }
  });

  test(`front matter over ${MAX_FRONT_MATTER_LENGTH} characters is reported on the line that passes the bound, and the body is linted`, () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `k${i}: v`);
    const text = `---\n${lines.join('\n')}\n---\nHi “Ana”`;
    const started = performance.now();
    const { diagnostics } = lintText(text, defaultSettings);
    assert.ok(performance.now() - started < 2000);
    const lineStart = 4 + text.slice(4).lastIndexOf('\n', MAX_FRONT_MATTER_LENGTH - 1) + 1;
    assert.deepEqual(diagnostics.map((d) => [d.rule, d.start]), [
      ['invalid-front-matter', lineStart], ['non-gsm-character', text.length - 5], ['missing-opt-out', text.length - 5], ['non-gsm-character', text.length - 1],
    ]);
    assert.match(diagnostics[0].message, /^Front matter is \d+ characters long, more than the 32768 read: it is not read\./);
  });
});

describe('front matter nested too deeply, through smslint', () => {
  let folder;
  let reports;
  let run;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'smslint-deep-'));
    for (const { file, text } of cases) fs.writeFileSync(path.join(folder, file), text);
    run = spawnSync(process.execPath, [cliPath, '--format', 'json', ...cases.map((c) => c.file)], { cwd: folder, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
    reports = JSON.parse(run.stdout);
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  test('one run lints every file, exits 1 (errors) and writes nothing on standard error', () => {
    assert.deepEqual([run.status, run.signal, run.stderr, reports.length], [1, null, '', cases.length]);
  });

  test('each file too deep has one finding at the opening that passes the bound, and its body is linted', () => {
    for (const [index, { name, text, offset, message, bodyRules }] of cases.entries()) {
      const { diagnostics } = reports[index];
      const deep = diagnostics.filter((d) => d.message === message);
      if (offset === undefined) {
        assert.deepEqual(deep, [], name);
        continue;
      }
      assert.deepEqual(deep.map((d) => [d.rule, d.range.start]), [['invalid-front-matter', position(text, offset)]], name);
      assert.deepEqual(diagnostics.filter((d) => d.rule !== 'invalid-front-matter')
        .map((d) => d.rule).sort(), bodyRules, name);
    }
  });
});

// Hostile files opened in the language server: each is answered within the limit with the same
// problems the engine finds, hover and code actions on it answer, and the server keeps serving.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';
import { startServer } from './lsp-session.mjs';
import { MB, aliasBomb, fill, randomBytes } from '../hostile-inputs.mjs';

// A bound that catches a hang or a superlinear blow-up (10 MB at a quadratic cost takes hours),
// loose enough for a loaded machine: how fast these are is the benchmark's to say.
const LIMIT_MS = 60_000;
const okBody = 'Hi. Reply STOP to opt out.';

// [name, text as an editor would hold it]
const hostileFiles = [
  ['random binary read as UTF-8', randomBytes(64 * 1024).toString('utf8')],
  ['invalid UTF-8', Buffer.from([0x48, 0x69, 0xc3, 0x28, 0xff, 0xfe, 0xe2, 0x82, 0x20, 0xf0, 0x9f, 0x98, 0x0a, 0xc0, 0xaf]).toString('utf8')],
  ['NUL bytes', 'Hi\0there\0. Reply STOP to opt out.'],
  ['10 MB of text with links', fill('Your parcel is on its way. Track it at https://example.com/t/1 ', 10 * MB)],
  ['1 MB of `{{`', fill('{{')],
  ['1 MB of `http://`', fill('http://')],
  ['1 MB of `a.`', fill('a.')],
  ['a YAML alias bomb', aliasBomb()],
  ['10,000 nested YAML sequences', `---\nto: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n${okBody}`],
  ['front matter that never closes', '---\nsender: toll-free\n' + 'x: y\n'.repeat(200_000)],
];

function ruleCounts(codes) {
  const counts = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

describe('hostile files in the language server', () => {
  let server;
  const healthy = 'file:///hostile/healthy.sms';
  before(async () => {
    server = await startServer();
    server.open(healthy, 'Hello there. Reply STOP to opt out.');
  });
  after(() => server.stop());

  hostileFiles.forEach(([name, text], index) => {
    test(`${name}: diagnostics within ${LIMIT_MS / 1000} s, as the engine finds them, and the server keeps serving`, async () => {
      const uri = `file:///hostile/file-${index}.sms`;
      server.open(uri, text);
      const started = performance.now();
      const report = await server.diagnostics(uri);
      const ms = performance.now() - started;
      assert.ok(ms < LIMIT_MS, `diagnostics took ${ms.toFixed(0)} ms`);
      const expected = engine.lintText(text, engine.defaultSettings).diagnostics.map((d) => d.rule);
      assert.deepEqual(ruleCounts(report.items.map((d) => d.code)), ruleCounts(expected));
      const hover = await server.hover(uri, { line: 0, character: 0 });
      assert.ok(hover === null || typeof hover.contents.value === 'string');
      const actions = await server.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } });
      assert.ok(Array.isArray(actions));
      server.close(uri);
      const stillServing = await server.hover(healthy, { line: 0, character: 0 });
      assert.match(stillServing.contents.value, /U\+0048/);
    });
  });
});

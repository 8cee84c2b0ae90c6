// Front matter nested too deeply (which aborted V8 inside `yaml`) opened in the spawned server: it
// answers with the finding where the bound is passed and the body's findings, and keeps serving.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';
import { startServer } from './lsp-session.mjs';
import { deepFrontMatterShapes } from '../hostile-inputs.mjs';

const body = 'Hi “Ana”';
const depths = [50, 100, 500, 1000, 10_000];

describe('deep front matter in the language server', () => {
  let server;
  const healthy = 'file:///deep/healthy.sms';
  before(async () => {
    server = await startServer();
    server.open(healthy, 'Hello there. Reply STOP to opt out.');
  });
  after(() => server.stop());

  for (const [shape, build] of deepFrontMatterShapes) {
    for (const depth of depths) {
      test(`${shape}, ${depth} deep: the engine's findings at the same places, then the next request is answered`, async () => {
        const text = `---\n${build(depth)}\n---\n${body}`;
        const uri = `file:///deep/${encodeURIComponent(shape)}-${depth}.sms`;
        server.open(uri, text);
        const report = await server.diagnostics(uri);
        const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
        const positionOf = (offset) => {
          let line = 0;
          while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
          return { line, character: offset - lineStarts[line] };
        };
        const expected = engine.lintText(text, engine.defaultSettings).diagnostics.map((d) => [d.rule, positionOf(d.start), d.message]);
        assert.deepEqual(report.items.map((d) => [d.code, d.range.start, d.message]), expected);
        if (depth > 64) assert.ok(expected.some(([rule, , message]) => rule === 'invalid-front-matter' && /^Front matter (nests more than 64 levels|is \d+ characters long)/.test(message)));
        assert.deepEqual(expected.filter(([rule]) => rule !== 'invalid-front-matter').map(([rule]) => rule).sort(), ['missing-opt-out', 'non-gsm-character', 'non-gsm-character']);
        server.close(uri);
        const stillServing = await server.hover(healthy, { line: 0, character: 0 });
        assert.match(stillServing.contents.value, /U\+0048/);
      });
    }
  }
});

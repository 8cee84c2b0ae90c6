// Server time for diagnostics (request round trip over stdio: an upper bound on the server's own
// time) on 1 KB and 1 MB templates, and from a didChange to its diagnostics. The figures are
// reported, not asserted (SPEC §7 budgets are for the benchmark); the results are.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { median, startServer } from './lsp-session.mjs';

/** A realistic template of about `size` characters: GSM text with one curly apostrophe and an opt-out. */
function templateOf(size) {
  const head = '---\nvariables:\n  name: { example: "Ana", maxLength: 20 }\n---\nHi {{name}}, it’s ready. ';
  const tail = 'Reply STOP to opt out.\n';
  const filler = 'Your parcel is on its way and will arrive tomorrow morning. ';
  return head + filler.repeat(Math.ceil(size / filler.length)).slice(0, size - head.length - tail.length) + tail;
}

describe('timing', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.stop());

  /** Times a full-text change followed by a diagnostic pull, `runs` times with fresh text each time. */
  async function timeDiagnostics(uri, size, runs) {
    const times = [];
    let report;
    for (let run = 0; run < runs; run++) {
      const text = templateOf(size).replace('Hi', run % 2 ? 'Hey' : 'Hi');
      if (run === 0) server.open(uri, text);
      else server.change(uri, [{ text }]);
      const started = performance.now();
      report = await server.diagnostics(uri);
      times.push(performance.now() - started);
    }
    return { median: median(times.slice(1)), report };
  }

  test('1 KB template: diagnostics', async (t) => {
    const { median: ms, report } = await timeDiagnostics('file:///timing/1kb.sms', 1024, 101);
    t.diagnostic(`1 KB diagnostics: median ${ms.toFixed(2)} ms over 100 runs`);
    assert.deepEqual(report.items.map((d) => d.code), ['non-gsm-character', 'segment-overflow', 'message-length']);
  });

  test('1 MB template: diagnostics', async (t) => {
    const { median: ms, report } = await timeDiagnostics('file:///timing/1mb.sms', 1024 * 1024, 6);
    t.diagnostic(`1 MB diagnostics: median ${ms.toFixed(1)} ms over 5 runs`);
    assert.deepEqual(report.items.map((d) => d.code), ['non-gsm-character', 'segment-overflow', 'message-length']);
  });

  test('didChange of one character to its diagnostics', async (t) => {
    const uri = 'file:///timing/typing.sms';
    server.open(uri, 'Hi Ana, your table is ready. Reply STOP to opt out.');
    await server.diagnostics(uri);
    const times = [];
    let report;
    for (let i = 0; i < 31; i++) {
      const started = performance.now();
      server.change(uri, [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text: i % 2 ? '’' : 'x' }]);
      report = await server.diagnostics(uri);
      times.push(performance.now() - started);
    }
    t.diagnostic(`didChange → diagnostics: median ${median(times.slice(1)).toFixed(2)} ms over 30 edits`);
    assert.equal(report.items.filter((d) => d.code === 'non-gsm-character').length, 15);
  });
});

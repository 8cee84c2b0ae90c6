// Every link and keyword scan must stay linear: on input built to make a backtracking pattern or a
// quadratic scan blow up, 16 times the text (64 KB → 1 MB) may take at most 48 times as long (a
// quadratic scan takes 256 times). A ratio measured in one process holds on a loaded machine, where a
// wall-clock limit does not; how fast the scans are is the benchmark's to say (npm run bench).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { findLinks, findOptOutInstructions, findProhibitedContent, fromProblem, lintText, defaultSettings } = engine;

const MB = 1 << 20;
const fill = (unit, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const SMALL = MB / 16;
const MAX_RATIO = 48;

/** The fastest of three runs: the least disturbed by the rest of the machine. */
function timed(run) {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** How much longer `run` takes on 1 MB than on 64 KB of the text `make(size)` builds. */
function growth(make, run) {
  const small = make(SMALL);
  const large = make(MB);
  const smallMs = Math.max(timed(() => run(small)), 0.5);
  const largeMs = timed(() => run(large));
  return { ratio: largeMs / smallMs, detail: `${smallMs.toFixed(1)} ms for 64 KB, ${largeMs.toFixed(1)} ms for 1 MB` };
}

// [scanner name, scan, adversarial unit repeated to 1 MB]
const cases = [
  ['findLinks', findLinks, 'a.'],
  ['findLinks', findLinks, 'a-'],
  ['findLinks', findLinks, 'bit.ly/'],
  ['findLinks', findLinks, 'www.bit.ly.'],
  ['findLinks', findLinks, 'http://'],
  ['findLinks', findLinks, ':/'],
  ['findLinks', findLinks, 'x@y.'],
  ['findLinks', findLinks, 'a'],
  ['findOptOutInstructions', findOptOutInstructions, 'Reply '],
  ['findOptOutInstructions', findOptOutInstructions, 'reply with the word '],
  ['findOptOutInstructions', findOptOutInstructions, 'STOP to '],
  ['findOptOutInstructions', findOptOutInstructions, 'opt out '],
  ['findOptOutInstructions', findOptOutInstructions, 'opt out 1 '],
  ['findOptOutInstructions', findOptOutInstructions, 'unsubscribe a.co '],
  ['findOptOutInstructions', findOptOutInstructions, "a'"],
  ['findProhibitedContent', findProhibitedContent, 'payday '],
  ['findProhibitedContent', findProhibitedContent, 'you have '],
  ['findProhibitedContent', findProhibitedContent, 'multi level '],
];

for (const [name, scan, unit] of cases) {
  test(`${name} scans ${JSON.stringify(unit)} repeated to 1 MB in linear time`, () => {
    const { ratio, detail } = growth((size) => fill(unit, size), scan);
    assert.ok(ratio < MAX_RATIO, detail);
  });
}

test('fromProblem checks a from value of 1 MB in linear time', () => {
  for (const sender of ['alphanumeric', 'short-code', 'toll-free', '10dlc']) {
    const { ratio, detail } = growth((size) => '+1' + fill('1-', size), (from) => fromProblem(sender, from));
    assert.ok(ratio < MAX_RATIO, `${sender}: ${detail}`);
  }
});

test('every rule together lints a 1 MB template of near-misses in linear time', () => {
  const { ratio, detail } = growth(
    (size) => '---\nsender: alphanumeric\nto: [GB]\n---\n' + fill('Reply STOP2 notbit.ly/{{x payday stop to ', size),
    (text) => lintText(text, defaultSettings),
  );
  assert.ok(ratio < MAX_RATIO, detail);
});

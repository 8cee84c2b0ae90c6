// Every link and keyword scan must stay linear: 1 MB of input built to make a backtracking pattern
// or a quadratic scan blow up must finish in well under a second (the fastest of three runs, so
// that a busy machine's pauses do not count; a quadratic scan takes minutes, whatever the load).
// On a machine slower than a second allows, the limit is 100× a plain linear regular-expression
// pass over the same text, timed the same way just before: it scales with the machine, a quadratic
// scan does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { findLinks, findOptOutInstructions, findProhibitedContent, fromProblem, lintText, defaultSettings } = engine;

const MB = 1 << 20;
const fill = (unit) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
const LIMIT_MS = 1000;

/** The limit for `text`: a second, or 100× a linear pass over it where the machine is that slow. */
function limitFor(text) {
  const pass = timed(() => text.toLowerCase().match(/[a-z0-9]+/g));
  return Math.max(LIMIT_MS, 100 * pass);
}

function timed(run) {
  let fastest = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
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
  test(`${name} scans 1 MB of ${JSON.stringify(unit)} in under a second`, () => {
    const text = fill(unit);
    const limit = limitFor(text);
    const elapsed = timed(() => scan(text));
    assert.ok(elapsed < limit, `${elapsed.toFixed(0)} ms (limit ${limit.toFixed(0)} ms)`);
  });
}

test('fromProblem checks a 1 MB from value in under a second', () => {
  for (const sender of ['alphanumeric', 'short-code', 'toll-free', '10dlc']) {
    const from = '+1' + fill('1-');
    const limit = limitFor(from);
    const elapsed = timed(() => fromProblem(sender, from));
    assert.ok(elapsed < limit, `${sender}: ${elapsed.toFixed(0)} ms (limit ${limit.toFixed(0)} ms)`);
  }
});

test('every rule together lints a 1 MB template of near-misses in under a second', () => {
  const text = '---\nsender: alphanumeric\nto: [GB]\n---\n' + fill('Reply STOP2 notbit.ly/{{x payday stop to ');
  const limit = limitFor(text);
  const elapsed = timed(() => lintText(text, defaultSettings));
  assert.ok(elapsed < limit, `${elapsed.toFixed(0)} ms (limit ${limit.toFixed(0)} ms)`);
});

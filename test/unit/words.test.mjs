// The word list the phrase rules read: split once per analysis, never shared between analyses or
// callers of wordsOf.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { wordsOf, messageWords, analyzeText, defaultSettings } = engine;

test('wordsOf: words with offsets, lower case, an apostrophe inside a word kept', () => {
  assert.deepEqual(wordsOf('You’ve won—STOP!'), [
    { start: 0, end: 6, lower: "you've" },
    { start: 7, end: 10, lower: 'won' },
    { start: 11, end: 15, lower: 'stop' },
  ]);
});

test('wordsOf: a combining mark belongs to the word of its letter (Devanagari vowel signs, a decomposed é)', () => {
  assert.deepEqual(wordsOf('STOP लिखें। Cafe\u0301!'), [
    { start: 0, end: 4, lower: 'stop' },
    { start: 5, end: 10, lower: 'लिखें' },
    { start: 12, end: 17, lower: 'cafe\u0301' },
  ]);
});

test('wordsOf: the marks that dress emoji start no word and end one (variation selector, keycap)', () => {
  assert.deepEqual(wordsOf('⚠️Reply ➡️STOP 1️⃣'), [
    { start: 2, end: 7, lower: 'reply' },
    { start: 10, end: 14, lower: 'stop' },
    { start: 15, end: 16, lower: '1' },
  ]);
});

test('wordsOf: each call returns its own list, so one caller cannot change another\'s', () => {
  const first = wordsOf('Reply STOP to opt out');
  first.length = 0;
  assert.equal(wordsOf('Reply STOP to opt out').length, 5);
});

test('messageWords: split once per analysis, and each analysis has its own', () => {
  const a = analyzeText('Reply STOP to opt out', defaultSettings);
  const b = analyzeText('Reply STOP to opt out', defaultSettings);
  assert.equal(messageWords(a), messageWords(a));
  assert.notEqual(messageWords(a), messageWords(b));
  assert.deepEqual(messageWords(a), messageWords(b));
});

test('messageWords: the words of the message as sent, examples filled in', () => {
  const analysis = analyzeText('---\nvariables:\n  who: { example: "Ana Lopez" }\n---\nHi {{who}}', defaultSettings);
  assert.deepEqual(messageWords(analysis).map((w) => w.lower), ['hi', 'ana', 'lopez']);
});

test('wordsOf: each word lower-cased on its own, also where lower-casing the whole text would differ (İ, Σ before a full stop)', () => {
  // "İ" lower-cases to two units (i + U+0307): the words after it keep their offsets.
  assert.deepEqual(
    wordsOf('İstanbul: Reply STOP').map((w) => [w.start, w.end, w.lower]),
    [
      [0, 8, 'i\u0307stanbul'],
      [10, 15, 'reply'],
      [16, 20, 'stop'],
    ],
  );
  // Σ at a word's end is ς; in the whole text, before "." and a letter, it would be σ.
  assert.deepEqual(
    wordsOf('ΟΔΟΣ.Α STOP').map((w) => w.lower),
    ['οδος', 'α', 'stop'],
  );
});

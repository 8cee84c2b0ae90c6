// The prohibited-content rule: the phrases it flags, the ordinary messages that only look like its
// categories, and how its message names the category and the way out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { lintText, defaultSettings } = engine;

function flagged(body) {
  return lintText(body, defaultSettings).diagnostics.filter((d) => d.rule === 'prohibited-content').map((d) => body.slice(d.start, d.end));
}

// [message, expected covered phrases]
const truePositives = [
  ['Get a payday loan today', ['payday loan']],
  ['Fast title loans, no credit check', ['title loans']],
  ['Your student loan refinance offer', ['student loan']],
  ['Debt relief in 30 days', ['Debt relief']],
  ['Consolidate your debts now', ['Consolidate your debts']],
  ['Credit repair that works', ['Credit repair']],
  ['Join our multi-level marketing team', ['multi-level marketing']],
  ['Earn money from home!', ['Earn money from home']],
  ['Best cannabis in town', ['cannabis']],
  ['New CBD gummies', ['CBD']],
  ['Vape deals this week', ['Vape']],
  ['E-liquid 2 for 1', ['E-liquid']],
  ['Happy hour: half-price beers', ['beers']],
  ['Play poker at our casino', ['poker', 'casino']],
  ['Sports betting odds are in', ['Sports betting']],
  ['Enter to win our sweepstakes', ['Enter to win', 'sweepstakes']],
  ["Congrats, you've won a cruise", ["you've won"]],
  ['Hot stock tips daily', ['stock tips']],
  ['Buy crypto now', ['crypto']],
  ['We now accept Bitcoin', ['Bitcoin']],
  ['Firearms and ammo sale', ['Firearms', 'ammo']],
  ['Gun show this weekend', ['Gun show']],
];

// Ordinary messages with words that look like the categories.
const falsePositives = [
  'Your loan application was approved',
  'Stop by our store',
  'New high score!',
  'Pot roast special tonight',
  'Visit the Gamble House museum',
  'Back in stock',
  'Stockings 20% off',
  'Payday is Friday',
  'Time to weed the garden',
  'Glue gun sale',
  'Pick one of the open time slots',
  'Your best bet is the 9am train',
  'Root beer floats for kids',
  'Alcohol-free hand sanitizer',
  'Non-alcoholic beer on tap',
  'Your code is XXX',
  'Reminder: work from home on Friday',
  "You won't believe these prices",
  'A cryptic clue for the quiz',
  'Your stock order was filled',
  'Add hot stock to the risotto',
  'Cash back on every purchase',
  'The winner of the bake-off is Ana',
];

for (const [body, expected] of truePositives) {
  test(`prohibited-content flags "${body}"`, () => assert.deepEqual(flagged(body), expected));
}
for (const body of falsePositives) {
  test(`prohibited-content ignores "${body}"`, () => assert.deepEqual(flagged(body), []));
}

test('prohibited-content names the category and the way out', () => {
  const [diagnostic] = lintText('Payday loans here', defaultSettings).diagnostics.filter((d) => d.rule === 'prohibited-content');
  assert.equal(diagnostic.severity, 'info');
  assert.equal(
    diagnostic.message,
    '“Payday loans” reads as payday and short-term, high-interest loans, a use case that is not eligible for toll-free verification; carriers filter such messages. Reword it if the message is about something else; if your program is approved for it, turn the rule off for this template.',
  );
});

test('the quick test before the word split misses no phrase (every phrase, cased, spaced and punctuated every way)', () => {
  const { findProhibitedContent, prohibitedInWords, prohibitedCategories, wordsOf } = engine;
  // Fixed-seed texts made of the phrases' own words (any alternative), everyday words, and what
  // separates or joins words: spaces, punctuation, hyphens, apostrophes, line breaks, letters
  // outside ASCII, the Kelvin sign (lower-cased to k), capitals.
  let seed = 7;
  const random = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  const pick = (list) => list[random(list.length)];
  const phrases = prohibitedCategories.flatMap((category) => category.phrases);
  const phraseWords = [...new Set(phrases.flatMap((phrase) => phrase.split(/[ |]/)))];
  const everyday = ['your', 'code', 'root', 'free', 'non', 'ginger', 'is', 'the', 'señor', 'σ', 'İ', '12'];
  const separators = [' ', ' ', '  ', '-', ', ', '.', "'", '’', '\n', ' — ', '_', 'é', ''];
  const cased = (word) => [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1), word.replace(/k/g, '\u212a'), word.replace(/'/g, '’')][random(5)];
  let found = 0;
  for (let i = 0; i < 4000; i++) {
    let text = '';
    for (let w = 0, count = 1 + random(5); w < count; w++) {
      // A whole phrase (its words any alternative, apart by anything), a phrase's word, or an everyday word.
      const kind = random(3);
      const words = kind === 0 ? pick(phrases).split(' ').map((alternatives) => pick(alternatives.split('|'))) : [kind === 1 ? pick(phraseWords) : pick(everyday)];
      text += words.map((word) => cased(word) + pick(separators)).join('');
    }
    const expected = prohibitedInWords(wordsOf(text));
    found += expected.length;
    assert.deepEqual(findProhibitedContent(text), expected, JSON.stringify(text));
  }
  // The texts do hold phrases (the test is not passing on texts that have none).
  assert.ok(found > 1500, `${found} phrases found`);
});

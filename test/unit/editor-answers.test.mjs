// Hover and completion where an editor's cursor can land awkwardly: inside a surrogate pair, on the
// closing `---`, under `variables` with settings of its own; front matter and body agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { bodyHover, frontMatterCompletions, frontMatterHover, lintText, parseTemplate, resolveSettings } = engine;
const settings = resolveSettings({}).settings;
const analysisOf = (text, overrides = {}) => lintText(text, resolveSettings(overrides).settings).analysis;

test('hovering the second half of an emoji describes the emoji, over both halves', () => {
  const text = 'Done 👋 Reply STOP to opt out.';
  const first = text.indexOf('👋');
  const analysis = analysisOf(text);
  const second = bodyHover(analysis, first + 1);
  assert.match(second.markdown, /^\*\*Character\*\* `👋` U\+1F44B/);
  assert.doesNotMatch(second.markdown, /U\+DC4B/);
  assert.deepEqual([second.start, second.end], [first, first + 2]);
  assert.deepEqual(second, bodyHover(analysis, first));
});

test('the front matter hover counts an example in characters as the body hover does: an emoji is one', () => {
  const text = '---\nvariables:\n  name: { example: "Zoë 👋", maxLength: 20 }\n---\nHi {{name}}. Reply STOP to opt out.';
  const analysis = analysisOf(text);
  const front = frontMatterHover(analysis.template, text.indexOf('name:') + 1);
  const body = bodyHover(analysis, text.indexOf('{{name}}') + 2);
  assert.match(front.markdown, /example: "Zoë 👋" \(5 characters\)/);
  assert.match(body.markdown, /Example: `Zoë 👋` \(5 characters\)/);
});

test('the front matter hover says "1 character" for a one-character example', () => {
  const text = '---\nvariables:\n  initial: { example: "😀" }\n---\nHi {{initial}}.';
  assert.match(frontMatterHover(parseTemplate(text), text.indexOf('initial:') + 1).markdown, /example: "😀" \(1 character\)/);
});

for (const [lineBreak, name] of [['\n', 'LF'], ['\r\n', 'CRLF']]) {
  test(`no completion at the start of the closing --- line (${name}): accepting one would break the fence`, () => {
    const text = ['---', 'sender: toll-free', '---', 'Hi'].join(lineBreak);
    const closing = text.lastIndexOf('---');
    assert.deepEqual(frontMatterCompletions(parseTemplate(text), closing, settings), []);
    // The line above still gets keys.
    assert.deepEqual(
      frontMatterCompletions(parseTemplate(text.slice(0, closing) + lineBreak + text.slice(closing)), closing, settings).map((c) => c.label).slice(0, 2),
      ['from', 'to'],
    );
  });
}

test('front matter that never closes still gets completion at the end of the file', () => {
  const text = '---\nsender: toll-free\n';
  assert.ok(frontMatterCompletions(parseTemplate(text), text.length, settings).some((c) => c.label === 'from'));
});

test('an undeclared variable is offered with sms.defaultVariableLength as its maxLength, as its fix declares it', () => {
  const text = '---\nvariables:\n  \n---\nYour code is {{code}}. Reply STOP to opt out.';
  const ownSettings = resolveSettings({ defaultVariableLength: 35 }).settings;
  const offered = frontMatterCompletions(parseTemplate(text), text.indexOf('  \n') + 2, ownSettings);
  assert.deepEqual(offered.map((c) => [c.label, c.insertText]), [['code', 'code: { maxLength: 35 }']]);
  const fix = lintText(text, ownSettings).diagnostics.find((d) => d.rule === 'undeclared-variable').fix;
  assert.ok(fix.edits[0].newText.includes(offered[0].insertText), fix.edits[0].newText);
});

// The line breaks a fix writes are the file's own, at the place of the edit: every caller (smslint
// --fix, the editor's quick fixes and fix-all) gets its fixes from lintText, where this is decided.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { applyEdits, fixAllEdit, fixAllText, lineBreaksOf, lintText, resolveSettings } = engine;
const settings = resolveSettings({}).settings;
const optOut = 'Reply STOP to opt out.';

/** The newText of the fix of the non-gsm-character finding at `character`'s first place. */
function lineBreakFix(text, character = '\u2028') {
  const at = text.indexOf(character);
  return lintText(text, settings).diagnostics.find((d) => d.rule === 'non-gsm-character' && d.start === at).fix.edits[0].newText;
}

test('a LINE SEPARATOR becomes CRLF in a CRLF file and LF in an LF file', () => {
  assert.equal(lineBreakFix(`One\u2028two\r\n${optOut}\r\n`), '\r\n');
  assert.equal(lineBreakFix(`One\u2028two\n${optOut}\n`), '\n');
});

test('in a file that mixes them, the line break of the line edited', () => {
  const text = `---\nbrand: A\n---\r\nOne\u2028two\r\nThree\u2029four\n${optOut}`;
  assert.equal(lineBreakFix(text, '\u2028'), '\r\n');
  assert.equal(lineBreakFix(text, '\u2029'), '\n');
});

test('on a last line without a break, the break before it; without any, LF; a lone CR is not one', () => {
  assert.equal(lineBreakFix(`${optOut}\r\nOne\u2028two`), '\r\n');
  assert.equal(lineBreakFix(`One\u2028two. ${optOut}`), '\n');
  assert.equal(lineBreakFix(`A\rOne\u2028two. ${optOut}`), '\n');
});

test('lineBreaksOf answers by place', () => {
  const text = 'a\r\nb\nc';
  const at = lineBreaksOf(text);
  assert.deepEqual([0, 1, 3, 4, 5, 6].map(at), ['\r\n', '\r\n', '\n', '\n', '\n', '\n']);
});

test('smslint --fix and the editor’s fix-all leave a CRLF file with CRLF only', () => {
  const text = `---\r\nbrand: A\r\n---\r\nOne\u2028two\u2029three\vfour\r\nIt’s {{name}}\r\n`;
  const fixedText = fixAllText(text, settings).text;
  assert.equal(fixedText.replace(/\r\n/g, '').includes('\n'), false, JSON.stringify(fixedText));
  assert.match(fixedText, /One\r\ntwo\r\nthree\r\nfour\r\n/);
  const editorFix = fixAllEdit(text, settings);
  assert.equal(applyEdits(text, editorFix.edits), fixedText);
});

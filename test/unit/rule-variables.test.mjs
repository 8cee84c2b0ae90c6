import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { lintText, defaultSettings, resolveSettings, applyEdits } = engine;

function findings(rule, text, settings = defaultSettings) {
  return lintText(text, settings).diagnostics.filter((d) => d.rule === rule);
}
const covered = (text, list) => list.map((d) => text.slice(d.start, d.end));

test('undeclared-variable covers the name of each undeclared placeholder', () => {
  const text = '---\nvariables:\n  name: { example: "Ana", maxLength: 20 }\n---\nHi {{name}}, {{ code }} and {{code}}';
  const result = findings('undeclared-variable', text);
  assert.deepEqual(covered(text, result), ['code', 'code']);
  assert.equal(result[0].severity, 'warning');
  assert.equal(
    result[0].message,
    '`code` is not declared: it is counted as 20 plain characters, which may be wrong for the segment count. Declare it under `variables` with an example and a maxLength.',
  );
});

// [name, template, the template after the fix]
const declarationFixes = [
  ['creates the front matter', 'Hi {{name}}', '---\nvariables:\n  name: { maxLength: 20 }\n---\nHi {{name}}'],
  ['keeps a byte order mark first', '\ufeffHi {{name}}', '\ufeff---\nvariables:\n  name: { maxLength: 20 }\n---\nHi {{name}}'],
  ['adds variables to front matter without them', '---\nsender: 10dlc\n---\nHi {{name}}', '---\nsender: 10dlc\nvariables:\n  name: { maxLength: 20 }\n---\nHi {{name}}'],
  ['adds a line to a block of variables', '---\nvariables:\n    code:\n      maxLength: 6\nrules: {}\n---\n{{code}} {{name}}',
    '---\nvariables:\n    code:\n      maxLength: 6\n    name: { maxLength: 20 }\nrules: {}\n---\n{{code}} {{name}}'],
  ['fills an empty variables key', '---\nvariables:\nbrand: A\n---\nHi {{name}}', '---\nvariables:\n  name: { maxLength: 20 }\nbrand: A\n---\nHi {{name}}'],
  ['adds to a flow mapping', '---\nvariables: { code: { maxLength: 6 } }\n---\n{{code}} {{name}}', '---\nvariables: { code: { maxLength: 6 }, name: { maxLength: 20 } }\n---\n{{code}} {{name}}'],
  ['fills an empty flow mapping', '---\nvariables: {}\n---\nHi {{name}}', '---\nvariables: { name: { maxLength: 20 } }\n---\nHi {{name}}'],
  ['keeps CRLF line endings', '---\r\nbrand: A\r\n---\r\nHi {{name}}', '---\r\nbrand: A\r\nvariables:\r\n  name: { maxLength: 20 }\r\n---\r\nHi {{name}}'],
];
for (const [name, text, expected] of declarationFixes) {
  test(`undeclared-variable fix ${name}`, () => {
    const [finding] = findings('undeclared-variable', text);
    const fixed = applyEdits(text, finding.fix.edits);
    assert.equal(fixed, expected);
    assert.deepEqual(findings('undeclared-variable', fixed), []);
    assert.deepEqual(findings('invalid-front-matter', fixed), []);
  });
}

test('undeclared-variable fix uses sms.defaultVariableLength as maxLength', () => {
  const { settings } = resolveSettings({ defaultVariableLength: 12 });
  const [finding] = findings('undeclared-variable', 'Hi {{name}}', settings);
  assert.equal(finding.fix.title, 'Declare `name` in the front matter (maxLength 12) [unsafe: maxLength is a guess]');
  assert.equal(finding.fix.edits[0].newText, '---\nvariables:\n  name: { maxLength: 12 }\n---\n');
});

test('undeclared-variable offers no fix when the front matter YAML is broken', () => {
  const [finding] = findings('undeclared-variable', '---\nvariables: [\n---\nHi {{name}}');
  assert.equal(finding.fix, undefined);
});

test('unused-variable covers the declaration no placeholder uses', () => {
  const text = '---\nvariables:\n  name: { example: "Ana" }\n  city: { example: "Oslo" }\n---\nHi {{name}}';
  const result = findings('unused-variable', text);
  assert.deepEqual(covered(text, result), ['city']);
  assert.equal(result[0].severity, 'info');
  assert.equal(result[0].message, '`city` is declared but no placeholder uses it, so its length is not in the count. Use it as {{city}} or remove the declaration.');
});

// [body, covered text, message]
const malformed = [
  ['Hi {{name', '{{', '`{{` is not closed by `}}` on the same line: recipients would see the braces (2 septets each) instead of a value. Close it as {{name}} or remove it.'],
  ['Hi {{name\n}}', '{{', '`{{` is not closed by `}}` on the same line: recipients would see the braces (2 septets each) instead of a value. Close it as {{name}} or remove it.'],
  ['Hi {{ }}', '{{ }}', '`{{ }}` names no variable: recipients would see it as written. Put a variable name inside, e.g. {{name}}.'],
  ['Hi {{first name}}', '{{first name}}', '"first name" is not a variable name (letters, digits, _ . and -, starting with a letter or _): recipients would see `{{first name}}` as written. Rename it.'],
  ['Hi {{1st}}', '{{1st}}', '"1st" is not a variable name (letters, digits, _ . and -, starting with a letter or _): recipients would see `{{1st}}` as written. Rename it.'],
];
for (const [body, expectedText, message] of malformed) {
  test(`malformed-placeholder flags ${JSON.stringify(body)}`, () => {
    const result = findings('malformed-placeholder', body);
    assert.deepEqual(result.map((d) => [body.slice(d.start, d.end), d.message, d.severity]), [[expectedText, message, 'error']]);
  });
}

test('malformed-placeholder accepts well-formed placeholders', () => {
  assert.deepEqual(findings('malformed-placeholder', 'Hi {{name}}, {{ first_name }} {{a.b-c}}'), []);
});

test('with sms.defaultVariableLength 0 the declaration names no maxLength, and its title says so', () => {
  const { settings } = resolveSettings({ defaultVariableLength: 0 });
  const [finding] = findings('undeclared-variable', 'Hi {{name}}', settings);
  assert.equal(finding.fix.title, 'Declare `name` in the front matter (no maxLength: counted as 0 characters)');
  const fixed = applyEdits('Hi {{name}}', finding.fix.edits);
  assert.equal(fixed, '---\nvariables:\n  name: {}\n---\nHi {{name}}');
  assert.equal(lintText(fixed, settings).analysis.count.units, 3);
});

test('`variables: null` gets a declaration fix (unsafe: its maxLength is a guess), and fix-all with unsafe fixes settles', () => {
  const text = '---\nvariables: null\n---\nHi {{name}} {{code}}. Reply STOP to opt out.';
  const [finding] = findings('undeclared-variable', text);
  assert.equal(applyEdits(text, finding.fix.edits), '---\nvariables: { name: { maxLength: 20 }, code: { maxLength: 20 } }\n---\nHi {{name}} {{code}}. Reply STOP to opt out.');
  assert.equal(finding.fix.safe, false);
  assert.equal(engine.fixAllText(text, defaultSettings).text, text);
  const result = engine.fixAllText(text, defaultSettings, { unsafe: true });
  assert.deepEqual(lintText(result.text, defaultSettings).diagnostics.map((d) => d.rule), []);
});

test('an example longer than its maxLength is invalid-front-matter at the example', () => {
  const text = '---\nvariables:\n  name: { example: "Ana María", maxLength: 5 }\n---\nHi {{name}}. Reply STOP to opt out.';
  const result = findings('invalid-front-matter', text);
  assert.deepEqual(result.map((d) => [text.slice(d.start, d.end), d.message]), [
    ['"Ana María"', 'The example of `name` is 9 characters, longer than its maxLength of 5: raise maxLength to the longest real value, or shorten the example.'],
  ]);
  // An emoji is one character: "😀😀" fits maxLength 2.
  assert.deepEqual(findings('invalid-front-matter', '---\nvariables:\n  m: { example: "😀😀", maxLength: 2, unicode: true }\n---\n{{m}}'), []);
});

test('an alias inside `variables` is reported as an alias', () => {
  const text = '---\nbrand: &b Contoso\nvariables:\n  name: *b\n  code: { example: *b, maxLength: *b }\n---\nHi {{name}} {{code}}. Reply STOP to opt out.';
  const result = findings('invalid-front-matter', text);
  assert.deepEqual(result.map((d) => [text.slice(d.start, d.end), d.message]), Array(3).fill(['*b', 'YAML aliases are not supported in front matter: write the value out.']));
});

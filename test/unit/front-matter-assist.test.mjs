import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { parseTemplate, frontMatterCompletions, frontMatterHover, rules } = engine;

const docsUrl = (id) => `https://github.com/sms-templates/vscode-sms-templates/blob/main/docs/rules.md#${id}`;

/** Completion labels at the `|` in the source. */
function labelsAt(source) {
  const offset = source.indexOf('|');
  const text = source.slice(0, offset) + source.slice(offset + 1);
  return frontMatterCompletions(parseTemplate(text), offset).map((completion) => completion.label);
}
function completionsAt(source) {
  const offset = source.indexOf('|');
  return frontMatterCompletions(parseTemplate(source.slice(0, offset) + source.slice(offset + 1)), offset);
}

const booleans = ['true', 'false'];
const severities = ['off', 'hint', 'info', 'warning', 'error'];

// [where, source with | at the cursor, expected labels]
const completionCases = [
  ['top-level keys on an empty line', '---\n|\n---\nHi', ['sender', 'from', 'to', 'brand', 'maxSegments', 'unicode', 'syntax', 'registered', 'variables', 'rules', 'sending']],
  ['top-level keys not yet written', '---\nsender: 10dlc\nfrom: "+14255550100"\n|\n---\nHi', ['to', 'brand', 'maxSegments', 'unicode', 'syntax', 'registered', 'variables', 'rules', 'sending']],
  ['top-level keys while typing one', '---\nsen|\n---\nHi', ['sender', 'from', 'to', 'brand', 'maxSegments', 'unicode', 'syntax', 'registered', 'variables', 'rules', 'sending']],
  ['sender types after sender:', '---\nsender: |\n---\nHi', ['10dlc', 'toll-free', 'short-code', 'alphanumeric']],
  ['booleans after unicode:', '---\nunicode: |\n---\nHi', booleans],
  ['nothing after maxSegments:', '---\nmaxSegments: |\n---\nHi', []],
  ['variable keys inside a variable block', '---\nvariables:\n  code:\n    |\n---\n{{code}}', ['example', 'maxLength', 'maxItems', 'unicode']],
  ['variable keys inside a flow mapping', '---\nvariables:\n  code: { example: "1", |\n---\n{{code}}', ['example', 'maxLength', 'maxItems', 'unicode']],
  ['booleans for a variable’s unicode', '---\nvariables:\n  city: { unicode: |\n---\n{{city}}', booleans],
  ['undeclared placeholder names under variables', '---\nvariables:\n  name: { example: "Ana" }\n  |\n---\nHi {{name}} from {{city}}, {{city}}', ['city']],
  ['rule ids under rules', '---\nrules:\n  |\n---\nHi', rules.map((rule) => rule.id)],
  ['rule ids in a flow mapping', '---\nrules: { |\n---\nHi', rules.map((rule) => rule.id)],
  ['severities after a rule id', '---\nrules:\n  missing-opt-out: |\n---\nHi', severities],
  ['severities after a rule id in a flow mapping', '---\nrules: { message-length: |\n---\nHi', severities],
  ['nothing after an unknown rule id', '---\nrules:\n  no-such-rule: |\n---\nHi', []],
  ['nothing in a comment', '---\n# sender: |\n---\nHi', []],
  ['nothing inside a quoted text', '---\nbrand: "Con|\n---\nHi', []],
  ['nothing in the body', '---\nsender: 10dlc\n---\nHi |', []],
  ['nothing in a file without front matter', 'sender: |', []],
];
for (const [where, source, expected] of completionCases) {
  test(`completion: ${where}`, () => assert.deepEqual(labelsAt(source), expected));
}

test('completion: every country code after to:, in a flow list and a block list', () => {
  for (const source of ['---\nto: [US, |\n---\nHi', '---\nto:\n  - US\n  - |\n---\nHi', '---\nto: |\n---\nHi']) {
    const labels = labelsAt(source);
    assert.equal(labels.length, 249, source);
    assert.deepEqual(labels.slice(0, 3), ['AD', 'AE', 'AF'], source);
  }
});

test('completion: a country has its name and what the sender rules say about it', () => {
  const byCode = new Map(completionsAt('---\nto: [|\n---\nHi').map((completion) => [completion.label, completion]));
  assert.deepEqual(byCode.get('CA'), { label: 'CA', kind: 'country', detail: 'Canada', documentation: 'Toll-free numbers can send here.' });
  assert.deepEqual(byCode.get('GB'), {
    label: 'GB',
    kind: 'country',
    detail: 'United Kingdom',
    documentation: 'Alphanumeric sender IDs must be registered: unregistered ones are blocked since 2024-06-30.',
  });
  assert.deepEqual(byCode.get('FR'), { label: 'FR', kind: 'country', detail: 'France' });
});

test('completion: a key inserts itself with a colon and says what it takes', () => {
  const sender = completionsAt('---\n|\n---\nHi').find((completion) => completion.label === 'sender');
  assert.deepEqual(sender, {
    label: 'sender',
    kind: 'key',
    detail: '10dlc | toll-free | short-code | alphanumeric',
    documentation: 'How the message is sent. Decides which opt-out, sender ID, destination and registration rules apply. Default: the `sms.sender` setting.',
    insertText: 'sender: ',
    suggestsValues: true,
  });
});

// [where, source with | at the cursor, label, expected insertion]: keys whose values have
// completions go straight on to them; `to` opens its list with the cursor inside.
const insertionCases = [
  ['sender', '---\n|\n---\nHi', 'sender', { insertText: 'sender: ', suggestsValues: true }],
  ['to', '---\n|\n---\nHi', 'to', { insertText: 'to: [$0]', insertTextIsSnippet: true, suggestsValues: true }],
  ['unicode', '---\n|\n---\nHi', 'unicode', { insertText: 'unicode: ', suggestsValues: true }],
  ['brand (free text)', '---\n|\n---\nHi', 'brand', { insertText: 'brand: ' }],
  ['maxSegments (a number)', '---\n|\n---\nHi', 'maxSegments', { insertText: 'maxSegments: ' }],
  ['a rule id', '---\nrules:\n  |\n---\nHi', 'message-length', { insertText: 'message-length: ', suggestsValues: true }],
  ['a variable’s unicode', '---\nvariables:\n  city:\n    |\n---\n{{city}}', 'unicode', { insertText: 'unicode: ', suggestsValues: true }],
  ['a variable’s maxLength', '---\nvariables:\n  city:\n    |\n---\n{{city}}', 'maxLength', { insertText: 'maxLength: ' }],
];
for (const [where, source, label, expected] of insertionCases) {
  test(`completion: accepting ${where} inserts ${JSON.stringify(expected.insertText)}${expected.suggestsValues ? ' and offers its values' : ''}`, () => {
    const completion = completionsAt(source).find((candidate) => candidate.label === label);
    assert.ok(completion, `no ${label} completion`);
    const { insertText, insertTextIsSnippet, suggestsValues } = completion;
    assert.deepEqual(JSON.parse(JSON.stringify({ insertText, insertTextIsSnippet, suggestsValues })), expected);
  });
}

test('completion: a rule id shows its default severity, description and docs link', () => {
  const rule = completionsAt('---\nrules:\n  |\n---\nHi').find((completion) => completion.label === 'missing-opt-out');
  assert.deepEqual(rule, {
    label: 'missing-opt-out',
    kind: 'rule',
    detail: 'warning by default, fixable',
    documentation: `Messages without an opt-out instruction (“Reply STOP to opt out”, or a link for an alphanumeric sender).\n\n[Documentation](${docsUrl('missing-opt-out')})`,
    insertText: 'missing-opt-out: ',
    suggestsValues: true,
  });
});

test('completion: an undeclared placeholder name inserts a declaration', () => {
  const [city] = completionsAt('---\nvariables:\n  |\n---\nHi {{city}}');
  assert.deepEqual(city, { label: 'city', kind: 'key', detail: 'used in the message, not declared', insertText: 'city: { maxLength: 20 }' });
});

test('completion: a sender type says what it can do', () => {
  const [tenDlc] = completionsAt('---\nsender: |\n---\nHi');
  assert.deepEqual(tenDlc, {
    label: '10dlc',
    kind: 'sender',
    documentation: 'A 10-digit long code: a registered US local number (+1 and 10 digits) for application-to-person messages. US destinations only; needs brand and campaign registration.',
  });
});

const hoverSource = [
  '---',
  'sender: toll-free',
  'to: [US, gb]',
  'variables:',
  '  code: { example: "493817", maxLength: 6 }',
  'rules:',
  '  missing-opt-out: off',
  '---',
  'Your code is {{code}}',
].join('\n');

/** Hover on the first occurrence of `word` (cursor on its second character). */
function hoverOn(word, source = hoverSource) {
  const at = source.indexOf(word);
  const hover = frontMatterHover(parseTemplate(source), at + 1);
  return hover && { markdown: hover.markdown, covers: source.slice(hover.start, hover.end) };
}

// [what, word hovered, expected markdown]
const hoverCases = [
  ['a top-level key', 'sender', '**sender** — 10dlc | toll-free | short-code | alphanumeric\n\nHow the message is sent. Decides which opt-out, sender ID, destination and registration rules apply. Default: the `sms.sender` setting.'],
  ['a sender type', 'toll-free', '**toll-free** sender\n\nA US toll-free number (+1 800, 833, 844, 855, 866, 877 or 888). Reaches the US, Canada and Puerto Rico only, and must be verified before it can send.'],
  ['a country code', 'US', '**US** — United States\n\nToll-free numbers can send here.\n\n10DLC numbers can send here (and nowhere else).'],
  ['a country code in lower case', 'gb', '**GB** — United Kingdom\n\nAlphanumeric sender IDs must be registered: unregistered ones are blocked since 2024-06-30.'],
  ['a variable', 'code', '**{{code}}** — used once in the message\n\nexample: "493817" (6 characters)\n\nmaxLength: 6'],
  ['a variable key', 'maxLength', '**maxLength** — whole number\n\nThe longest value: the worst case counts the placeholder as this many characters.'],
  ['a rule id', 'missing-opt-out', `**missing-opt-out** — warning by default, fixable\n\nMessages without an opt-out instruction (“Reply STOP to opt out”, or a link for an alphanumeric sender).\n\n[Documentation](${docsUrl('missing-opt-out')})`],
  ['a severity', 'off', '**off** — The rule does not run.'],
];
for (const [what, word, markdown] of hoverCases) {
  test(`hover: ${what} (${word})`, () => assert.deepEqual(hoverOn(word), { markdown, covers: word }));
}

test('hover: nothing on blanks, in the body, or on an unknown key', () => {
  const source = '---\nsender: 10dlc\nbrandname: x\n---\nHi';
  const template = parseTemplate(source);
  assert.equal(frontMatterHover(template, source.indexOf(': ') + 1), undefined);
  assert.equal(frontMatterHover(template, source.indexOf('Hi')), undefined);
  assert.equal(frontMatterHover(template, source.indexOf('brandname') + 1), undefined);
});

test('completion and hover never throw on odd front matter', () => {
  const sources = ['---\n', '---\n: : :\n---\n', '---\n{[}]\n---\n', '---\n  - - -\n---\n', '---\nto: [[[\n---\n', '---\nvariables:\n\t x: {\n---\n'];
  for (const source of sources) {
    const template = parseTemplate(source);
    for (let offset = 0; offset <= source.length; offset++) {
      assert.ok(Array.isArray(frontMatterCompletions(template, offset)));
      frontMatterHover(template, offset);
    }
  }
});

test('placeholderCompletions offers the declared variables only right after `{{`', () => {
  const text = '---\nvariables:\n  name: { example: "Ana" }\n  code: { maxLength: 6 }\n---\nHi {{ na and {{x}} done';
  const template = engine.parseTemplate(text);
  const afterBraces = text.indexOf('{{ na') + 5;
  assert.deepEqual(engine.placeholderCompletions(template, afterBraces), [
    { label: 'name', kind: 'variable', detail: 'example: Ana' },
    { label: 'code', kind: 'variable', detail: 'no example' },
  ]);
  assert.deepEqual(engine.placeholderCompletions(template, text.indexOf(' done')), []);
});

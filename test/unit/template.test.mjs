// The `.sms` file format (SPEC §1): front matter, body, placeholders, and what the counts see.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import engine from '../../dist/engine.js';

const { parseTemplate, analyzeText, lintText, defaultSettings } = engine;

const specExample = [
  '---',
  'sender: toll-free            # 10dlc | toll-free | short-code | alphanumeric',
  'from: "+18005550100"',
  'to: [US, CA]',
  'brand: Contoso',
  'maxSegments: 2',
  'unicode: false',
  'variables:',
  '  name: { example: "Ana", maxLength: 20 }',
  '  code: { example: "493817", maxLength: 6 }',
  '  city: { example: "Zürich", maxLength: 30, unicode: true }',
  'rules:',
  '  missing-opt-out: off',
  '---',
  'Contoso: Hi {{name}}, your code is {{code}}. Reply STOP to opt out.',
  '',
].join('\n');
const specBody = 'Contoso: Hi {{name}}, your code is {{code}}. Reply STOP to opt out.';

/** The parts of a template a test compares: front matter values and the body's bounds. */
function summary(template) {
  const { sender, from, to, brand, maxSegments, unicode, rules } = template.frontMatter;
  const variables = [...template.frontMatter.variables.values()].map(({ name, example, maxLength, unicode }) => ({ name, example, maxLength, unicode }));
  return {
    frontMatter: { sender, from, to, brand, maxSegments, unicode, rules, variables },
    body: template.text.slice(template.bodyStart, template.bodyEnd),
    problems: template.frontMatterProblems.length,
  };
}

const specExampleSummary = {
  frontMatter: {
    sender: 'toll-free',
    from: '+18005550100',
    to: ['US', 'CA'],
    brand: 'Contoso',
    maxSegments: 2,
    unicode: false,
    rules: { 'missing-opt-out': 'off' },
    variables: [
      { name: 'name', example: 'Ana', maxLength: 20, unicode: false },
      { name: 'code', example: '493817', maxLength: 6, unicode: false },
      { name: 'city', example: 'Zürich', maxLength: 30, unicode: true },
    ],
  },
  body: specBody,
  problems: 0,
};

const noFrontMatter = {
  frontMatter: { sender: undefined, from: undefined, to: undefined, brand: undefined, maxSegments: undefined, unicode: undefined, rules: {}, variables: [] },
};

const parsed = [
  ['a file without front matter is all body', 'Your code is 1234.\n',
    { ...noFrontMatter, body: 'Your code is 1234.', problems: 0 }],
  ['front matter with every key', specExample, specExampleSummary],
  ['a CRLF file reads the same as an LF file', specExample.replaceAll('\n', '\r\n'), specExampleSummary],
  ['a byte order mark before the front matter is skipped', '\uFEFF' + specExample, specExampleSummary],
  ['an unquoted +number in from keeps its plus sign', '---\nfrom: +18005550100\n---\nHi',
    { frontMatter: { ...noFrontMatter.frontMatter, from: '+18005550100' }, body: 'Hi', problems: 0 }],
  ['an unquoted short code in from keeps its leading zeros', '---\nfrom: 012345\n---\nHi',
    { frontMatter: { ...noFrontMatter.frontMatter, from: '012345' }, body: 'Hi', problems: 0 }],
  ['a line of dashes in the body is body text', 'Hi\n---\nthere',
    { ...noFrontMatter, body: 'Hi\n---\nthere', problems: 0 }],
  ['empty front matter is allowed', '---\n---\nHi\n',
    { ...noFrontMatter, body: 'Hi', problems: 0 }],
  ['one trailing LF is not part of the message', 'Hi\n', { ...noFrontMatter, body: 'Hi', problems: 0 }],
  ['one trailing CRLF is not part of the message', 'Hi\r\n', { ...noFrontMatter, body: 'Hi', problems: 0 }],
  ['only the last of two trailing line breaks is dropped', 'Hi\n\n', { ...noFrontMatter, body: 'Hi\n', problems: 0 }],
  ['a first line of dashes followed by text is body text, not a fence', '---     hello\nReply STOP to opt out.',
    { ...noFrontMatter, body: '---     hello\nReply STOP to opt out.', problems: 0 }],
  ['an opening fence with trailing blanks past eight characters still opens front matter', '---      \t \nbrand: A\n---\nHi',
    { frontMatter: { ...noFrontMatter.frontMatter, brand: 'A' }, body: 'Hi', problems: 0 }],
  ['a file that is only an opening fence is unclosed front matter', '---',
    { ...noFrontMatter, body: '', problems: 1 }],
  ['a line break that is the whole body is dropped', '---\nbrand: A\n---\n\n',
    { frontMatter: { ...noFrontMatter.frontMatter, brand: 'A' }, body: '', problems: 0 }],
];

for (const [name, text, expected] of parsed) {
  test(name, () => {
    assert.deepEqual(summary(parseTemplate(text)), expected);
  });
}

// Each problem: the text its range covers and a pattern its message must match.
const problems = [
  ['unclosed front matter is reported on the opening fence', '---\nbrand: Contoso\nHi there\n',
    [['---', /never closes/]]],
  ['a YAML syntax error is reported at the offending tab', '---\nbrand: A\n\tsender: x\n---\nHi',
    [['\t', /Tabs/]]],
  ['a duplicate key is reported on the whole repeated key', '---\nbrand: A\nbrand: B\n---\nHi',
    [['brand', /unique/]]],
  ['an unclosed quote is reported on its line, not on the closing fence', '---\nbrand: "Contoso\n---\nHi',
    [['brand: "Contoso', /quote/]]],
  ['an unknown key is reported on the key', '---\ncolour: red\n---\nHi',
    [['colour', /Unknown front matter key `colour`/]]],
  ['an unknown sender type is reported on the value', '---\nsender: pigeon\n---\nHi',
    [['pigeon', /sender/]]],
  ['a maxSegments that is not a number is reported on the value', '---\nmaxSegments: two\n---\nHi',
    [['two', /whole number/]]],
  ['a maxSegments of 0 is reported', '---\nmaxSegments: 0\n---\nHi',
    [['0', /whole number/]]],
  ['unicode must be a boolean', '---\nunicode: yes please\n---\nHi',
    [['yes please', /true or false/]]],
  ['a destination that is not a country code is reported on that item', '---\nto: [US, XX]\n---\nHi',
    [['XX', /ISO 3166-1/]]],
  ['variables must be a mapping', '---\nvariables: [name]\n---\nHi',
    [['[name]', /variables/]]],
  ['an unknown variable key is reported on the key', '---\nvariables:\n  name: { example: Ana, length: 3 }\n---\nHi {{name}}',
    [['length', /Unknown variable key/]]],
  ['a variable maxLength that is text is reported', '---\nvariables:\n  name: { maxLength: long }\n---\nHi {{name}}',
    [['long', /whole number/]]],
  ['an unknown rule id is reported', '---\nrules:\n  no-such-rule: off\n---\nHi',
    [['no-such-rule', /Unknown rule/]]],
  ['a rule severity that is not a severity is reported', '---\nrules:\n  message-length: loud\n---\nHi',
    [['loud', /severity/]]],
  ['a top-level alias is refused', '---\nbrand: &b Contoso\nfrom: *b\n---\nHi',
    [['*b', /aliases/]]],
  ['front matter that is a list is refused', '---\n- a\n- b\n---\nHi',
    [['- a\n- b\n', /mapping/]]],
];

for (const [name, text, expected] of problems) {
  test(name, () => {
    const found = parseTemplate(text).frontMatterProblems.map((p) => text.slice(p.start, p.end));
    assert.deepEqual(found, expected.map(([covered]) => covered));
    parseTemplate(text).frontMatterProblems.forEach((p, i) => assert.match(p.message, expected[i][1]));
  });
}

test('front matter problems are invalid-front-matter errors', () => {
  const { diagnostics } = lintText('---\ncolour: red\n---\nHi', defaultSettings);
  assert.deepEqual(
    diagnostics.filter((d) => d.rule === 'invalid-front-matter').map((d) => [d.start, d.end, d.severity]),
    [[4, 10, 'error']],
  );
});

test('a YAML alias bomb finishes fast with a diagnostic', () => {
  const lines = ['---', 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  lines.push('variables:', '  name: *a9', 'to: *a9', '---', 'Hi {{name}}');
  const text = lines.join('\n');
  const started = performance.now();
  const { diagnostics } = lintText(text, defaultSettings);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < 1000, `took ${elapsed.toFixed(0)} ms`);
  const aliasProblems = diagnostics.filter((d) => d.rule === 'invalid-front-matter' && text.slice(d.start, d.end) === '*a9');
  assert.equal(aliasProblems.length, 2);
});

// Placeholders: name, the text the placeholder covers, and the name's own range.
const placeholders = [
  ['{{name}} is a placeholder', 'Hi {{name}}!', [['name', '{{name}}', 'name']], []],
  ['spaces inside the braces are allowed', 'Hi {{ name }}!', [['name', '{{ name }}', 'name']], []],
  ['several placeholders in order', '{{a}} and {{ b.c }}', [['a', '{{a}}', 'a'], ['b.c', '{{ b.c }}', 'b.c']], []],
  ['{{ without }} is malformed', 'Hi {{name, bye', [], ['{{']],
  ['a placeholder may not span lines', 'Hi {{name\n}} bye', [], ['{{']],
  ['an invalid name is malformed', 'Hi {{ first name }}', [], ['{{ first name }}']],
  ['empty braces are malformed', 'Hi {{}}', [], ['{{}}']],
  ['a {{ followed by another placeholder is malformed on its own', 'Hi {{a {{b}}', [['b', '{{b}}', 'b']], ['{{']],
  ['single braces are GSM text, not placeholders', 'Hi {name}', [], []],
  ['front matter braces are not placeholders', '---\nbrand: "{{x}}"\n---\nHi', [], []],
];

for (const [name, text, expected, expectedMalformed] of placeholders) {
  test(`placeholders: ${name}`, () => {
    const template = parseTemplate(text);
    assert.deepEqual(
      template.placeholders.map((p) => [p.name, text.slice(p.start, p.end), text.slice(p.nameStart, p.nameEnd)]),
      expected,
    );
    assert.deepEqual(template.malformedPlaceholders.map((r) => text.slice(r.start, r.end)), expectedMalformed);
  });
}

const variablesHeader = (...lines) => ['---', 'variables:', ...lines.map((l) => '  ' + l), '---'].join('\n') + '\n';

// The message as counted, and the worst case: every variable at its maxLength.
const counted = [
  ['a placeholder counts as its example', variablesHeader('name: { example: Ana, maxLength: 20 }') + 'Hi {{name}}!\n',
    { message: 'Hi Ana!', encoding: 'GSM-7', units: 7, worst: { encoding: 'GSM-7', units: 24, segments: 1 } }],
  ['without an example a placeholder counts as maxLength plain characters', variablesHeader('code: { maxLength: 6 }') + 'Code {{code}}',
    { message: 'Code xxxxxx', encoding: 'GSM-7', units: 11, worst: { encoding: 'GSM-7', units: 11, segments: 1 } }],
  ['an undeclared variable counts as 20 characters', 'Hi {{who}}',
    { message: 'Hi ' + 'x'.repeat(20), encoding: 'GSM-7', units: 23, worst: { encoding: 'GSM-7', units: 23, segments: 1 } }],
  ['a unicode: true variable of maxLength 30 takes 60 units in the worst case (30 emoji)', variablesHeader('city: { example: Zurich, maxLength: 30, unicode: true }') + 'See you in {{city}}',
    { message: 'See you in Zurich', encoding: 'GSM-7', units: 17, worst: { encoding: 'UCS-2', units: 71, segments: 2 } }],
  ['an example with extension characters counts them in the worst case: never below the example', variablesHeader('price: { example: "€€€€€€", maxLength: 6 }') + 'a'.repeat(150) + '{{price}}',
    { message: 'a'.repeat(150) + '€€€€€€', encoding: 'GSM-7', units: 162, worst: { encoding: 'GSM-7', units: 162, segments: 2 } }],
  ['an example is padded to maxLength in the worst case', variablesHeader('price: { example: "€5", maxLength: 6 }') + 'Pay {{price}}',
    { message: 'Pay €5', encoding: 'GSM-7', units: 7, worst: { encoding: 'GSM-7', units: 11, segments: 1 } }],
  ['a unicode: true variable of maxLength 35 filled with emoji is 70 units', variablesHeader('mood: { maxLength: 35, unicode: true }') + '{{mood}}',
    { message: 'x'.repeat(35), encoding: 'GSM-7', units: 35, worst: { encoding: 'UCS-2', units: 70, segments: 1 } }],
  ['an example longer than a unicode: true maxLength takes that many emoji in the worst case', variablesHeader('mood: { example: "Zoë is here", maxLength: 2, unicode: true }') + '{{mood}}',
    { message: 'Zoë is here', encoding: 'UCS-2', units: 11, worst: { encoding: 'UCS-2', units: 22, segments: 1 } }],
  ['an example with ü (GSM basic) stays GSM-7', variablesHeader('city: { example: Zürich, maxLength: 30 }') + 'See you in {{city}}',
    { message: 'See you in Zürich', encoding: 'GSM-7', units: 17, worst: { encoding: 'GSM-7', units: 41, segments: 1 } }],
  ['an example with a non-GSM letter makes the message UCS-2', variablesHeader('city: { example: São Paulo, maxLength: 30 }') + 'See you in {{city}}',
    { message: 'See you in São Paulo', encoding: 'UCS-2', units: 20, worst: { encoding: 'UCS-2', units: 41, segments: 1 } }],
  ['a long worst case can pass a segment boundary', variablesHeader('note: { example: ok, maxLength: 200 }') + 'Note: {{note}}',
    { message: 'Note: ok', encoding: 'GSM-7', units: 8, worst: { encoding: 'GSM-7', units: 206, segments: 2 } }],
  ['body line breaks count one unit each whatever the file uses', 'Line one\r\nLine two\r\n',
    { message: 'Line one\r\nLine two', encoding: 'GSM-7', units: 17, worst: { encoding: 'GSM-7', units: 17, segments: 1 } }],
];

for (const [name, text, expected] of counted) {
  test(`counts: ${name}`, () => {
    const analysis = analyzeText(text, defaultSettings);
    const { encoding, units, segments } = analysis.worstCount;
    assert.deepEqual(
      { message: analysis.message.text, encoding: analysis.count.encoding, units: analysis.count.units, worst: { encoding, units, segments } },
      expected,
    );
  });
}

test('counts: a template maxSegments overrides the setting', () => {
  assert.equal(analyzeText('---\nmaxSegments: 5\n---\nHi', defaultSettings).settings.maxSegments, 5);
});

test('a megabyte of unclosed braces parses in linear time', () => {
  const started = performance.now();
  const template = parseTemplate('{{'.repeat(500_000));
  const elapsed = performance.now() - started;
  assert.equal(template.malformedPlaceholders.length, 500_000);
  assert.ok(elapsed < 1000, `took ${elapsed.toFixed(0)} ms`);
});

test('bad input never throws', () => {
  const inputs = ['', '---', '---\n', '---\n---', '\uFEFF', '---\n: : :\n---\n', '---\n[\n---\n', '{{', '}}{{', '\uD800', '---\nvariables:\n  x: 5\n---\n{{x}}', '---\nto: 5\n---\n'];
  for (const input of inputs) assert.doesNotThrow(() => lintText(input, defaultSettings), JSON.stringify(input));
});

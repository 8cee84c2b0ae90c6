// Tokenizes .sms text with the shipped TextMate grammar (vscode-textmate + vscode-oniguruma, the
// engines VS Code uses) and checks the exact scopes of exact tokens. source.yaml is a one-rule
// stub: the test is about where the embedded YAML starts and ends, not about YAML colouring.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const require = createRequire(import.meta.url);
const grammarPath = new URL('../../syntaxes/sms.tmLanguage.json', import.meta.url);

const yamlStub = {
  scopeName: 'source.yaml',
  patterns: [{ match: '^\\s*([A-Za-z_][\\w-]*)(?=:)', captures: { 1: { name: 'entity.name.tag.yaml' } } }],
};

const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
const onigLib = oniguruma
  .loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength))
  .then(() => ({
    createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
    createOnigString: (text) => new oniguruma.OnigString(text),
  }));

const registry = new vsctm.Registry({
  onigLib,
  loadGrammar: async (scopeName) => {
    if (scopeName === 'text.sms') return vsctm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath.pathname);
    if (scopeName === 'source.yaml') return vsctm.parseRawGrammar(JSON.stringify(yamlStub), 'yaml.json');
    return null;
  },
});
const grammar = await registry.loadGrammar('text.sms');

/** Every line's tokens as { text, scopes }. */
function tokenize(source) {
  let ruleStack = vsctm.INITIAL;
  return source.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, ruleStack);
    ruleStack = result.ruleStack;
    return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
  });
}

/** The scopes of the first token on `line` whose text is exactly `text`. */
function scopesOf(source, line, text) {
  const token = tokenize(source)[line].find((candidate) => candidate.text === text);
  assert.ok(token, `no token ${JSON.stringify(text)} on line ${line}: ${JSON.stringify(tokenize(source)[line].map((t) => t.text))}`);
  return token.scopes;
}

const FRONT = ['text.sms', 'meta.frontmatter.sms'];
const YAML = [...FRONT, 'meta.embedded.block.frontmatter.sms'];
const PLACEHOLDER = ['text.sms', 'meta.placeholder.sms'];
const LINK = ['text.sms', 'markup.underline.link.sms'];
const OPT_OUT = ['text.sms', 'meta.opt-out.sms'];
const PLAIN = ['text.sms'];

const withFrontMatter = '---\nsender: toll-free\nvariables:\n  name: { example: "{{x}}" }\n---\nHi {{name}}, Reply STOP to opt out.\n';

// [case, source, line, token text, exact scopes]
const cases = [
  ['opening fence of the front matter', withFrontMatter, 0, '---', [...FRONT, 'punctuation.definition.frontmatter.begin.sms']],
  ['front matter key is embedded YAML', withFrontMatter, 1, 'sender', [...YAML, 'entity.name.tag.yaml']],
  ['front matter value is embedded YAML', withFrontMatter, 1, ': toll-free', YAML],
  ['braces inside front matter are YAML, not a placeholder', withFrontMatter, 3, ': { example: "{{x}}" }', YAML],
  ['closing fence of the front matter', withFrontMatter, 4, '---', [...FRONT, 'punctuation.definition.frontmatter.end.sms']],
  ['body after the front matter is message text', withFrontMatter, 5, 'Hi ', PLAIN],
  ['placeholder opening braces', withFrontMatter, 5, '{{', [...PLACEHOLDER, 'punctuation.definition.placeholder.begin.sms']],
  ['placeholder variable name', withFrontMatter, 5, 'name', [...PLACEHOLDER, 'variable.other.placeholder.sms']],
  ['placeholder closing braces', withFrontMatter, 5, '}}', [...PLACEHOLDER, 'punctuation.definition.placeholder.end.sms']],
  ['opt-out keyword after Reply', withFrontMatter, 5, 'STOP', [...OPT_OUT, 'keyword.other.opt-out.sms']],
  ['closing fence written as ...', '---\nbrand: Contoso\n...\nHi', 2, '...', [...FRONT, 'punctuation.definition.frontmatter.end.sms']],
  ['front matter that never closes stays YAML', '---\nbrand: Contoso\nHi {{name}}', 2, 'Hi {{name}}', YAML],
  ['--- after the first line is message text', 'Hello\n---\nbrand: x', 1, '---', PLAIN],
  ['--- after the first line does not start YAML', 'Hello\n---\nbrand: x', 2, 'brand: x', PLAIN],
  ['spaces inside a placeholder', 'Hi {{ first_name }}!', 0, 'first_name', [...PLACEHOLDER, 'variable.other.placeholder.sms']],
  ['dotted placeholder name', 'Hi {{user.name}}', 0, 'user.name', [...PLACEHOLDER, 'variable.other.placeholder.sms']],
  ['unclosed {{ is invalid', 'Hi {{name and more', 0, '{{', ['text.sms', 'invalid.illegal.placeholder.sms']],
  ['placeholder with a space in its name is invalid', 'Hi {{first name}}!', 0, '{{first name}}', ['text.sms', 'invalid.illegal.placeholder.sms']],
  ['empty placeholder is invalid', 'Hi {{}}!', 0, '{{}}', ['text.sms', 'invalid.illegal.placeholder.sms']],
  ['https link without its sentence dot', 'See https://contoso.com/track?id=7.', 0, 'https://contoso.com/track?id=7', LINK],
  ['www link', 'Visit www.contoso.com now', 0, 'www.contoso.com', LINK],
  ['bare shortener host with a path', 'Go to bit.ly/3xYz, thanks', 0, 'bit.ly/3xYz', LINK],
  ['abbreviation is not a link', 'Bring ID, e.g. a passport', 0, 'Bring ID, e.g. a passport', PLAIN],
  ['lower-case keyword after reply', 'reply stop to end', 0, 'stop', [...OPT_OUT, 'keyword.other.opt-out.sms']],
  ['the reply verb is part of the opt-out phrase', 'reply stop to end', 0, 'reply ', OPT_OUT],
  ['keyword before "to unsubscribe"', 'Text us. STOP to unsubscribe', 0, 'STOP', [...OPT_OUT, 'keyword.other.opt-out.sms']],
  ['OPT OUT with a space', 'Reply OPT OUT anytime', 0, 'OPT OUT', [...OPT_OUT, 'keyword.other.opt-out.sms']],
  ['stop in ordinary prose is not a keyword', "Don't stop now", 0, "Don't stop now", PLAIN],
  ['STOP without a reply phrase is not a keyword', 'STOP by our store', 0, 'STOP by our store', PLAIN],
  ['curly apostrophe is marked', 'Don\u2019t', 0, '\u2019', ['text.sms', 'invalid.deprecated.non-gsm.sms']],
  ['em dash is marked', 'a \u2014 b', 0, '\u2014', ['text.sms', 'invalid.deprecated.non-gsm.sms']],
  ['ellipsis is marked', 'Wait\u2026', 0, '\u2026', ['text.sms', 'invalid.deprecated.non-gsm.sms']],
  ['no-break space is marked', 'a\u00a0b', 0, '\u00a0', ['text.sms', 'invalid.deprecated.non-gsm.sms']],
  ['GSM accented letters are plain text', 'Zürich é', 0, 'Zürich é', PLAIN],
  ['Liquid tag name is a keyword', 'Hi {% if express %}fast{% endif %}', 0, 'if', ['text.sms', 'meta.tag.template.sms', 'keyword.control.template.sms']],
  ['Liquid end tag with whitespace control', 'Hi {%- endif -%}', 0, '-%}', ['text.sms', 'meta.tag.template.sms', 'punctuation.definition.tag.end.sms']],
  ['Liquid output with a filter: the variable', 'Hi {{ name | default: "there" }}!', 0, 'name', [...PLACEHOLDER, 'variable.other.placeholder.sms']],
  ['Liquid output with a filter: the filter', 'Hi {{ name | default: "there" }}!', 0, '| default: "there"', [...PLACEHOLDER, 'support.function.filter.template.sms']],
  ['Liquid output with whitespace control', 'Hi {{- name -}}!', 0, 'name', [...PLACEHOLDER, 'variable.other.placeholder.sms']],
  ['Handlebars block helper name is a keyword', 'Hi {{#if gold}}Gold{{/if}}', 0, 'if', ['text.sms', 'meta.tag.template.sms', 'keyword.control.template.sms']],
  ['Handlebars else is a keyword', 'A{{else}}B', 0, 'else', ['text.sms', 'meta.tag.template.sms', 'keyword.control.template.sms']],
  ['Handlebars comment', 'Hi {{!-- note --}} there', 0, '{{!-- note --}}', ['text.sms', 'comment.block.template.sms']],
];

for (const [name, source, line, text, expected] of cases) {
  test(`grammar: ${name}`, () => {
    assert.deepEqual(scopesOf(source, line, text), expected);
  });
}

test('grammar: fences with trailing blanks still open and close the front matter', () => {
  const lines = tokenize('--- \nbrand: Contoso\n---\t\nHi');
  assert.deepEqual(lines.map((tokens) => tokens.map((t) => t.scopes.at(-1))), [
    ['punctuation.definition.frontmatter.begin.sms', 'meta.frontmatter.sms'],
    ['entity.name.tag.yaml', 'meta.embedded.block.frontmatter.sms'],
    ['punctuation.definition.frontmatter.end.sms', 'meta.frontmatter.sms'],
    ['text.sms'],
  ]);
});

test('language configuration: brackets and auto-closing pairs', () => {
  const configuration = JSON.parse(readFileSync(new URL('../../language-configuration.json', import.meta.url), 'utf8'));
  assert.deepEqual(configuration.brackets, [['{{', '}}'], ['{', '}'], ['[', ']'], ['(', ')']]);
  assert.deepEqual(configuration.autoClosingPairs.map((pair) => [pair.open, pair.close]), [['{{', '}}'], ['{', '}'], ['[', ']'], ['(', ')'], ['"', '"'], ["'", "'"]]);
  assert.equal(configuration.comments, undefined);
});

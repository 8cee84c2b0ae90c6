import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import engine from '../../dist/engine.js';

const { rules, ruleIds, ruleDocsUrl } = engine;
const root = new URL('../../', import.meta.url);
const rulesDoc = readFileSync(new URL('docs/rules.md', root), 'utf8');
const readme = readFileSync(new URL('README.md', root), 'utf8');

const registered = rules.map((rule) => rule.id);
const documented = [...rulesDoc.matchAll(/^## (\S+)\s*$/gm)].map((match) => match[1]);

/** Rows of README's rule table: [id, default severity, fixable, description]. */
function readmeRows() {
  const block = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(readme);
  assert.ok(block, 'README.md has no <!-- rules:start --> … <!-- rules:end --> block');
  return block[1]
    .split('\n')
    .slice(2)
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| ?| ?\|$/g, '')))
    .map(([id, severity, fixable, description]) => [/`([^`]+)`/.exec(id)?.[1] ?? id, severity, fixable, description]);
}

test('every registered rule has a section in docs/rules.md', () => {
  assert.deepEqual(registered.filter((id) => !documented.includes(id)), []);
});

test('docs/rules.md documents no rule that is not registered, in registry order', () => {
  assert.deepEqual(documented, registered);
});

test('core/rule-ids.ts lists the registered rules in the same order', () => {
  assert.deepEqual([...ruleIds], registered);
});

test("README's rule table matches the registry: id, default severity, fixable, description", () => {
  const expected = rules.map((rule) => [rule.id, rule.defaultSeverity, rule.fixable ? 'yes' : 'no', rule.description]);
  assert.deepEqual(readmeRows(), expected);
});

test("README's rule table links each rule to its docs section", () => {
  const block = /<!-- rules:start -->([\s\S]*?)<!-- rules:end -->/.exec(readme)[1];
  for (const id of registered) assert.ok(block.includes(`](docs/rules.md#${id})`), id);
});

test('ruleDocsUrl points at the rule’s section of docs/rules.md', () => {
  assert.deepEqual(
    registered.map((id) => ruleDocsUrl(id)),
    registered.map((id) => `https://github.com/sms-templates/vscode-sms-templates/blob/main/docs/rules.md#${id}`),
  );
});

test('every rule has a one-line description', () => {
  assert.deepEqual(rules.filter((rule) => !rule.description || rule.description.includes('\n') || rule.description.includes('|')).map((rule) => rule.id), []);
});

test('every rule’s section in docs/rules.md says which of its fixes are safe', () => {
  const docs = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
  const missing = rules.filter((rule) => {
    const section = docs.split(/^## /m).find((part) => part.startsWith(`${rule.id}\n`)) ?? '';
    const safety = /\*\*Fix safety:\*\* ([^\n]*)/.exec(section)?.[1] ?? '';
    return rule.fixable ? !/\bsafe\b|\bunsafe\b/.test(safety) : safety !== 'no fixes';
  });
  assert.deepEqual(missing.map((rule) => rule.id), []);
});

test("README's settings table lists every setting package.json contributes, in order, with its default", () => {
  const contributed = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).contributes.configuration;
  const properties = (Array.isArray(contributed) ? contributed[0] : contributed).properties;
  const shown = (value) => (value === null || value === undefined ? '—' : `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``);
  const expected = Object.entries(properties).map(([key, property]) => [`\`${key}\``, shown(property.default)]);
  const rows = [...readme.matchAll(/^\| (`sms\.[^`]+`) \| ([^|]+) \|/gm)].map((match) => [match[1], match[2].trim()]);
  assert.deepEqual(rows, expected);
});

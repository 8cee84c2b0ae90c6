// An open `.smslintrc.json` gets diagnostics at the exact key or value each problem is about (unknown
// key, wrong value, bad `sources` entry, not JSON), pulled or published, from the text being edited;
// the server keeps serving templates meanwhile.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { plainCapabilities, startServer } from './lsp-session.mjs';

const knownKeys = 'maxSegments, maxLength, sender, to, optOutText, rules, shorteners, lineBreaks, segmentation, defaultVariableLength, inlayHints, sending, registered, syntax';
const badConfig = [
  '{',
  '  "maxSegments": 0,',
  '  "colour": "red",',
  '  "rules": { "no-such-rule": "off" },',
  '  "sources": [',
  '    { "format": "properties" },',
  '    { "files": "locales/*.json", "format": "yaml" }',
  '  ]',
  '}',
  '',
].join('\n');
/** Opens a document as VS Code does a JSON file (the session's `open` says `sms`). */
function openJson(server, uri, text) {
  server.versions.set(uri, 1);
  server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'json', version: 1, text } });
}
const range = (line, start, end) => ({ start: { line, character: start }, end: { line, character: end } });
const expected = [
  { range: range(1, 17, 18), severity: 2, source: 'smslint', message: 'maxSegments: 0 is not a whole number of at least 1; using the default.' },
  { range: range(2, 2, 10), severity: 2, source: 'smslint', message: `unknown key "colour"; ignored. Known keys: ${knownKeys}.` },
  { range: range(3, 13, 27), severity: 2, source: 'smslint', message: 'rules: unknown rule "no-such-rule"; ignored.' },
  {
    range: range(5, 4, 30),
    severity: 2,
    source: 'smslint',
    message: 'sources[0].files: must be a glob or a list of globs, relative to this file (e.g. "locales/**/sms.json"); source ignored.',
  },
  { range: range(6, 43, 49), severity: 2, source: 'smslint', message: 'sources[1].format: "yaml" is not one of properties, resx, rails, i18next, fluent; source ignored.' },
];

describe('.smslintrc.json diagnostics, pulled', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.stop());

  test('each problem at its key or value, with the words smslint uses', async () => {
    const uri = 'file:///project/.smslintrc.json';
    openJson(server, uri, badConfig);
    const report = await server.diagnostics(uri);
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items, expected);
  });

  test('the text being edited counts, not the file on disk: not JSON is one error where the parser stopped', async () => {
    const uri = 'file:///project/.smslintrc.json';
    server.change(uri, [{ text: '{ "maxSegments": 3, }' }]);
    const report = await server.diagnostics(uri);
    assert.equal(report.items.length, 1);
    const [diagnostic] = report.items;
    assert.deepEqual(diagnostic.range, range(0, 20, 21));
    assert.equal(diagnostic.severity, 1);
    assert.match(diagnostic.message, /^not valid JSON \(.*line 1 column 21.*\); using the defaults\.$/);
  });

  test('a valid config has none', async () => {
    const uri = 'file:///project/.smslintrc.json';
    server.change(uri, [{ text: '{ "$schema": "x", "maxSegments": 3, "sources": [{ "files": "a/*.json", "format": "i18next" }] }' }]);
    assert.deepEqual((await server.diagnostics(uri)).items, []);
  });

  test('a file that is not an object, and hostile text, give one diagnostic each and the server keeps serving', async () => {
    const uri = 'file:///project/.smslintrc.json';
    server.change(uri, [{ text: '[1, 2]' }]);
    assert.deepEqual((await server.diagnostics(uri)).items, [
      { range: range(0, 0, 6), severity: 1, source: 'smslint', message: 'must hold one JSON object of settings; using the defaults.' },
    ]);
    server.change(uri, [{ text: '['.repeat(200000) + ']'.repeat(200000) }]);
    const deep = await server.diagnostics(uri);
    assert.equal(deep.items.length, 1);
    assert.equal(deep.items[0].message, 'must hold one JSON object of settings; using the defaults.');
    server.open('file:///project/a.sms', 'Hi. Reply STOP to opt out.\n');
    assert.deepEqual((await server.diagnostics('file:///project/a.sms')).items, []);
  });

  test('another JSON file is not a config file', async () => {
    const uri = 'file:///project/package.json';
    openJson(server, uri, '{ "maxSegments": 0 }');
    assert.deepEqual((await server.diagnostics(uri)).items, []);
  });
});

describe('.smslintrc.json diagnostics, published to a client that cannot pull', () => {
  let server;
  before(async () => {
    server = await startServer({ capabilities: plainCapabilities });
  });
  after(() => server.stop());

  test('published on open and after each change', async () => {
    const uri = 'file:///project/.smslintrc.json';
    const opened = server.next('publishDiagnostics', (params) => params.uri === uri);
    openJson(server, uri, badConfig);
    assert.deepEqual((await opened).diagnostics, expected);
    const fixed = server.next('publishDiagnostics', (params) => params.uri === uri);
    server.change(uri, [{ text: '{ "maxSegments": 3 }' }]);
    assert.deepEqual((await fixed).diagnostics, []);
  });
});

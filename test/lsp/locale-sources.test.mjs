// The language server (in-process) on locale files that a `.smslintrc.json` source names: diagnostics at
// file positions whatever the language id, hover and status bar for the message under the cursor,
// quick fixes that write the format, inlay hints, workspace diagnostics, and other files left alone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyTextEdits, editsOf, startServer, uriOf } from './in-process-session.mjs';

const config = {
  sources: [
    { files: 'res/sms*.properties', format: 'properties', rules: { 'missing-opt-out': 'off' }, variables: { code: { example: '123456', maxLength: 6 } } },
    { files: 'Resources/*.resx', format: 'resx', rules: { 'missing-opt-out': 'off' }, variables: { 0: { example: '123456', maxLength: 6 } } },
    { files: 'config/locales/*.yml', format: 'rails', rules: { 'missing-opt-out': 'off' }, variables: { name: { example: 'Ana', maxLength: 10 } } },
    { files: 'locales/*/sms.json', format: 'i18next', maxSegments: 1, rules: { 'missing-opt-out': 'off' }, variables: { count: { example: '3', maxLength: 2 } } },
    { files: 'locale/*/*.ftl', format: 'fluent', rules: { 'missing-opt-out': 'off' }, variables: { code: { example: '123456', maxLength: 6 } } },
  ],
};

// [file, language id, text, the text each finding covers]
const cases = [
  ['res/sms_es.properties', 'properties', 'otp=Tu c\\u00f3digo es {code}.\n', ['\\u00f3']],
  ['Resources/Strings.tr.resx', 'xml', '<root><data name="Otp"><value>Kod {0} &#8217;</value></data></root>', ['&#8217;']],
  ['config/locales/hi-IN.yml', 'yaml', 'hi-IN:\n  sms:\n    hello: "Hi %{name}, it\\u2019s time"\n', ['\\u2019']],
  ['locales/es/sms.json', 'json', '{ "left_one": "{{count}} intento", "left_other": "{{count}} intentos \\u2019" }\n', ['\\u2019']],
  ['locale/de/auth.ftl', 'plaintext', '-brand = Contoso\nrecovery = { -brand }-Code: { $code } – gültig\n', ['–']],
];

describe('the language server on locale files', () => {
  let folder;
  let server;
  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-locale-'));
    fs.writeFileSync(path.join(folder, '.smslintrc.json'), JSON.stringify(config));
    for (const [file, , text] of cases) {
      fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      fs.writeFileSync(path.join(folder, file), text);
    }
    fs.writeFileSync(path.join(folder, 'package.json'), '{ "name": "it’s not a source" }\n');
    server = await startServer({ workspaceFolders: [folder] });
  });
  after(async () => {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const openAs = (file, languageId, text) => {
    const uri = uriOf(path.join(folder, file));
    server.versions.set(uri, 1);
    server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  };
  const offsetAt = (text, position) => text.split('\n').slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;

  for (const [file, languageId, text, covered] of cases) {
    test(`${path.extname(file)} opened as ${languageId}: non-gsm-character findings cover ${covered.join(', ')}`, async () => {
      const uri = openAs(file, languageId, text);
      const report = await server.diagnostics(uri);
      const found = report.items.filter((d) => d.code === 'non-gsm-character').map((d) => text.slice(offsetAt(text, d.range.start), offsetAt(text, d.range.end)));
      assert.deepEqual(found, covered);
      assert.ok(report.items.every((d) => d.source === 'sms'));
    });
  }

  test('a quick fix on \\u2019 in JSON replaces the whole escape and the file stays valid JSON', async () => {
    const [file, , text] = cases[3];
    const uri = uriOf(path.join(folder, file));
    const report = await server.diagnostics(uri);
    const diagnostic = report.items.find((d) => d.code === 'non-gsm-character');
    const actions = await server.codeActions(uri, diagnostic.range, { diagnostics: [diagnostic], only: ['quickfix'] });
    const fixed = applyTextEdits(text, editsOf(actions[0], uri));
    assert.equal(fixed, text.replace('\\u2019', "'"));
    assert.equal(JSON.parse(fixed).left_other, "{{count}} intentos '");
  });

  test('hover speaks of the message under the cursor: key, locale, cost and each plural variant', async () => {
    const uri = uriOf(path.join(folder, cases[3][0]));
    const hover = await server.hover(uri, { line: 0, character: 50 });
    assert.match(hover.contents.value, /^\*\*SMS\*\* `left` · es\n/);
    assert.match(hover.contents.value, /\| other \(worst\) \| UCS-2 · 1 SMS \| UCS-2 · 1 SMS \|/);
  });

  test('the status bar answer names the message under the cursor', async () => {
    const uri = uriOf(path.join(folder, cases[0][0]));
    const reply = await server.segments(uri, { pieces: false, position: { line: 0, character: 6 } });
    assert.deepEqual([reply.key, reply.locale, reply.label], ['otp', 'es', 'otp [es] · UCS-2 · 1 SMS · 20/70']);
  });

  test('on a line that is no message the status bar says nothing; the segments view maps a message’s segments to the file', async () => {
    const text = `# Italian\notp=${'Codice ó '.repeat(9)}{code}\n`;
    const uri = openAs('res/sms_it.properties', 'properties', text);
    assert.equal(await server.segments(uri, { pieces: false, position: { line: 0, character: 3 } }), null);
    const reply = await server.segments(uri, { position: { line: 1, character: 6 } });
    assert.equal(reply.label, 'otp [it] · UCS-2 · 2 SMS · 87/134');
    // Segment 2 starts after 67 UCS-2 units: in the file, on line 1 after `otp=`.
    assert.deepEqual(
      reply.pieces.map((piece) => [piece.units, piece.start, piece.end]),
      [
        [67, { line: 1, character: 4 }, { line: 1, character: 4 + 67 }],
        [20, { line: 1, character: 4 + 67 }, { line: 1, character: text.split('\n')[1].length }],
      ],
    );
    assert.equal(reply.pieces[1].text, 'ce ó Codice ó 123456');
  });

  test('inlay hints mark where a long translation starts its second segment', async () => {
    const text = `otp=${'Código '.repeat(12)}{code}\n`;
    const uri = openAs('res/sms_pt.properties', 'properties', text);
    const hints = await server.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } });
    assert.deepEqual(hints.map((hint) => [hint.label, hint.position]), [['│2', { line: 0, character: 4 + 67 }]]);
  });

  test('a JSON file that no source names gets no diagnostics, hover or status', async () => {
    const uri = openAs('package.json', 'json', '{ "name": "it’s not a source" }\n');
    assert.deepEqual((await server.diagnostics(uri)).items, []);
    assert.equal(await server.hover(uri, { line: 0, character: 14 }), null);
    assert.equal(await server.segments(uri, { pieces: false }), null);
  });

  // (sms_pt.properties is open but was never saved: only files on disk are compared.)
  test('Compare Translations lists the key in every locale of its source, the worst first', async () => {
    // The default is longer than the Spanish, but GSM-7: more room left in its segment (114 of 160 against 50 of 70).
    fs.writeFileSync(path.join(folder, 'res/sms.properties'), 'otp=Your one-time code is {code}. Do not share it.\n');
    fs.writeFileSync(path.join(folder, 'res/sms_tr.properties'), 'otp=Kodunuz {code}. Bu kodu kimseyle paylaşmayın, güvende kalın ve iyi günler dileriz.\n');
    const uri = uriOf(path.join(folder, cases[0][0]));
    const reply = await server.connection.sendRequest('sms/compareTranslations', { uri, position: { line: 0, character: 6 } });
    assert.equal(reply.key, 'otp');
    assert.deepEqual(
      reply.rows.map((row) => [path.basename(new URL(row.uri).pathname), row.locale, row.worstCase.encoding, row.worstCase.segments, row.worstCase.units]),
      [
        ['sms_tr.properties', 'tr', 'UCS-2', 2, 82],
        ['sms_es.properties', 'es', 'UCS-2', 1, 20],
        ['sms.properties', null, 'GSM-7', 1, 46],
      ],
    );
  });

  test('workspace diagnostics include the locale files that are not open', async () => {
    const report = await server.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] });
    const files = report.items.map((item) => path.relative(folder, new URL(item.uri).pathname)).sort();
    assert.ok(files.includes(path.join('config', 'locales', 'hi-IN.yml')), files.join(', '));
    assert.ok(!files.includes('package.json'));
  });
});

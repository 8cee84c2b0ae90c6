// Locale files as SMS sources: each format's reader (keys, locales, decoded text, variants), the
// file offsets of findings (escapes, entities, continuation lines, BOM, CRLF) and the fixed files.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import engine from '../../dist/engine.js';

const { lintText, readSource, lintSourceText, fixSourceText, variantText, defaultSettings, keyMatches, localeTag, checkSources } = engine;

/** [key, locale, [[path, text]…]] per message. */
function messagesOf(format, text, filePath, siblingFiles) {
  const file = readSource(format, text, { filePath, siblingFiles });
  return file.messages.map((m) => [m.key, m.locale, m.variants.map((v) => [v.path.join(' / '), variantText(v)])]);
}

/** [rule, the file text the finding covers] per diagnostic. */
function findingsOf(format, text, filePath, templateKeys = { rules: { 'missing-opt-out': 'off', 'undeclared-variable': 'off' } }) {
  const result = lintSourceText(text, { format, templateKeys }, defaultSettings, { filePath });
  return result.diagnostics.map((d) => [d.rule, text.slice(d.start, d.end)]);
}

function fixed(format, text, filePath, templateKeys = { rules: { 'missing-opt-out': 'off' } }) {
  return fixSourceText(text, { format, templateKeys }, defaultSettings, { filePath }).text;
}

describe('properties (java.util.Properties.load)', () => {
  const file = [
    '# Verification SMS',
    '! another comment',
    'verification.sms.code=Tu c\\u00f3digo es {code}.',
    'long = first line, \\',
    '       second line',
    'spaced   value with   spaces',
    'colon: it’s {0}',
    'key\\ with\\=equals = x\\\\y\\tz\\n',
    'dup=first',
    'dup=last',
    '',
  ].join('\n');

  test('keys, separators, comments, escapes, continuation lines and duplicate keys as Java reads them', () => {
    assert.deepEqual(messagesOf('properties', file, 'src/sms_pt_BR.properties'), [
      ['verification.sms.code', 'pt-BR', [['', 'Tu código es {code}.']]],
      ['long', 'pt-BR', [['', 'first line, second line']]],
      ['spaced', 'pt-BR', [['', 'value with   spaces']]],
      ['colon', 'pt-BR', [['', 'it’s {0}']]],
      ['key with=equals', 'pt-BR', [['', 'x\\y\tz\n']]],
      ['dup', 'pt-BR', [['', 'last']]],
    ]);
  });

  test('the locale comes from the file name', () => {
    const locales = ['sms.properties', 'sms_es.properties', 'sms_pt_BR.properties', 'messages_zh_Hant_TW.properties', 'my_app_sms_de.properties'].map(
      (name) => messagesOf('properties', 'a=b', `res/${name}`)[0][1],
    );
    assert.deepEqual(locales, [null, 'es', 'pt-BR', 'zh-Hant-TW', 'de']);
  });

  test('a finding covers the escape as written: \\u00f3 six characters, \\t two; ’ one', () => {
    assert.deepEqual(findingsOf('properties', file, 'sms_es.properties'), [
      ['non-gsm-character', '\\u00f3'],
      ['non-gsm-character', '’'],
      ['non-gsm-character', '\\t'],
    ]);
  });

  test('a fix on \\u2019 replaces the whole escape; the rest of the file stays byte for byte', () => {
    const text = 'a=It\\u2019s ok\r\nb=Fine\r\n';
    assert.equal(fixed('properties', text, 'sms.properties'), "a=It's ok\r\nb=Fine\r\n");
  });

  test('non-gsm-character tells a locale message to set `unicode` on its source in .smslintrc.json, not in a front matter it does not have', () => {
    const text = 'otp=你好 {code}\nok=Code ✓ {code}\n';
    const templateKeys = { rules: { 'missing-opt-out': 'off', 'undeclared-variable': 'off' } };
    const result = lintSourceText(text, { format: 'properties', templateKeys }, defaultSettings, { filePath: 'sms.properties' });
    assert.deepEqual(
      result.diagnostics.map((d) => [d.rule, text.slice(d.start, d.end), d.message]),
      [
        [
          'non-gsm-character',
          '你好',
          'Chinese (Han) text (2 characters) forces UCS-2: still 1 segment, but a UCS-2 segment holds 70 characters instead of 160. ' +
            'GSM-7 has no look-alike for this script: if UCS-2 is intended, set `unicode: true` on this source in `.smslintrc.json`; ' +
            'otherwise write the message in GSM-7 characters. Hover a character for what it is.',
        ],
        [
          'non-gsm-character',
          '✓',
          '✓ (U+2713) forces UCS-2: still 1 segment, but a UCS-2 segment holds 70 characters instead of 160. ' +
            'It has no GSM-7 look-alike: reword, or set `unicode: true` on this source in `.smslintrc.json` if UCS-2 is intended.',
        ],
      ],
    );
  });

  test('the same character in a template and in a locale message, one after the other, is worded for each (wordings are kept per character)', () => {
    const templateKeys = { rules: { 'missing-opt-out': 'off' } };
    const advice = (message) => message.slice(message.indexOf('; or ') + 5);
    for (let round = 0; round < 2; round++) {
      const template = lintText('---\nrules: { missing-opt-out: off }\n---\nSon las 5, coraz\u00f3n, la canci\u00f3n', defaultSettings).diagnostics.filter((d) => d.rule === 'non-gsm-character');
      const source = lintSourceText('a=Son las 5, coraz\u00f3n, la canci\u00f3n\n', { format: 'properties', templateKeys }, defaultSettings, { filePath: 'sms.properties' }).diagnostics;
      assert.deepEqual(template.map((d) => advice(d.message)), ['set `unicode: true` in the front matter if UCS-2 is intended.', 'set `unicode: true` in the front matter if UCS-2 is intended.']);
      assert.deepEqual(source.map((d) => advice(d.message)), ['set `unicode: true` on this source in `.smslintrc.json` if UCS-2 is intended.', 'set `unicode: true` on this source in `.smslintrc.json` if UCS-2 is intended.']);
      assert.deepEqual(source.map((d) => d.fix.title), ['ó → o [unsafe: changes spelling] — saves nothing yet: 1 other character still forces UCS-2', 'ó → o [unsafe: changes spelling] — saves nothing yet: 1 other character still forces UCS-2']);
    }
  });

  test('missing-opt-out tells a locale message to turn it off on its source in .smslintrc.json, not in a front matter', () => {
    const text = 'promo=Sale today only {code}\n';
    const templateKeys = { rules: { 'undeclared-variable': 'off' } };
    const result = lintSourceText(text, { format: 'properties', templateKeys }, defaultSettings, { filePath: 'sms.properties' });
    const optOut = result.diagnostics.filter((d) => d.rule === 'missing-opt-out');
    assert.equal(optOut.length, 1);
    assert.equal(
      optOut[0].message,
      'No opt-out instruction: carriers filter messages that do not tell recipients how to stop them. Add one, e.g. “Reply STOP to opt out.” ' +
        'For one-time codes the recipient asked for, turn the rule off on this source in `.smslintrc.json` (`rules: { missing-opt-out: off }`).',
    );
  });

  test('empty-message tells a locale message to write its text, not to write below a front matter', () => {
    const text = 'empty = { "" }\n';
    const result = lintSourceText(text, { format: 'fluent', templateKeys: {} }, defaultSettings, { filePath: 'locale/en/sms.ftl' });
    assert.deepEqual(
      result.diagnostics.filter((d) => d.rule === 'empty-message').map((d) => d.message),
      ['Nothing to send: the message body is empty. Write the text of the message.'],
    );
  });

  test('continuation lines with CRLF and a BOM keep exact offsets', () => {
    const text = '\uFEFFa=one \\\r\n    tw\u2019o\r\n';
    assert.deepEqual(findingsOf('properties', text, 'sms.properties'), [['non-gsm-character', '\u2019']]);
    const [message] = readSource('properties', text, { filePath: 'sms.properties' }).messages;
    assert.deepEqual([message.keyStart, message.keyEnd, message.valueStart, message.valueEnd], [1, 2, 3, 18]);
  });

  test('a malformed \\u escape is invalid-template at the escape, and the file is still read', () => {
    const text = 'a=bad \\u00g1 escape\nb=ok\n';
    const result = lintSourceText(text, { format: 'properties', templateKeys: {} }, defaultSettings, { filePath: 'sms.properties' });
    assert.deepEqual(result.problems.map((p) => [p.rule, p.severity, text.slice(p.start, p.end)]), [['invalid-template', 'error', '\\u00']]);
    assert.equal(result.messages.length, 2);
  });
});

describe('resx (.NET XML)', () => {
  const file = [
    '\uFEFF<?xml version="1.0" encoding="utf-8"?>',
    '<root>',
    '  <data name="SmsCode" xml:space="preserve">',
    '    <value>Code {0} &amp; it&#8217;s {{literal}} &lt;b&gt;</value>',
    '    <comment>one segment</comment>',
    '  </data>',
    '  <data name="Logo" type="System.Drawing.Bitmap, System.Drawing" mimetype="application/x-microsoft.net.object.bytearray.base64"><value>AAAA</value></data>',
    '  <data name="Blank"><value>   </value></data>',
    '  <data name="Cdata"><value><![CDATA[a < b]]></value></data>',
    '</root>',
    '',
  ].join('\r\n');

  test('string data only, entities and character references decoded, {{ }} literal braces, CR LF read as LF', () => {
    assert.deepEqual(messagesOf('resx', file, 'Resources/Strings.pt-BR.resx'), [
      ['SmsCode', 'pt-BR', [['', 'Code {0} & it’s {literal} <b>']]],
      ['Blank', 'pt-BR', [['', '']]],
      ['Cdata', 'pt-BR', [['', 'a < b']]],
    ]);
    assert.equal(messagesOf('resx', file, 'Strings.resx')[0][1], null);
  });

  test('a finding on &#8217; covers the character reference; its fix writes the character', () => {
    assert.deepEqual(findingsOf('resx', file, 'Strings.resx').filter(([rule]) => rule === 'non-gsm-character'), [['non-gsm-character', '&#8217;']]);
    assert.equal(fixed('resx', file, 'Strings.resx'), file.replace('&#8217;', "'"));
  });

  test('the key range is the name attribute', () => {
    const [message] = readSource('resx', file, { filePath: 'Strings.resx' }).messages;
    assert.equal(file.slice(message.keyStart, message.keyEnd), 'SmsCode');
  });

  test('XML that is not well-formed is invalid-template, never a crash', () => {
    const text = '<root><data name="a"><value>x</valu></data></root>';
    const result = lintSourceText(text, { format: 'resx', templateKeys: {} }, defaultSettings, { filePath: 'S.resx' });
    assert.equal(result.problems.length, 1);
    assert.equal(result.problems[0].rule, 'invalid-template');
    assert.match(result.problems[0].message, /^Not well-formed XML: /);
  });
});

describe('rails (YAML)', () => {
  const file = [
    'hi-IN:',
    '  notifications:',
    '    sms:',
    '      reminder: "Hi %{patient_name}, it\\u2019s at %{time}"',
    '      plain: it’s %<count>d left',
    "      quoted: 'it''s',",
    '      folded: first',
    '        second',
    '      block: |',
    '        Line one’',
    '        Line two',
    '      literal_percent: 100%% sure',
    '',
  ].join('\n');

  test('the top key is the locale and not part of the key; quotes, escapes, folding and block scalars decoded', () => {
    assert.deepEqual(messagesOf('rails', file, 'config/locales/hi-IN.yml'), [
      ['notifications.sms.reminder', 'hi-IN', [['', 'Hi {patient_name}, it’s at {time}']]],
      ['notifications.sms.plain', 'hi-IN', [['', 'it’s {count} left']]],
      ['notifications.sms.quoted', 'hi-IN', [['', "it's"]]],
      ['notifications.sms.folded', 'hi-IN', [['', 'first second']]],
      ['notifications.sms.block', 'hi-IN', [['', 'Line one’\nLine two\n']]],
      ['notifications.sms.literal_percent', 'hi-IN', [['', '100% sure']]],
    ]);
  });

  test('findings at file positions: the \\u2019 escape whole, the plain and block ’', () => {
    assert.deepEqual(findingsOf('rails', file, 'hi-IN.yml').filter(([rule]) => rule === 'non-gsm-character'), [
      ['non-gsm-character', '\\u2019'],
      ['non-gsm-character', '’'],
      ['non-gsm-character', '’'],
    ]);
  });

  test('--fix writes YAML that reads back as the fixed text', () => {
    const after = fixed('rails', file, 'hi-IN.yml');
    const sms = parseDocument(after).toJS()['hi-IN'].notifications.sms;
    assert.equal(sms.reminder, "Hi %{patient_name}, it's at %{time}");
    assert.equal(sms.plain, "it's %<count>d left");
    assert.equal(sms.block, "Line one'\nLine two\n");
    assert.equal(after.split('\n').length, file.split('\n').length);
  });
});

describe('i18next (JSON)', () => {
  const file = '{\n  "sms": {\n    "code": "C\\u00f3digo {{code}} para {{- name}} ({{count, number}})",\n    "left_one": "{{count}} intento",\n    "left_other": "{{count}} intentos \\u2019"\n  }\n}\n';

  test('nested keys dotted, placeholder forms, _one/_other as variants of one message, locale from the folder', () => {
    assert.deepEqual(messagesOf('i18next', file, 'public/locales/es/sms.json'), [
      ['sms.code', 'es', [['', 'Código {code} para {name} ({count})']]],
      ['sms.left', 'es', [['one', '{count} intento'], ['other', '{count} intentos ’']]],
    ]);
    assert.equal(messagesOf('i18next', file, 'locales/pt-BR/sms.json')[0][1], 'pt-BR');
    assert.equal(messagesOf('i18next', file, 'locales/sms.json')[0][1], null);
  });

  test('a finding on \\u00f3 covers the six characters', () => {
    assert.deepEqual(findingsOf('i18next', file, 'locales/es/sms.json').filter(([rule]) => rule === 'non-gsm-character'), [
      ['non-gsm-character', '\\u00f3'],
      ['non-gsm-character', '\\u2019'],
    ]);
  });

  test('a fix on \\u2019 replaces the whole escape and the file stays valid JSON', () => {
    const after = fixed('i18next', file, 'locales/es/sms.json');
    assert.equal(after, file.replace('\\u2019', "'"));
    assert.equal(JSON.parse(after).sms.left_other, "{{count}} intentos '");
  });

  test('the worst variant is the message worst case; a finding only one variant has names it', () => {
    const text = '{ "left_one": "1 left", "left_other": "{{count}} left, it’s the last chance to keep your account" }';
    const result = lintSourceText(text, { format: 'i18next', templateKeys: { rules: { 'missing-opt-out': 'off' }, variables: { count: { maxLength: 3 } } } }, defaultSettings, { filePath: 'locales/en/sms.json' });
    const [message] = result.messages;
    assert.deepEqual(message.worst.path, ['other']);
    assert.deepEqual([message.worst.analysis.worstCount.encoding, message.worst.analysis.worstCount.units], ['UCS-2', 51]);
    assert.match(message.diagnostics.find((d) => d.rule === 'non-gsm-character').message, /\(variant other\)$/);
  });

  test('the worst variant is the one with the least room left, across encodings: a UCS-2 18/70 before a GSM-7 36/160', () => {
    const text = '{ "left_one": "Te queda 1 código.", "left_other": "Te quedan {{count}} codigos para usar hoy." }';
    const result = lintSourceText(text, { format: 'i18next', templateKeys: { rules: { 'missing-opt-out': 'off' }, variables: { count: { example: '5', maxLength: 3 } } } }, defaultSettings, { filePath: 'locales/es/sms.json' });
    const [message] = result.messages;
    assert.deepEqual(
      message.variants.map((variant) => [variant.path.join(), variant.worstCount.encoding, variant.worstCount.units, variant.worstCount.remaining]),
      [
        ['one', 'UCS-2', 18, 52],
        ['other', 'GSM-7', 36, 124],
      ],
    );
    assert.deepEqual(message.worst.path, ['one']);
  });

  test('broken JSON is invalid-template; the readable messages are still linted', () => {
    const text = '{ "a": "ok’", "b": }';
    const result = lintSourceText(text, { format: 'i18next', templateKeys: {} }, defaultSettings, { filePath: 'locales/en/sms.json' });
    assert.deepEqual(result.problems.map((p) => p.rule), ['invalid-template']);
    assert.deepEqual(result.messages.map((m) => m.message.key), ['a']);
  });
});

describe('fluent (.ftl)', () => {
  test('a fix is written as Fluent text: braces as string literals, a line break not at all', () => {
    assert.equal(engine.encodeFluentText('Code: 1234'), 'Code: 1234');
    assert.equal(engine.encodeFluentText('a {b} c'), 'a {"{"}b{"}"} c');
    assert.equal(engine.encodeFluentText('two\nlines'), undefined);
    assert.equal(engine.encodeFluentText('cr\r'), undefined);
  });

  const file = [
    '-brand = Contoso',
    '# Limited to one segment.',
    'recovery = Your { -brand } code is { $code }. { $n ->',
    '    [one] One try left',
    '   *[other] { $n } tries left’',
    '  }',
    '    .short = { -app }: { $code }',
    'broken = {',
    '',
  ].join('\r\n');

  test('messages and attributes, select variants with the default marked, terms from this file and from siblings', () => {
    const siblings = () => [{ path: 'locale/de/brand.ftl', text: '-app = Contoso App\n' }];
    assert.deepEqual(messagesOf('fluent', file, 'locale/de/auth.ftl', siblings), [
      ['recovery', 'de', [['$n: one', 'Your Contoso code is {code}. One try left'], ['$n: *other', 'Your Contoso code is {code}. {n} tries left’']]],
      ['recovery.short', 'de', [['', 'Contoso App: {code}']]],
    ]);
  });

  test('a finding in a select branch is at the branch; a term no file defines is reported', () => {
    const result = lintSourceText(file, { format: 'fluent', templateKeys: { rules: { 'missing-opt-out': 'off', 'undeclared-variable': 'off' } } }, defaultSettings, { filePath: 'locale/de/auth.ftl' });
    assert.deepEqual(result.diagnostics.map((d) => [d.rule, file.slice(d.start, d.end)]), [
      ['non-gsm-character', '’'],
      ['invalid-template', '{ -app }'],
      ['invalid-template', 'broken = {'],
    ]);
  });

  test('the fix writes the replacement in the branch, CRLF kept', () => {
    assert.equal(fixed('fluent', file, 'locale/de/auth.ftl'), file.replace('left’', "left'"));
  });
});

describe('sources configuration', () => {
  test('key globs: * one segment (or part of one), ** any number', () => {
    const cases = [
      ['verification.sms.code', 'verification.sms.**', true],
      ['verification.sms', 'verification.sms.**', true],
      ['verification.email.code', 'verification.sms.**', false],
      ['a.b.c', 'a.*', false],
      ['a.b', 'a.*', true],
      ['sms_code', 'sms_*', true],
      ['x.sms.y', '**.sms.*', true],
    ];
    assert.deepEqual(cases.map(([key, glob]) => keyMatches(key, glob)), cases.map(([, , expected]) => expected));
  });

  test('locale tags are canonical BCP 47', () => {
    assert.deepEqual(['pt_br', 'es', 'zh_hant_tw', 'es-419', 'english', 'sms'].map(localeTag), ['pt-BR', 'es', 'zh-Hant-TW', 'es-419', undefined, 'sms']);
  });

  test('a bad source is a clear problem and left out; the good ones are kept with their template keys', () => {
    const { sources, problems } = checkSources([
      { files: 'locales/*/sms.json', format: 'i18next', keys: 'sms.**', maxSegments: 1, variables: { code: { example: '123456', maxLength: 6 } } },
      { files: 'x.po', format: 'gettext' },
      { format: 'rails' },
      { files: ['a.properties'], format: 'properties', maxSegments: 0, colour: 'red' },
      'nope',
    ]);
    assert.deepEqual(
      sources.map((s) => [s.index, s.format, s.files, s.keys, s.templateKeys]),
      [
        [0, 'i18next', ['locales/*/sms.json'], ['sms.**'], { maxSegments: 1, variables: { code: { example: '123456', maxLength: 6 } } }],
        [3, 'properties', ['a.properties'], undefined, {}],
      ],
    );
    assert.deepEqual(problems, [
      'sources[1].format: "gettext" is not one of properties, resx, rails, i18next, fluent; source ignored.',
      'sources[2].files: must be a glob or a list of globs, relative to this file (e.g. "locales/**/sms.json"); source ignored.',
      'sources[3].maxSegments: `maxSegments` must be a whole number of at least 1; ignored.',
      'sources[3]: unknown key "colour"; ignored. A source takes files, format, keys and the template keys sender, from, to, brand, maxSegments, unicode, registered, variables, rules, sending.',
      'sources[4]: must be an object with "files" and "format"; ignored.',
    ]);
    assert.deepEqual(checkSources({ files: 'a' }).problems, ['sources: must be a list of { "files", "format", … } objects; ignored.']);
  });

  test('a lint keeps each variant\'s costs; its analysis and file offsets are made again on demand, the same as when linted', () => {
    const json = JSON.stringify({ k_one: 'Ein Versuch \u00fcbrig f\u00fcr {{code}}', k_other: '{{count}} Versuche \u00fcbrig' });
    const templateKeys = { variables: { code: { example: '4938', maxLength: 8 }, count: { example: '3', maxLength: 2 } }, rules: { 'missing-opt-out': 'off' } };
    const result = lintSourceText(json, { format: 'i18next', templateKeys }, defaultSettings, { filePath: 'locales/de/sms.json' });
    const [message] = result.messages;
    assert.deepEqual(message.variants.map((v) => v.path), [['one'], ['other']]);
    for (const variant of message.variants) {
      assert.deepEqual(variant.analysis.count, variant.count);
      assert.deepEqual(variant.analysis.worstCount, variant.worstCount);
      assert.equal(variant.analysis, variant.analysis, 'made once');
    }
    assert.equal(message.variants[0].analysis.message.text, 'Ein Versuch übrig für 4938');
    // The placeholder `{{code}}` starts in the template after the header; fileOffsetOf maps it into the file.
    const one = message.variants[0];
    const placeholder = one.analysis.template.placeholders[0];
    assert.equal(json.slice(one.fileOffsetOf(placeholder.start), one.fileOffsetOf(placeholder.start) + 8), '{{code}}');
  });

  test('per-source template keys apply to every message: maxSegments and variables', () => {
    const text = 'a=Your code is {0}.\n';
    const result = lintSourceText(text, { format: 'properties', templateKeys: { maxSegments: 1, variables: { 0: { example: '493817', maxLength: 6 } }, rules: { 'missing-opt-out': 'off' } } }, defaultSettings, { filePath: 'sms.properties' });
    assert.deepEqual(result.diagnostics, []);
    assert.equal(result.messages[0].worst.analysis.message.text, 'Your code is 493817.');
  });
});

describe('the example sources', () => {
  test('examples/locales/.smslintrc.json is valid for the schema and for checkSources', async () => {
    const fs = await import('node:fs');
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const Ajv = require('ajv');
    const root = new URL('../../', import.meta.url);
    const schema = JSON.parse(fs.readFileSync(new URL('schemas/smslintrc.schema.json', root), 'utf8'));
    const config = JSON.parse(fs.readFileSync(new URL('examples/locales/.smslintrc.json', root), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    assert.equal(validate(config), true, JSON.stringify(validate.errors));
    assert.deepEqual(checkSources(config.sources).problems, []);
    assert.equal(validate({ sources: [{ files: 'a.po', format: 'gettext' }] }), false);
    assert.equal(validate({ sources: [{ files: 'a.json', format: 'i18next', colour: 'red' }] }), false);
  });
});

// Samples from each format's own documentation, read as their tools read them.
describe("the formats' documentation samples", () => {
  test('java.util.Properties javadoc: three ways to write Truth = Beauty, a continued fruits list, an empty cheeses', () => {
    const javadoc = 'Truth = Beauty\n Truth:Beauty\nTruth                    :Beauty\nfruits                           apple, banana, pear, \\\n                                 cantaloupe, watermelon, \\\n                                 kiwi, mango\ncheeses\n';
    const file = readSource('properties', javadoc, { filePath: 'a.properties' });
    assert.deepEqual(
      file.messages.map((m) => [m.key, variantText(m.variants[0])]),
      [
        ['Truth', 'Beauty'],
        ['fruits', 'apple, banana, pear, cantaloupe, watermelon, kiwi, mango'],
        ['cheeses', ''],
      ],
    );
  });

  test('the .resx header of .NET: resheader, schema and typed data are not messages', () => {
    const resx = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<root>',
      '  <xsd:schema id="root" xmlns="" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:msdata="urn:schemas-microsoft-com:xml-msdata">',
      '    <xsd:element name="root" msdata:IsDataSet="true"><xsd:complexType><xsd:choice maxOccurs="unbounded"><xsd:element name="data"><xsd:complexType><xsd:sequence><xsd:element name="value" type="xsd:string" minOccurs="0" msdata:Ordinal="1" /></xsd:sequence></xsd:complexType></xsd:element></xsd:choice></xsd:complexType></xsd:element>',
      '  </xsd:schema>',
      '  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>',
      '  <data name="Name1"><value>this is my long string</value><comment>this is a comment</comment></data>',
      '  <data name="Color1" type="System.Drawing.Color, System.Drawing">Blue</data>',
      '  <data name="Bitmap1" mimetype="application/x-microsoft.net.object.binary.base64"><value>[base64 mime encoded serialized .NET Framework object]</value></data>',
      '</root>',
    ].join('\n');
    assert.deepEqual(messagesOf('resx', resx, 'Resources.resx'), [['Name1', null, [['', 'this is my long string']]]]);
  });

  test('the Rails i18n guide: nested keys under the locale, %{name} and %{count}', () => {
    const yaml = 'en:\n  hello: "Hello world"\n  messages:\n    greet: "Hello, %{name}!"\n  activerecord:\n    errors:\n      messages:\n        too_short: "is too short (minimum is %{count} characters)"\n';
    assert.deepEqual(messagesOf('rails', yaml, 'config/locales/en.yml'), [
      ['hello', 'en', [['', 'Hello world']]],
      ['messages.greet', 'en', [['', 'Hello, {name}!']]],
      ['activerecord.errors.messages.too_short', 'en', [['', 'is too short (minimum is {count} characters)']]],
    ]);
  });

  test("i18next's documentation: nesting, plurals, escaped and unescaped interpolation, formatting", () => {
    const json = JSON.stringify({ key: 'value of key', look: { deep: 'value of look deep' }, keyWithCount_one: '{{count}} item', keyWithCount_other: '{{count}} items', keyUnescaped: 'dangerous {{- myVar}}', intlNumber: 'Some {{val, number}}' }, null, 2);
    assert.deepEqual(messagesOf('i18next', json, 'locales/en/translation.json'), [
      ['key', 'en', [['', 'value of key']]],
      ['look.deep', 'en', [['', 'value of look deep']]],
      ['keyWithCount', 'en', [['one', '{count} item'], ['other', '{count} items']]],
      ['keyUnescaped', 'en', [['', 'dangerous {myVar}']]],
      ['intlNumber', 'en', [['', 'Some {val}']]],
    ]);
  });

  test("Fluent's syntax guide: terms, a select over $unreadEmails, attributes", () => {
    const ftl = '-brand-name = Firefox\ninstalling = Installing { -brand-name }.\nemails =\n    { $unreadEmails ->\n        [one] You have one unread email.\n       *[other] You have { $unreadEmails } unread emails.\n    }\nlogin-input = Predefined value\n    .placeholder = email@example.com\n    .aria-label = Login input value\n';
    assert.deepEqual(messagesOf('fluent', ftl, 'locales/en-US/main.ftl'), [
      ['installing', 'en-US', [['', 'Installing Firefox.']]],
      ['emails', 'en-US', [['$unreadEmails: one', 'You have one unread email.'], ['$unreadEmails: *other', 'You have {unreadEmails} unread emails.']]],
      ['login-input', 'en-US', [['', 'Predefined value']]],
      ['login-input.placeholder', 'en-US', [['', 'email@example.com']]],
      ['login-input.aria-label', 'en-US', [['', 'Login input value']]],
    ]);
  });
});

describe('the sources schema', () => {
  test('a source takes files, format, keys and exactly the template keys of the front matter but syntax (its format decides)', async () => {
    const fs = await import('node:fs');
    const schema = JSON.parse(fs.readFileSync(new URL('../../schemas/smslintrc.schema.json', import.meta.url), 'utf8'));
    assert.deepEqual(Object.keys(schema.properties.sources.items.properties).sort(), ['files', 'format', 'keys', ...engine.frontMatterKeyNames.filter((key) => key !== 'syntax')].sort());
  });
});

// smslint as a user runs it: spawned `node dist/cli.js`, its output and its exit codes.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import core from '../../dist/core.js';
import engine from '../../dist/engine.js';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cliPath = path.join(root, 'dist/cli.js');
const fixtures = 'test/fixtures/cli';
const templates = `${fixtures}/templates`;

/** Runs smslint synchronously; `cwd` defaults to the repository root so paths stay short. */
function smslint(args, { cwd = root, input } = {}) {
  const result = spawnSync(process.execPath, [cliPath, ...args], { cwd, input: input ?? '', encoding: 'utf8', timeout: 30_000 });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(args, options) {
  const run = smslint(['--format', 'json', ...args], options);
  return { ...run, reports: JSON.parse(run.stdout) };
}

/** A report without the wording of messages and fix titles, which belong to the rules. */
function shape(report) {
  return {
    file: report.file,
    encoding: report.encoding,
    units: report.units,
    segments: report.segments,
    characters: report.characters,
    worstCase: report.worstCase,
    diagnostics: report.diagnostics.map((d) => {
      const r = d.range;
      const row = { rule: d.rule, severity: d.severity, range: [r.start.line, r.start.character, r.end.line, r.end.character] };
      if (d.fix) row.fix = d.fix.edits.map((e) => [e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character, e.newText]);
      return row;
    }),
  };
}

// Expected values worked out by hand from the fixture texts (SPEC §2): "Reply STOP to opt out." is
// 22 characters; a GSM-7 segment holds 160 septets alone, 153 once concatenated.
const expected = {
  'curly.sms': {
    file: `${templates}/curly.sms`,
    encoding: 'UCS-2', units: 57, segments: 1, characters: 57,
    worstCase: { encoding: 'UCS-2', units: 57, segments: 1 },
    diagnostics: [{ rule: 'non-gsm-character', severity: 'warning', range: [0, 11, 0, 12], fix: [[0, 11, 0, 12, "'"]] }],
  },
  'overflow.sms': {
    file: `${templates}/overflow.sms`,
    encoding: 'GSM-7', units: 169, segments: 2, characters: 169,
    worstCase: { encoding: 'GSM-7', units: 169, segments: 2 },
    // maxSegments: 1 in the front matter; the body is line 3 and segment 2 starts at septet 153.
    diagnostics: [{ rule: 'segment-overflow', severity: 'warning', range: [3, 153, 3, 169] }],
  },
  'plain.sms': {
    file: `${templates}/plain.sms`,
    encoding: 'GSM-7', units: 51, segments: 1, characters: 51,
    worstCase: { encoding: 'GSM-7', units: 51, segments: 1 },
    diagnostics: [],
  },
  'variables.sms': {
    file: `${templates}/variables.sms`,
    // "Ana" as sent (51 septets); its maxLength of 20 in the worst case (51 - 3 + 20 = 68).
    encoding: 'GSM-7', units: 51, segments: 1, characters: 51,
    worstCase: { encoding: 'GSM-7', units: 68, segments: 1 },
    diagnostics: [],
  },
  'empty.sms': {
    file: `${fixtures}/errors/empty.sms`,
    encoding: 'GSM-7', units: 0, segments: 0, characters: 0,
    worstCase: { encoding: 'GSM-7', units: 0, segments: 0 },
    diagnostics: [{ rule: 'empty-message', severity: 'error', range: [3, 0, 3, 0] }],
  },
};

const temporaryFolders = [];
function temporaryFolder(files) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'smslint-test-'));
  temporaryFolders.push(folder);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    fs.writeFileSync(path.join(folder, name), content);
  }
  return folder;
}
after(() => {
  for (const folder of temporaryFolders) fs.rmSync(folder, { recursive: true, force: true });
});

describe('json report', () => {
  for (const [name, want] of Object.entries(expected)) {
    test(`${name}: encoding, units, segments, characters, worst case and diagnostics`, () => {
      const { reports } = json([want.file]);
      assert.equal(reports.length, 1);
      assert.deepEqual(shape(reports[0]), want);
    });
  }

  test('a fix is present only on diagnostics that have one', () => {
    const { reports } = json([`${templates}/overflow.sms`, `${templates}/curly.sms`]);
    const withFix = reports.flatMap((r) => r.diagnostics).map((d) => [d.rule, 'fix' in d]);
    assert.deepEqual(withFix, [['segment-overflow', false], ['non-gsm-character', true]]);
  });

  test('lintTemplate from dist/core.js returns the object the CLI prints', () => {
    const config = JSON.parse(fs.readFileSync(path.join(root, fixtures, '.smslintrc.json'), 'utf8'));
    delete config.$schema;
    for (const want of Object.values(expected)) {
      const source = fs.readFileSync(path.join(root, want.file), 'utf8');
      const { reports } = json([want.file]);
      assert.deepEqual(core.lintTemplate(source, { ...config, file: want.file }), reports[0], want.file);
    }
  });
});

describe('exit codes', () => {
  const cases = [
    ['0 when only warnings', [`${templates}/curly.sms`], 0],
    ['0 when clean', [`${templates}/plain.sms`], 0],
    ['1 when there is an error', [`${fixtures}/errors/empty.sms`], 1],
    ['2 for an unknown option', ['--colour', `${templates}/plain.sms`], 2],
    ['2 for an unknown format', ['--format', 'xml', `${templates}/plain.sms`], 2],
    ['2 with no input', [], 2],
    ['2 for a missing path, even beside a clean file', [`${templates}/plain.sms`, 'no/such/template.sms'], 2],
    ['2 for a glob that matches nothing', [`${fixtures}/**/*.nothing`], 2],
    ['2 for --max-warnings that is not a number', ['--max-warnings', 'many', `${templates}/plain.sms`], 2],
  ];
  for (const [name, args, code] of cases) {
    test(name, () => assert.equal(smslint(args).code, code));
  }

  test('a missing path is named on standard error', () => {
    const run = smslint(['no/such/template.sms']);
    assert.equal(run.stderr, 'smslint: cannot read no/such/template.sms: no such file or folder (ENOENT)\n');
  });
});

describe('--max-warnings', () => {
  const cases = [
    // curly.sms and overflow.sms have one warning each.
    ['0 with two warnings exits 1', '0', 1],
    ['1 with two warnings exits 1', '1', 1],
    ['2 with two warnings exits 0', '2', 0],
  ];
  for (const [name, limit, code] of cases) {
    test(name, () => {
      assert.equal(smslint(['--max-warnings', limit, `${templates}/curly.sms`, `${templates}/overflow.sms`]).code, code);
    });
  }

  test('says why it failed', () => {
    const run = smslint(['--max-warnings', '1', `${templates}/curly.sms`, `${templates}/overflow.sms`]);
    assert.match(run.stderr, /too many warnings: 2, more than --max-warnings 1/);
  });
});

describe('inputs', () => {
  test('standard input: "-" reads one message and reports it as "-"', () => {
    const { reports, code } = json(['-'], { input: 'Your code is 1234. Reply STOP to opt out.' });
    assert.equal(code, 0);
    assert.deepEqual(shape(reports[0]), {
      file: '-',
      encoding: 'GSM-7', units: 41, segments: 1, characters: 41,
      worstCase: { encoding: 'GSM-7', units: 41, segments: 1 },
      diagnostics: [],
    });
  });

  test('standard input: --stdin reports an emoji as 2 UCS-2 units', () => {
    const { reports } = json(['--stdin'], { input: 'Done 👍 Reply STOP to opt out.' });
    assert.deepEqual([reports[0].encoding, reports[0].units, reports[0].characters], ['UCS-2', 30, 29]);
  });

  test('a folder is searched recursively for *.sms, skipping node_modules and other files', () => {
    const folder = temporaryFolder({
      'a.sms': 'A. Reply STOP to opt out.\n',
      'deep/er/b.sms': 'B. Reply STOP to opt out.\n',
      'node_modules/pkg/c.sms': 'C. Reply STOP to opt out.\n',
      'notes.txt': 'not a template\n',
    });
    const { reports } = json(['.'], { cwd: folder });
    assert.deepEqual(reports.map((r) => r.file), ['a.sms', path.join('deep', 'er', 'b.sms')]);
  });

  test('a glob lists the files it matches, sorted', () => {
    const { reports } = json([`${templates}/*.sms`]);
    assert.deepEqual(reports.map((r) => r.file), ['curly', 'overflow', 'plain', 'variables'].map((n) => `${templates}/${n}.sms`));
  });

  test('a file named twice (directly and through its folder) is linted once', () => {
    const { reports } = json([`${templates}/plain.sms`, templates]);
    assert.deepEqual(reports.map((r) => r.file), ['plain', 'curly', 'overflow', 'variables'].map((n) => `${templates}/${n}.sms`));
  });

  test('a byte order mark is not part of the message', () => {
    const folder = temporaryFolder({ 'bom.sms': '\uFEFFHi. Reply STOP to opt out.\n' });
    const { reports } = json(['bom.sms'], { cwd: folder });
    assert.deepEqual([reports[0].encoding, reports[0].units, reports[0].diagnostics], ['GSM-7', 26, []]);
  });
});

describe('stylish output', () => {
  test('file header with its cost, aligned problem rows, summary', () => {
    const run = smslint([`${templates}/curly.sms`, `${templates}/overflow.sms`]);
    const lines = run.stdout.split('\n');
    const curly = json([`${templates}/curly.sms`]).reports[0].diagnostics[0].message;
    const overflow = json([`${templates}/overflow.sms`]).reports[0].diagnostics[0].message;
    assert.deepEqual(lines, [
      `${templates}/curly.sms  UCS-2 · 1 SMS · 57/70`,
      `  1:12  warning  ${curly}  non-gsm-character`,
      '',
      `${templates}/overflow.sms  GSM-7 · 2 SMS · 169/306`,
      `  4:154  warning  ${overflow}  segment-overflow`,
      '',
      '✖ 2 problems (0 errors, 2 warnings) in 2 files',
      '  1 problem potentially fixable with the `--fix` option.',
      '',
    ]);
  });

  test('columns line up within a file', () => {
    const folder = temporaryFolder({ 'two.sms': 'It’s “done”. Reply STOP to opt out.\n' });
    const lines = smslint(['two.sms'], { cwd: folder }).stdout.split('\n').filter((l) => l.startsWith('  1:'));
    assert.equal(lines.length, 3);
    const ruleColumns = lines.map((l) => l.lastIndexOf('  non-gsm-character'));
    assert.deepEqual(new Set(ruleColumns).size, 1, lines.join('\n'));
  });

  test('a clean run says so', () => {
    assert.equal(smslint([`${templates}/plain.sms`]).stdout, `${templates}/plain.sms  GSM-7 · 1 SMS · 51/160\n\n✔ 1 file checked, no problems\n`);
  });

  // The header is the status bar's label: a range of SMS when the worst case takes more segments.
  const headers = [
    ['a worst case with more segments shows a range', '---\nvariables:\n  city: { example: "Rome", maxLength: 150 }\n---\nSee you in {{city}}. Reply STOP to opt out.\n',
      'w.sms  GSM-7 · 1–2 SMS · 39/160'],
    ['a worst case in UCS-2 within the same segments shows one count', '---\nvariables:\n  city: { example: "Rome", maxLength: 10, unicode: true }\n---\nSee you in {{city}}. Reply STOP to opt out.\n',
      'w.sms  GSM-7 · 1 SMS · 39/160'],
    ['a concatenated UCS-2 message shows 67 units per segment', `${'ж'.repeat(80)} Reply STOP to opt out.\n`, 'w.sms  UCS-2 · 2 SMS · 103/134'],
  ];
  for (const [name, text, expected] of headers) {
    test(`file header: ${name}`, () => {
      const folder = temporaryFolder({ 'w.sms': text });
      assert.equal(smslint(['w.sms'], { cwd: folder }).stdout.split('\n')[0], expected);
    });
  }
});

describe('--format sarif', () => {
  let sarif;
  let validate;
  before(() => {
    const run = smslint(['--format', 'sarif', templates, `${fixtures}/errors`]);
    assert.equal(run.code, 1);
    sarif = JSON.parse(run.stdout);
    // The SARIF 2.1.0 schema as published for tools (rtm.5, JSON schema draft-04).
    const Ajv = require('ajv-draft-04');
    const addFormats = require('ajv-formats');
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validate = ajv.compile(require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
  });

  test('validates against the SARIF 2.1.0 schema', () => {
    assert.equal(validate(sarif), true, JSON.stringify(validate.errors, null, 2));
  });

  test('the schema check rejects a log without a version (the validator is live)', () => {
    const broken = structuredClone(sarif);
    delete broken.version;
    assert.equal(validate(broken), false);
  });

  test('driver: name, version, informationUri, every registered rule with its docs link and level', () => {
    const driver = sarif.runs[0].tool.driver;
    assert.equal(driver.name, 'smslint');
    assert.equal(driver.version, JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version);
    assert.equal(driver.informationUri, 'https://github.com/sms-templates/vscode-sms-templates');
    const levels = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };
    assert.deepEqual(
      driver.rules.map((r) => [r.id, r.helpUri, r.defaultConfiguration.level, r.shortDescription.text]),
      engine.rules.map((r) => [r.id, engine.ruleDocsUrl(r.id), levels[r.defaultSeverity], r.description]),
    );
  });

  test('columns are UTF-16 code units', () => {
    assert.equal(sarif.runs[0].columnKind, 'utf16CodeUnits');
  });

  test('results: rule, index into the rules, level, relative forward-slash uri, 1-based region', () => {
    const rules = sarif.runs[0].tool.driver.rules;
    const rows = sarif.runs[0].results.map((r) => {
      const { artifactLocation, region } = r.locations[0].physicalLocation;
      return [r.ruleId, rules[r.ruleIndex].id, r.level, artifactLocation.uri, artifactLocation.uriBaseId, [region.startLine, region.startColumn, region.endLine, region.endColumn]];
    });
    assert.deepEqual(rows, [
      ['non-gsm-character', 'non-gsm-character', 'warning', `${templates}/curly.sms`, '%SRCROOT%', [1, 12, 1, 13]],
      ['segment-overflow', 'segment-overflow', 'warning', `${templates}/overflow.sms`, '%SRCROOT%', [4, 154, 4, 170]],
      ['empty-message', 'empty-message', 'error', `${fixtures}/errors/empty.sms`, '%SRCROOT%', [4, 1, 4, 1]],
    ]);
  });

  test('a fixable result carries its fix as a replacement', () => {
    const [curly] = sarif.runs[0].results;
    const change = curly.fixes[0].artifactChanges[0];
    assert.equal(change.artifactLocation.uri, `${templates}/curly.sms`);
    assert.deepEqual(change.replacements, [{ deletedRegion: { startLine: 1, startColumn: 12, endLine: 1, endColumn: 13 }, insertedContent: { text: "'" } }]);
    assert.equal(sarif.runs[0].results[1].fixes, undefined);
  });

  test('a message text is the diagnostic message', () => {
    const message = json([`${templates}/curly.sms`]).reports[0].diagnostics[0].message;
    assert.equal(sarif.runs[0].results[0].message.text, message);
  });

  test('file names with spaces are percent-encoded', () => {
    const folder = temporaryFolder({ 'my templates/a b.sms': 'It’s on. Reply STOP to opt out.\n' });
    const log = JSON.parse(smslint(['--format', 'sarif', 'my templates'], { cwd: folder }).stdout);
    assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'my%20templates/a%20b.sms');
    assert.equal(validate(log), true, JSON.stringify(validate.errors));
  });
});

describe('--fix', () => {
  test('writes the fixes and says how many; a second run changes nothing', () => {
    const folder = temporaryFolder({ 'fix.sms': 'It’s “ready” – see you… Reply STOP to opt out.\n', 'clean.sms': 'Fine. Reply STOP to opt out.\n' });
    const first = smslint(['--fix', '.'], { cwd: folder });
    assert.equal(fs.readFileSync(path.join(folder, 'fix.sms'), 'utf8'), 'It\'s "ready" - see you... Reply STOP to opt out.\n');
    assert.equal(fs.readFileSync(path.join(folder, 'clean.sms'), 'utf8'), 'Fine. Reply STOP to opt out.\n');
    assert.equal(first.code, 0);
    assert.deepEqual(first.stdout.split('\n'), [
      'clean.sms  GSM-7 · 1 SMS · 28/160',
      '',
      'fix.sms  GSM-7 · 1 SMS · 48/160',
      '  fixed 5 problems: 5 non-gsm-character',
      '',
      '✔ 2 files checked, no problems, 5 problems fixed',
      '',
    ]);
    const second = smslint(['--fix', '.'], { cwd: folder });
    assert.equal(fs.readFileSync(path.join(folder, 'fix.sms'), 'utf8'), 'It\'s "ready" - see you... Reply STOP to opt out.\n');
    assert.equal(second.stdout, 'clean.sms  GSM-7 · 1 SMS · 28/160\n\nfix.sms  GSM-7 · 1 SMS · 48/160\n\n✔ 2 files checked, no problems\n');
  });

  test('reports what remains after fixing', () => {
    const folder = temporaryFolder({ 'rest.sms': 'It’s on 👋 Reply STOP to opt out.\n' });
    const { reports, code, stderr } = json(['--fix', 'rest.sms'], { cwd: folder });
    // ’ has a GSM-7 look-alike ('); the emoji has none and stays.
    assert.equal(fs.readFileSync(path.join(folder, 'rest.sms'), 'utf8'), "It's on 👋 Reply STOP to opt out.\n");
    assert.deepEqual(shape(reports[0]).diagnostics, [{ rule: 'non-gsm-character', severity: 'warning', range: [0, 8, 0, 10] }]);
    assert.equal(stderr, 'smslint: rest.sms: fixed 1 problem: 1 non-gsm-character\n');
    assert.equal(code, 0);
  });

  test('applies safe fixes only: the unsafe ones are counted and left for --unsafe-fixes', () => {
    const names = Array.from({ length: 12 }, (_, i) => `v${i + 1}`);
    const body = `Hi ${names.map((n) => `{{${n}}}`).join(' ')} it’s here\n`;
    const folder = temporaryFolder({ 'many.sms': body });
    const run = smslint(['--fix', 'many.sms'], { cwd: folder });
    assert.equal(fs.readFileSync(path.join(folder, 'many.sms'), 'utf8'), body.replace('’', "'"));
    const lines = run.stdout.split('\n');
    assert.equal(lines[1], '  fixed 1 problem: 1 non-gsm-character');
    assert.equal(lines.at(-2), '  13 more problems fixable with `--fix --unsafe-fixes` (they change what the recipient reads).');
  });

  test('--unsafe-fixes settles in one run: twelve undeclared variables and a missing opt-out, each rule counted', () => {
    const names = Array.from({ length: 12 }, (_, i) => `v${i + 1}`);
    const folder = temporaryFolder({ 'many.sms': `Hi ${names.map((n) => `{{${n}}}`).join(' ')} it’s here\n` });
    const run = smslint(['--fix', '--unsafe-fixes', 'many.sms'], { cwd: folder });
    const declarations = names.map((n) => `  ${n}: { maxLength: 20 }\n`).join('');
    assert.equal(fs.readFileSync(path.join(folder, 'many.sms'), 'utf8'),
      `---\nvariables:\n${declarations}---\nHi ${names.map((n) => `{{${n}}}`).join(' ')} it's here Reply STOP to opt out.\n`);
    assert.equal(run.stdout.split('\n')[1], '  fixed 14 problems: 1 non-gsm-character, 1 missing-opt-out, 12 undeclared-variable');
    assert.equal(smslint(['--fix', '--unsafe-fixes', 'many.sms'], { cwd: folder }).stdout.includes('fixed'), false);
  });

  // Per fix kind: what --fix and --fix --unsafe-fixes write, from standard input.
  const byKind = [
    ['a look-alike (safe)', '---\nrules: { missing-opt-out: off }\n---\nIt’s here', "---\nrules: { missing-opt-out: off }\n---\nIt's here", "---\nrules: { missing-opt-out: off }\n---\nIt's here"],
    ['a composed accent (safe)', 'Cafe\u0301. Reply STOP to opt out.', 'Café. Reply STOP to opt out.', 'Café. Reply STOP to opt out.'],
    ['Greek capitals that look Latin (safe)', 'ΚΩΔΙΚΟΣ 1234. Reply STOP to opt out.', 'KΩΔIKOΣ 1234. Reply STOP to opt out.', 'KΩΔIKOΣ 1234. Reply STOP to opt out.'],
    ['a transliteration (unsafe)', 'Su código: 1234. Reply STOP to opt out.', 'Su código: 1234. Reply STOP to opt out.', 'Su codigo: 1234. Reply STOP to opt out.'],
    ['a dropped combining mark (unsafe)', 'Ola\u0301. Reply STOP to opt out.', 'Ola\u0301. Reply STOP to opt out.', 'Ola. Reply STOP to opt out.'],
    ['an appended opt-out (unsafe)', 'Your parcel is here', 'Your parcel is here', 'Your parcel is here Reply STOP to opt out.'],
    ['a declaration with a guessed maxLength (unsafe)', '---\nrules: { missing-opt-out: off }\n---\nHi {{name}}', '---\nrules: { missing-opt-out: off }\n---\nHi {{name}}',
      '---\nrules: { missing-opt-out: off }\nvariables:\n  name: { maxLength: 20 }\n---\nHi {{name}}'],
  ];
  for (const [kind, input, fixed, unsafeFixed] of byKind) {
    test(`--fix and --fix --unsafe-fixes on ${kind}`, () => {
      assert.equal(smslint(['--stdin', '--fix'], { input }).stdout, fixed);
      assert.equal(smslint(['--stdin', '--fix', '--unsafe-fixes'], { input }).stdout, unsafeFixed);
    });
  }

  test('--unsafe-fixes without --fix is a usage error', () => {
    const run = smslint(['--unsafe-fixes', `${templates}/plain.sms`]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--unsafe-fixes applies unsafe fixes with --fix: use both/);
  });

  test('--format json says whether each fix is safe', () => {
    const { reports } = json(['--stdin'], { input: 'It’s código' });
    assert.deepEqual(
      reports[0].diagnostics.filter((d) => d.fix).map((d) => [d.rule, d.fix.safe, d.fix.title]),
      [
        ['non-gsm-character', true, "’ → ' — saves nothing yet: 1 other character still forces UCS-2"],
        ['missing-opt-out', false, 'Append “Reply STOP to opt out.” [unsafe: adds wording] — still 1 segment'],
        ['non-gsm-character', false, 'ó → o [unsafe: changes spelling] — saves nothing yet: 1 other character still forces UCS-2'],
      ],
    );
  });

  test('keeps a byte order mark and CRLF line endings', () => {
    const folder = temporaryFolder({ 'crlf.sms': '\uFEFFLine one’s\r\nReply STOP to opt out.\r\n' });
    smslint(['--fix', 'crlf.sms'], { cwd: folder });
    assert.equal(fs.readFileSync(path.join(folder, 'crlf.sms'), 'utf8'), "\uFEFFLine one's\r\nReply STOP to opt out.\r\n");
  });

  test('with --stdin prints the fixed message instead of a report', () => {
    const run = smslint(['--stdin', '--fix'], { input: 'It’s “ready”. Reply STOP to opt out.' });
    assert.equal(run.stdout, 'It\'s "ready". Reply STOP to opt out.');
    assert.equal(run.code, 0);
  });

  test('with --stdin and files is a usage error', () => {
    assert.equal(smslint(['--stdin', '--fix', `${templates}/plain.sms`]).code, 2);
  });

  test('--help says what --fix does with standard input', () => {
    assert.match(smslint(['--help']).stdout, /with --stdin, print the fixed text\s+to standard output instead/);
  });
});

describe('.smslintrc.json', () => {
  // 42 characters: over a maxLength of 30, under one of 100.
  const message = 'Your order has shipped. Reply STOP to opt out.\n';

  test('the nearest file wins', () => {
    const folder = temporaryFolder({
      '.smslintrc.json': '{ "maxLength": 30 }',
      'outer.sms': message,
      'team/.smslintrc.json': '{ "maxLength": 100 }',
      'team/inner.sms': message,
      'team/deeper/inner2.sms': message,
    });
    const { reports } = json(['.'], { cwd: folder });
    assert.deepEqual(
      reports.map((r) => [r.file, r.diagnostics.map((d) => d.rule)]),
      [['outer.sms', ['message-length']], [path.join('team', 'deeper', 'inner2.sms'), []], [path.join('team', 'inner.sms'), []]],
    );
  });

  test('rules in the file set severities', () => {
    const folder = temporaryFolder({ '.smslintrc.json': '{ "rules": { "non-gsm-character": "error" } }', 'a.sms': 'It’s here. Reply STOP to opt out.\n' });
    const run = json(['a.sms'], { cwd: folder });
    assert.deepEqual([run.reports[0].diagnostics.map((d) => d.severity), run.code], [['error'], 1]);
  });

  test('standard input uses the file in the current folder', () => {
    const folder = temporaryFolder({ '.smslintrc.json': '{ "maxLength": 30 }' });
    const { reports } = json(['-'], { cwd: folder, input: message });
    assert.deepEqual(reports[0].diagnostics.map((d) => d.rule), ['message-length']);
  });

  test('--config overrides the lookup', () => {
    const folder = temporaryFolder({ '.smslintrc.json': '{ "maxLength": 30 }', 'other.json': '{ "maxLength": 100 }', 'a.sms': message });
    assert.deepEqual(json(['--config', 'other.json', 'a.sms'], { cwd: folder }).reports[0].diagnostics, []);
  });

  test('--config naming a missing file exits 2 and names it', () => {
    const folder = temporaryFolder({ 'a.sms': message });
    const run = smslint(['--config', 'nope.json', 'a.sms'], { cwd: folder });
    assert.deepEqual([run.code, run.stderr], [2, 'smslint: cannot read the settings file nope.json: no such file or folder (ENOENT)\n']);
  });

  test('invalid JSON: a clear message with the place, the defaults, exit 2', () => {
    const folder = temporaryFolder({ '.smslintrc.json': '{\n  maxLength: 30\n}\n', 'a.sms': message });
    const run = json(['a.sms'], { cwd: folder });
    const configPath = path.join(folder, '.smslintrc.json');
    assert.ok(run.stderr.startsWith(`smslint: ${configPath}: not valid JSON (`), run.stderr);
    assert.match(run.stderr, /line 2 column 3\b.*\); using the defaults\.\n$/);
    assert.deepEqual(run.reports[0].diagnostics, []);
    assert.equal(run.code, 2);
  });

  test('invalid values and unknown keys: one message each at file:line:col, defaults for those, the rest applies', () => {
    const folder = temporaryFolder({
      '.smslintrc.json': '{ "maxSegments": 0, "sms.maxLength": 5, "colour": "red", "maxLength": 30, "rules": { "no-such-rule": "off" } }',
      'a.sms': message,
    });
    const run = json(['a.sms'], { cwd: folder });
    const configPath = path.join(folder, '.smslintrc.json');
    assert.deepEqual(run.stderr.trimEnd().split('\n'), [
      `smslint: ${configPath}:1:18: maxSegments: 0 is not a whole number of at least 1; using the default.`,
      `smslint: ${configPath}:1:21: unknown key "sms.maxLength": write "maxLength" (no "sms." prefix in this file); ignored.`,
      `smslint: ${configPath}:1:41: unknown key "colour"; ignored. Known keys: maxSegments, maxLength, sender, to, optOutText, rules, shorteners, lineBreaks, segmentation, defaultVariableLength, inlayHints, sending, registered, syntax.`,
      `smslint: ${configPath}:1:86: rules: unknown rule "no-such-rule"; ignored.`,
    ]);
    assert.deepEqual(run.reports[0].diagnostics.map((d) => d.rule), ['message-length']);
    assert.equal(run.code, 0);
  });

  test('a file that is not an object falls back to the defaults with a message', () => {
    const folder = temporaryFolder({ '.smslintrc.json': '[1, 2]', 'a.sms': message });
    const run = json(['a.sms'], { cwd: folder });
    assert.equal(run.stderr, `smslint: ${path.join(folder, '.smslintrc.json')}: must hold one JSON object of settings; using the defaults.\n`);
    assert.equal(run.code, 2);
  });
});

describe('--ignore-unknown (what the pre-commit hook passes)', () => {
  test('named files that are not templates are skipped, templates among them are linted', () => {
    const run = json(['--ignore-unknown', 'README.md', 'package.json', `${templates}/curly.sms`]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.deepEqual(run.reports.map((r) => r.file), [`${templates}/curly.sms`]);
  });

  test('without it, a named file that is not a template is linted as one', () => {
    const run = json(['README.md']);
    assert.deepEqual(run.reports.map((r) => r.file), ['README.md']);
  });

  test('only unknown files: nothing to lint, exit 0; a missing template is still an error', () => {
    assert.deepEqual({ ...json(['--ignore-unknown', 'README.md']), stdout: undefined }, { code: 0, stdout: undefined, stderr: '', reports: [] });
    const missing = smslint(['--ignore-unknown', 'no-such-template.sms']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read no-such-template\.sms: no such file/);
  });
});

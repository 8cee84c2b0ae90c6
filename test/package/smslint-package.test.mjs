// The smslint npm package as a user gets it: smslint-<version>.tgz (npm run pack:cli) installed into
// an empty folder, then run with npx, required, imported, and type-checked under tsc --strict.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const tarball = path.join(root, `smslint-${version}.tgz`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');

const badTemplate = 'Your parcel’s on its way: bit.ly/abc\n';
const goodTemplate = "---\nrules:\n  missing-opt-out: off\n---\nYour code is 493817.\n";

let consumer;

function run(command, args, { input } = {}) {
  const result = spawnSync(command, args, { cwd: consumer, input: input ?? '', encoding: 'utf8', timeout: 120_000 });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

before(() => {
  assert.ok(fs.existsSync(tarball), `${tarball} is missing: run npm run pack:cli first (npm run test:package does)`);
  consumer = fs.mkdtempSync(path.join(os.tmpdir(), 'smslint-consumer-'));
  fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }) + '\n');
  // No dependencies to fetch: --offline proves the package needs no registry.
  execFileSync(npm, ['install', tarball, '--offline', '--no-audit', '--no-fund', '--no-package-lock'], { cwd: consumer, stdio: 'pipe' });
  fs.writeFileSync(path.join(consumer, 'bad.sms'), badTemplate);
  fs.writeFileSync(path.join(consumer, 'good.sms'), goodTemplate);
});

after(() => {
  if (consumer) fs.rmSync(consumer, { recursive: true, force: true });
});

describe('the tarball', () => {
  test('is well under 1 MB and holds the CLI, both module formats, their types, README and LICENSE only', () => {
    // 424 KB with the Liquid, Handlebars and locale-file parsers bundled (212 KB before them).
    assert.ok(fs.statSync(tarball).size < 512 * 1024, `${fs.statSync(tarball).size} bytes`);
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
    assert.deepEqual(listing, [
      'package/LICENSE',
      'package/README.md',
      'package/bin/smslint.js',
      'package/dist/index.cjs',
      'package/dist/index.d.cts',
      'package/dist/index.d.mts',
      'package/dist/index.mjs',
      'package/package.json',
    ]);
  });

  test('the installed manifest: name smslint, the bin, an exports map, no dependencies', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(consumer, 'node_modules/smslint/package.json'), 'utf8'));
    assert.equal(manifest.name, 'smslint');
    assert.equal(manifest.version, version);
    assert.deepEqual(manifest.bin, { smslint: 'bin/smslint.js' });
    assert.deepEqual(Object.keys(manifest.exports['.']), ['import', 'require']);
    assert.equal(manifest.dependencies, undefined);
    assert.equal(manifest.devDependencies, undefined);
    assert.equal(manifest.scripts, undefined);
    assert.deepEqual(fs.readdirSync(path.join(consumer, 'node_modules')).filter((name) => !name.startsWith('.')), ['smslint']);
  });
});

describe('npx smslint', () => {
  test('a bad template: exit 1, each rule named with its line and column', () => {
    const result = run(npm, ['exec', '--offline', '--', 'smslint', 'bad.sms']);
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /^bad\.sms/m);
    assert.match(result.stdout, /1:27\s+error\s+.*public-url-shortener/);
    assert.match(result.stdout, /1:12\s+warning\s+.*non-gsm-character/);
  });

  test('a good template: exit 0 and its segment count', () => {
    const result = run(npm, ['exec', '--offline', '--', 'smslint', 'good.sms']);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /good\.sms/);
    assert.doesNotMatch(result.stdout, /error|warning/);
  });

  test('--version prints the package version; --format sarif names the tool', () => {
    assert.equal(run(npm, ['exec', '--offline', '--', 'smslint', '--version']).stdout.trim(), version);
    const sarif = JSON.parse(run(npm, ['exec', '--offline', '--', 'smslint', '--format', 'sarif', 'bad.sms']).stdout);
    assert.equal(sarif.runs[0].tool.driver.name, 'smslint');
    assert.equal(sarif.runs[0].tool.driver.version, version);
    assert.deepEqual(sarif.runs[0].results.map((r) => r.ruleId).sort(), ['missing-opt-out', 'non-gsm-character', 'public-url-shortener']);
  });
});

const usage = `
  const count = smslint.countSegments('Your code is 493817.');
  const report = smslint.lintTemplate(${JSON.stringify(badTemplate)}, { file: 'bad.sms', maxSegments: 1 });
  const fixed = smslint.fixTemplate('Hi “Ana”. Reply STOP to opt out.');
  console.log(JSON.stringify({
    count: [count.encoding, count.units, count.segments],
    ucs2: smslint.countSegments('Hi “Ana”').encoding,
    file: report.file,
    rules: report.diagnostics.map((d) => d.rule).sort(),
    fixed: [fixed.text, fixed.fixed, fixed.report.encoding],
    ruleIds: smslint.rules.map((rule) => rule.id),
    problems: smslint.resolveSettings({ maxSegments: 0 }).problems.length,
  }));`;
const expected = {
  count: ['GSM-7', 20, 1],
  ucs2: 'UCS-2',
  file: 'bad.sms',
  rules: ['missing-opt-out', 'non-gsm-character', 'public-url-shortener'],
  fixed: ['Hi "Ana". Reply STOP to opt out.', 2, 'GSM-7'],
  // Every registered rule, in the registry's order (the repository's own build of the engine).
  ruleIds: require(path.join(root, 'dist/engine.js')).rules.map((rule) => rule.id),
  problems: 1,
};

describe('the library', () => {
  test("require('smslint') loads the CommonJS build", () => {
    const result = run(process.execPath, ['-e', `const smslint = require('smslint');${usage}\nconsole.error(require.resolve('smslint'));`]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), expected);
    assert.match(result.stderr, /node_modules[\\/]smslint[\\/]dist[\\/]index\.cjs/);
  });

  test("import('smslint') loads the ES module build, named exports included", () => {
    const script = `import * as smslint from 'smslint';\nimport { countSegments } from 'smslint';${usage}\nconsole.error(import.meta.resolve('smslint'), typeof countSegments);`;
    const result = run(process.execPath, ['--input-type=module', '-e', script]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), expected);
    assert.match(result.stderr, /node_modules\/smslint\/dist\/index\.mjs function/);
  });
});

describe('the types under tsc --strict', () => {
  const compile = (files) => {
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(consumer, name), text);
    const compilerOptions = { strict: true, noEmit: true, skipLibCheck: false, module: 'node16', moduleResolution: 'node16', target: 'es2022', types: [] };
    fs.writeFileSync(path.join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: Object.keys(files) }));
    return run(process.execPath, [tsc, '-p', 'tsconfig.json']);
  };
  const typedUse = (importLine) => `${importLine}
const count: SegmentCount = countSegments('Hi', { segmentation: 'grapheme', lineBreaks: 'crlf' });
const encoding: 'GSM-7' | 'UCS-2' = count.encoding;
const report: FileReport = lintTemplate('Hi {{name}}', { file: 'a.sms', maxSegments: 1, sender: 'toll-free', to: ['US'], rules: { 'message-length': 'off' } });
const first: ReportDiagnostic | undefined = report.diagnostics[0];
const line: number | undefined = first?.range.start.line;
const fixed: FixedTemplate = fixTemplate('Hi “Ana”');
const ids: string[] = rules.map((rule: RuleInfo) => rule.id);
const settings: Settings = resolveSettings({ shorteners: { extra: ['sho.rt'] } }).settings;
const options: TemplateOptions = { file: 'b.sms', inlayHints: { segmentBoundaries: false } };
export { encoding, line, fixed, ids, settings, options };
`;

  test('a CommonJS TypeScript file (.cts) and an ES module (.mts) type-check against the package', () => {
    const names = 'countSegments, lintTemplate, fixTemplate, resolveSettings, rules, type SegmentCount, type FileReport, type ReportDiagnostic, type FixedTemplate, type RuleInfo, type Settings, type TemplateOptions';
    const result = compile({
      'use-types.cts': typedUse(`import { ${names} } from 'smslint';`),
      'use-types.mts': typedUse(`import { ${names} } from 'smslint';`),
    });
    assert.equal(result.code, 0, result.stdout + result.stderr);
  });

  test('the types are precise: a wrong argument, a misspelt setting value and an unknown field are errors', () => {
    const result = compile({
      'misuse.mts': `import { countSegments, lintTemplate } from 'smslint';
countSegments(42);
lintTemplate('Hi', { segmentation: 'words' });
countSegments('Hi').septets;
`,
    });
    assert.equal(result.code, 2);
    const errors = result.stdout.split('\n').filter((l) => /error TS/.test(l));
    assert.deepEqual(
      errors.map((l) => /misuse\.mts\((\d+),\d+\): error (TS\d+)/.exec(l)?.slice(1).join(' ')),
      ['2 TS2345', '3 TS2322', '4 TS2339'],
    );
  });
});

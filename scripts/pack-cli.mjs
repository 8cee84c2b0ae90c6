// npm run pack:cli: builds the `smslint` npm package (CLI, engine for CommonJS and ESM, bundled
// .d.ts types) in dist/smslint-package/ from packages/smslint/, and packs it as smslint-<version>.tgz.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const template = path.join(root, 'packages/smslint');
const stage = path.join(root, 'dist/smslint-package');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

fs.rmSync(stage, { recursive: true, force: true });
fs.mkdirSync(path.join(stage, 'dist'), { recursive: true });

// The dependencies (yaml, tinyglobby) are bundled: the package installs nothing else.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
  // jsonc-parser's main file is a UMD bundle with dynamic requires that esbuild cannot follow (as in esbuild.mjs).
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};
const cjsImportMeta = {
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};
await Promise.all([
  esbuild.build({
    ...common,
    ...cjsImportMeta,
    format: 'cjs',
    entryPoints: ['server/src/cli/cli.ts'],
    outfile: path.join(stage, 'bin/smslint.js'),
    banner: { js: `#!/usr/bin/env node\n${cjsImportMeta.banner.js}` },
  }),
  esbuild.build({ ...common, ...cjsImportMeta, format: 'cjs', entryPoints: ['server/src/library.ts'], outfile: path.join(stage, 'dist/index.cjs') }),
  esbuild.build({
    ...common,
    format: 'esm',
    entryPoints: ['server/src/library.ts'],
    outfile: path.join(stage, 'dist/index.mjs'),
    // yaml is bundled from its CommonJS build, which calls require("process"): give the ES module a require.
    banner: { js: "import { createRequire as smslintCreateRequire } from 'node:module'; const require = smslintCreateRequire(import.meta.url);" },
  }),
]);

// Types generated from the source: one self-contained declaration file, the same for both formats.
const declarations = path.join(stage, 'dist/index.d.ts');
execFileSync(
  process.execPath,
  [path.join(root, 'node_modules/dts-bundle-generator/dist/bin/dts-bundle-generator.js'), '--silent', '--no-banner', '--project', path.join(root, 'tsconfig.json'), '-o', declarations, path.join(root, 'server/src/library.ts')],
  { stdio: 'inherit' },
);
const types = fs.readFileSync(declarations, 'utf8');
fs.rmSync(declarations);
const header = '// The types of the smslint engine, generated from its TypeScript source by scripts/pack-cli.mjs.\n';
fs.writeFileSync(path.join(stage, 'dist/index.d.cts'), header + types);
fs.writeFileSync(path.join(stage, 'dist/index.d.mts'), header + types);

const rootManifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(fs.readFileSync(path.join(template, 'package.json'), 'utf8'));
fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify({ name: manifest.name, version: rootManifest.version, ...manifest }, null, 2) + '\n');
fs.copyFileSync(path.join(template, 'README.md'), path.join(stage, 'README.md'));
fs.copyFileSync(path.join(root, 'LICENSE'), path.join(stage, 'LICENSE'));

const [packed] = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', root], { cwd: stage, encoding: 'utf8' }));
console.log(`${packed.filename}: ${(packed.size / 1024).toFixed(1)} KB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked, ${packed.entryCount} files`);
for (const file of packed.files) console.log(`  ${(file.size / 1024).toFixed(1).padStart(7)} KB  ${file.path}`);

// Bundles the extension client, the language server, the smslint CLI and the engine library.
// `--production` minifies and drops source maps; `--watch` rebuilds on change.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  // Some dependencies ship as ES modules that read import.meta.url; give the CommonJS bundles one.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  // jsonc-parser's main file is a UMD bundle with dynamic requires that esbuild cannot follow.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: "#!/usr/bin/env node\nconst importMetaUrl = require('url').pathToFileURL(__filename).href;" } },
  { entryPoints: ['server/src/library.ts'], outfile: 'dist/core.js' },
  // Every part of the engine for the unit tests; not packaged.
  { entryPoints: ['server/src/core/index.ts'], outfile: 'dist/engine.js' },
];

if (watch) {
  for (const build of builds) {
    const context = await esbuild.context({ ...common, ...build });
    await context.watch();
  }
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map((build) => esbuild.build({ ...common, ...build })));
}

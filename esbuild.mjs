// Bundles the extension client and the language server (for Node and for the browser), the smslint
// CLI and the engine library.
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

// The Node client and server both carry the LSP protocol (vscode-languageserver-protocol with
// vscode-jsonrpc and vscode-languageserver-types, about 125 KB minified): it is bundled once, in
// dist/lsp-protocol.js beside them, which each `require`s (SPEC §7: client and server together
// under 1 MB). Each entry is read on first use, in the order the bundles would have read it.
const protocolEntries = { main: 'vscode-languageserver-protocol', node: 'vscode-languageserver-protocol/node' };
const sharedProtocol = {
  name: 'shared-lsp-protocol',
  setup(build) {
    build.onResolve({ filter: /^vscode-languageserver-protocol(\/|\/node)?$/ }, (args) => ({
      path: args.path.endsWith('/node') ? 'node' : 'main',
      namespace: 'shared-lsp-protocol',
    }));
    build.onResolve({ filter: /^\.\/lsp-protocol\.js$/ }, () => ({ path: './lsp-protocol.js', external: true }));
    build.onLoad({ filter: /.*/, namespace: 'shared-lsp-protocol' }, (args) => ({
      contents: `module.exports = require('./lsp-protocol.js').${args.path};`,
      loader: 'js',
    }));
  },
};
const sharedProtocolEntry = Object.entries(protocolEntries)
  .map(([name, specifier]) => `Object.defineProperty(exports, '${name}', { get: () => require('${specifier}') });`)
  .join('\n');

// `yaml` (Node entry) reads `process.env.LOG_TOKENS` for every token its Parser takes and
// `LOG_STREAM` for every one its Composer takes, to print debugging output: a lookup in the real
// environment each time, about 25 ms for a 5,000-line YAML file. Its browser entry has no such reads;
// the bundles give it the same: a `process` whose `env` is empty (warnings still go to
// process.emitWarning).
const yamlWithoutDebugEnv = {
  name: 'yaml-without-debug-env',
  setup(build) {
    build.onResolve({ filter: /^process$/ }, (args) =>
      /[\\/]node_modules[\\/]yaml[\\/]/.test(args.importer) ? { path: 'process', namespace: 'yaml-process' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'yaml-process' }, () => ({
      contents: 'module.exports = { env: {}, emitWarning: (...args) => process.emitWarning(...args) };',
      loader: 'js',
    }));
  },
};

const builds = [
  { entryPoints: ['client/src/extension-node.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [sharedProtocol] },
  { entryPoints: ['server/src/lsp/server-node.ts'], outfile: 'dist/server.js', plugins: [sharedProtocol] },
  { stdin: { contents: sharedProtocolEntry, resolveDir: '.', sourcefile: 'lsp-protocol.js' }, outfile: 'dist/lsp-protocol.js' },
  { entryPoints: ['server/src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: "#!/usr/bin/env node\nconst importMetaUrl = require('url').pathToFileURL(__filename).href;" } },
  { entryPoints: ['server/src/library.ts'], outfile: 'dist/core.js' },
  // Every part of the engine for the unit tests; not packaged.
  { entryPoints: ['server/src/core/testing.ts'], outfile: 'dist/engine.js' },
  // The language server in-process, for the LSP tests (test/lsp/in-process-session.mjs); not packaged.
  { entryPoints: ['server/src/lsp/server-in-process.ts'], outfile: 'dist/server-in-process.js' },
];

// The browser builds (package.json `browser`): the client for the web worker extension host and
// the language server for a Web Worker. The engine is bundled as it is; locale sources reach files
// through the host (lsp/sources.ts), as in Node. config-file.ts (for configFromText) and
// template-files.ts, which it imports, import node:fs and node:path at the top but use them only in
// functions that the worker never calls (its host reads through the editor): there those two
// resolve to an empty module. Anything else from Node fails the build.
const nodeBuiltinsUnusedInWorker = {
  name: 'node-builtins-unused-in-worker',
  setup(build) {
    build.onResolve({ filter: /^node:(fs|path)$/ }, (args) => ({ path: args.path, namespace: 'unused-in-worker' }));
    build.onLoad({ filter: /.*/, namespace: 'unused-in-worker' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};
const browser = { platform: 'browser', target: 'es2022', define: {}, banner: {} };
builds.push(
  { ...browser, entryPoints: ['client/src/extension-web.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
  { ...browser, entryPoints: ['server/src/lsp/server-worker.ts'], outfile: 'dist/web/server.js', format: 'iife', plugins: [nodeBuiltinsUnusedInWorker] },
);

// Every build gets yaml without its debug lookups (a no-op where yaml is not bundled, or where its
// browser entry is, which imports no `process`), and its own plugins after.
const optionsOf = (build) => ({ ...common, ...build, plugins: [yamlWithoutDebugEnv, ...(build.plugins ?? [])] });

if (watch) {
  for (const build of builds) {
    const context = await esbuild.context(optionsOf(build));
    await context.watch();
  }
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map((build) => esbuild.build(optionsOf(build))));
}

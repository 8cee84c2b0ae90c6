// Bundles the web suite (test/web/suite/index.js) for the web worker extension host: CommonJS with
// `vscode` left to the host, node:assert/strict from npm's assert (with what it asks of `process`
// defined away), and node:fs and node:path (which only the Node-only test uses) empty.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

const browserStandIns = {
  name: 'browser-stand-ins',
  setup(build) {
    build.onResolve({ filter: /^node:assert\/strict$/ }, () => ({ path: path.join(root, 'test/web/suite/assert-strict.js') }));
    build.onResolve({ filter: /^node:(fs|path)$/ }, (args) => ({ path: args.path, namespace: 'empty' }));
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

/** Writes the suite to `outfile`; `expectedExtensionPath` is where the .vsix was unpacked. */
export async function bundleWebSuite({ outfile, expectedExtensionPath, grep = '' }) {
  await esbuild.build({
    entryPoints: [path.join(root, 'test/web/suite/index.js')],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'warning',
    define: {
      global: 'globalThis',
      'process.env.NODE_DEBUG': 'false',
      // npm's assert words a failed assertion by asking process.stderr about the terminal (and warns
      // through process.emitWarning): without these a failed assert.equal threw "ReferenceError:
      // process is not defined" in the worker, hiding what was compared.
      'process.stderr': 'undefined',
      'process.emitWarning': 'undefined',
      SMS_TEST_GREP: JSON.stringify(grep),
      SMS_EXPECTED_EXTENSION_PATH: JSON.stringify(expectedExtensionPath),
    },
    plugins: [browserStandIns],
  });
}

// The integration suite's entry in the web worker extension host: mocha's browser build, the shared
// suite of test/vscode/suite (but its Node-only check of the install folder) and the browser-only
// tests. run-web.mjs bundles it for the browser into the installed extension's folder, where VS Code
// runs it beside the extension.
/* global mocha, Mocha, SMS_TEST_GREP */
require('mocha/mocha.js');

// The extension host forwards console arguments without printf formatting: hand it lines.
function format(first, ...rest) {
  if (first === undefined && rest.length === 0) return '';
  if (typeof first !== 'string') return [first, ...rest].map(String).join(' ');
  let index = 0;
  const text = first.replace(/%[sdio%]/g, (token) => {
    if (token === '%%') return '%';
    if (index >= rest.length) return token;
    const value = rest[index++];
    return token === '%d' || token === '%i' ? String(Math.trunc(Number(value))) : String(value);
  });
  return [text, ...rest.slice(index).map(String)].join(' ');
}
Mocha.reporters.Base.consoleLog = (...args) => console.log(format(...args));

mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 30000, color: false });
// Checks where the Node host unpacked the extension, with node:fs: the web test below checks the same there.
const nodeOnly = 'runs the extension from the installed .vsix, not from the source tree';
mocha.grep(SMS_TEST_GREP || nodeOnly);
if (!SMS_TEST_GREP) mocha.invert();

require('../../vscode/suite/extension.test.js');
require('../../vscode/suite/config-file.test.js');
require('./web.test.js');

function run() {
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes, pending } = runner.stats;
      console.log(`web: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
      if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
      else resolve();
    });
  });
}

module.exports = { run };

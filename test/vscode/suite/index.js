// The integration suite's entry point, the `run()` that VS Code calls inside the extension host
// (the same under @vscode/test-electron and under code-server).
const path = require('node:path');
const fs = require('node:fs');
const util = require('node:util');
const Mocha = require('mocha');

// The extension host forwards console output as plain text, so hand it lines already formatted.
Mocha.reporters.Base.consoleLog = (...args) => console.log(util.format(...args));

function run() {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30000, reporter: 'spec' });
  const grep = process.env.SMS_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes, pending } = runner.stats;
      console.log(`vscode: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
      if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
      else resolve();
    });
  });
}

module.exports = { run };

// What users install: the .vsix holds exactly the whitelisted files and stays under 1 MB.
// Run by run-code-server.mjs after `npm run package`, before the extension is installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const vsixPath = new URL('../../sms-templates.vsix', import.meta.url);

const expectedEntries = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/changelog.md',
  'extension/dist/extension.js',
  'extension/dist/lsp-protocol.js',
  'extension/dist/server.js',
  'extension/dist/web/extension.js',
  'extension/dist/web/server.js',
  'extension/images/icon.png',
  'extension/language-configuration.json',
  'extension/package.json',
  'extension/readme.md',
  'extension/schemas/smslintrc.schema.json',
  'extension/syntaxes/sms.tmLanguage.json',
];

/** The zip's entries from its central directory: name, method, sizes and where the data starts. */
function zipEntries(zip) {
  const endOfDirectory = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.notEqual(endOfDirectory, -1, 'the .vsix is a zip file');
  const count = zip.readUInt16LE(endOfDirectory + 10);
  let offset = zip.readUInt32LE(endOfDirectory + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(offset), 0x02014b50, 'central directory entry signature');
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    entries.push({ name, method, data: () => zip.subarray(dataStart, dataStart + compressedSize) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryText(entry) {
  return (entry.method === 8 ? inflateRawSync(entry.data()) : entry.data()).toString('utf8');
}

const zip = readFileSync(vsixPath);
const entries = zipEntries(zip);

test('.vsix holds exactly the whitelisted files', () => {
  assert.deepEqual(entries.map((entry) => entry.name).sort(), expectedEntries);
});

test('.vsix is under 1 MB', () => {
  const size = statSync(vsixPath).size;
  assert.ok(size < 1024 * 1024, `${size} bytes`);
});

test('packaged manifest targets VS Code ^1.100.0 and starts dist/extension.js, or dist/web/extension.js in the browser', () => {
  const manifest = JSON.parse(entryText(entries.find((entry) => entry.name === 'extension/package.json')));
  assert.deepEqual([manifest.engines.vscode, manifest.main, manifest.browser, manifest.icon], ['^1.100.0', './dist/extension.js', './dist/web/extension.js', 'images/icon.png']);
});

test('the .vsix manifest marks the extension as a web extension', () => {
  const manifest = entryText(entries.find((entry) => entry.name === 'extension.vsixmanifest'));
  assert.match(manifest, /<Property Id="Microsoft\.VisualStudio\.Code\.ExtensionKind" Value="workspace,web" \/>/);
});

test('the worker bundle needs nothing from Node: no require() of a module', () => {
  const code = entryText(entries.find((entry) => entry.name === 'extension/dist/web/server.js'));
  assert.deepEqual(code.match(/\brequire\(\s*["'][^"']+["']\s*\)/g), null);
});

test('packaged bundles are minified and carry no source map reference', () => {
  for (const name of ['extension/dist/extension.js', 'extension/dist/server.js', 'extension/dist/lsp-protocol.js', 'extension/dist/web/extension.js', 'extension/dist/web/server.js']) {
    const code = entryText(entries.find((entry) => entry.name === name));
    assert.equal(/sourceMappingURL/.test(code), false, `${name} has no sourceMappingURL`);
    const averageLine = Math.round(code.length / code.split('\n').length);
    assert.ok(averageLine > 500, `${name} is minified (${averageLine} characters a line on average)`);
  }
});

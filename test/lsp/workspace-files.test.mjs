// Templates on disk as the language server meets them: the workspace scan (symbolic links, dot-folders,
// folders it cannot read), unopened files with a byte order mark at the positions of the opened file,
// and fixes that keep a CRLF document's line breaks.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { editsOf, startServer, uriOf } from './lsp-session.mjs';

const deniedPaths = fileURLToPath(new URL('../denied-paths.cjs', import.meta.url));
const optOut = 'Reply STOP to opt out.';

function temporaryFolder(entries) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-workspace-files-'));
  for (const [name, content] of Object.entries(entries)) {
    const at = path.join(folder, name);
    fs.mkdirSync(path.dirname(at), { recursive: true });
    if (typeof content === 'string') fs.writeFileSync(at, content);
    else fs.symlinkSync(content.link, at);
  }
  return folder;
}

const relativeFiles = (folder, report) => report.items.map((item) => path.relative(folder, fileURLToPath(item.uri))).sort();

describe('the workspace scan', () => {
  let folder;
  let outside;
  let server;
  const logged = [];
  before(async () => {
    outside = temporaryFolder({ 'shared.sms': `Shared. ${optOut}` });
    folder = temporaryFolder({
      'shared': { link: outside },
      'also-shared': { link: outside },
      'one.sms': { link: path.join(outside, 'shared.sms') },
      'top.sms': `Top. ${optOut}`,
      'a/b/deep.sms': `Deep. ${optOut}`,
      'a/b/loop': { link: '..' },
      'elsewhere': { link: 'a' },
      '.github/sms/welcome.sms': `Welcome. ${optOut}`,
      '.git/stray.sms': `Stray. ${optOut}`,
      'node_modules/pkg/dep.sms': `Dep. ${optOut}`,
      'locked/hidden.sms': `Hidden. ${optOut}`,
    });
    server = await startServer({
      workspaceFolders: [folder],
      execArgv: ['--require', deniedPaths],
      env: { SMS_TEST_DENIED_PATHS: JSON.stringify([path.join(folder, 'locked')]) },
    });
    server.events.on('logMessage', (params) => logged.push(params));
  });
  after(async () => {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  test('follows links, reporting each template once, by its own path when it has one, never looping', async () => {
    const report = await server.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] });
    // a/b/loop leads back to a/, elsewhere to a/; shared, also-shared and one.sms all to one file outside.
    assert.deepEqual(relativeFiles(folder, report), [
      path.join('.github', 'sms', 'welcome.sms'),
      path.join('a', 'b', 'deep.sms'),
      'one.sms',
      'top.sms',
    ]);
  });

  test('searches dot-folders as smslint does, skipping .git and node_modules', async () => {
    const report = await server.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] });
    const files = relativeFiles(folder, report);
    assert.ok(files.includes(path.join('.github', 'sms', 'welcome.sms')));
    assert.ok(!files.some((file) => file.startsWith('.git' + path.sep) || file.startsWith('node_modules')));
  });

  test('says in the log which folder it could not read, and why', () => {
    assert.deepEqual(
      logged.filter((message) => message.message.includes('cannot read')).map((message) => [message.type, message.message]),
      [[2, `workspace diagnostics: cannot read the folder ${path.join(folder, 'locked')}: permission denied (EACCES)`]],
    );
  });
});

describe('a template with a byte order mark that is not open', () => {
  // “ and ” on the first line: a BOM before them must not move them.
  const text = `Hi “Ana”, it’s ready.\n${optOut}`;
  let folder;
  let server;
  let uri;
  before(async () => {
    folder = temporaryFolder({ 'bom.sms': '\uFEFF' + text });
    uri = uriOf(path.join(folder, 'bom.sms'));
    server = await startServer({ workspaceFolders: [folder] });
  });
  after(async () => {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const ranges = (diagnostics) => diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]);
  const expected = [[0, 3, 0, 4], [0, 7, 0, 8], [0, 12, 0, 13]];

  test('workspace diagnostics put its problems where the opened file has them', async () => {
    const report = await server.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] });
    assert.deepEqual(ranges(report.items.find((item) => item.uri === uri).items), expected);
  });

  test('so does a document pull', async () => {
    assert.deepEqual(ranges((await server.diagnostics(uri)).items), expected);
  });

  test('and sms/segments', async () => {
    const segments = await server.segments(uri);
    assert.deepEqual([segments.pieces[0].start, segments.units], [{ line: 0, character: 0 }, text.length]);
  });

  test('the opened file (an editor drops the BOM) has the same positions', async () => {
    server.open(uri, text);
    assert.deepEqual(ranges((await server.diagnostics(uri)).items), expected);
    server.close(uri);
  });
});

describe('a CRLF document', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.stop());

  for (const [name, character] of [['LINE SEPARATOR', '\u2028'], ['PARAGRAPH SEPARATOR', '\u2029'], ['LINE TABULATION', '\v']]) {
    test(`${name}: the quick fix and the fix-all on save write CRLF`, async () => {
      const uri = `file:///crlf/${name.replace(' ', '-')}.sms`;
      server.open(uri, `Line one${character}line two\r\n${optOut}\r\n`);
      const range = { start: { line: 0, character: 8 }, end: { line: 0, character: 9 } };
      const quickFix = (await server.codeActions(uri, range)).find((action) => action.kind === 'quickfix');
      assert.deepEqual(editsOf(quickFix, uri).map((edit) => edit.newText), ['\r\n']);
      const onSave = await server.codeActions(uri, range, { diagnostics: [], only: ['source.fixAll.sms'] });
      assert.deepEqual(editsOf(onSave[0], uri).map((edit) => edit.newText), ['\r\n']);
    });
  }
});

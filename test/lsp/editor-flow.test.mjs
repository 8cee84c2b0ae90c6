// The language server as an editor uses it: open → pull diagnostics → hover → quick fix → edit →
// pull again; fix-all, inlay hints and sms/segments. Expected values live in the tables below.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits, editsOf, startServer } from './in-process-session.mjs';

const curly = {
  uri: 'file:///templates/ready.sms',
  text: '---\nvariables:\n  name: { example: "Ana", maxLength: 20 }\n---\nHi {{name}}, it’s ready. Reply STOP to opt out.\n',
  apostrophe: { line: 4, character: 15 },
};
const messageSummary =
  '**Message** UCS-2 · 42 UCS-2 units · 1 segment  \n' +
  '**Segment 1 of 1** 42 UCS-2 units, room for 28 more  \n' +
  '**Worst case** (every variable at its longest) UCS-2 · 59 UCS-2 units · 1 segment';
const hovers = [
  {
    name: 'the curly apostrophe: code point, not GSM, its cost, its replacement',
    position: { line: 4, character: 15 },
    range: { start: { line: 4, character: 15 }, end: { line: 4, character: 16 } },
    markdown:
      '**Character** `’` U+2019 RIGHT SINGLE QUOTATION MARK  \n' +
      'Not GSM-7: 1 UCS-2 unit, and it forces the whole message into UCS-2.  \n' +
      "GSM-7 replacement: `'`.\n\n---\n\n" +
      messageSummary,
  },
  {
    name: 'a GSM basic character in a UCS-2 message',
    position: { line: 4, character: 0 },
    range: { start: { line: 4, character: 0 }, end: { line: 4, character: 1 } },
    markdown: '**Character** `H` U+0048  \nGSM-7 basic table: 1 septet.  \nIn this UCS-2 message it costs 1 UCS-2 unit.\n\n---\n\n' + messageSummary,
  },
  {
    name: 'the placeholder: variable, example, length range',
    position: { line: 4, character: 6 },
    range: { start: { line: 4, character: 3 }, end: { line: 4, character: 11 } },
    markdown: '**Variable** `name`  \nExample: `Ana` (3 characters).  \nLength: 3–20 characters (maxLength 20).\n\n---\n\n' + messageSummary,
  },
  {
    name: 'a space: the message as a whole',
    position: { line: 4, character: 2 },
    range: { start: { line: 4, character: 2 }, end: { line: 4, character: 2 } },
    markdown: messageSummary,
  },
];

/** 150 plain characters and an opt-out: 173 septets, two segments, the second from offset 153. */
const twoSegments = { uri: 'file:///templates/long.sms', text: 'x'.repeat(150) + ' Reply STOP to opt out.' };

const nonGsmFixable = {
  uri: 'file:///templates/quotes.sms',
  text: 'It’s “ready” at 5 pm.',
  // Fix all applies safe fixes only: the missing opt-out's fix (appending wording) is unsafe.
  fixed: 'It\'s "ready" at 5 pm.',
};

describe('editor flow', () => {
  let server;
  before(async () => {
    server = await startServer();
  });
  after(() => server.stop());

  test('initialize declares pull and workspace diagnostics, hover, completion, code action kinds and inlay hints', () => {
    const { capabilities } = server.initializeResult;
    assert.deepEqual(capabilities.diagnosticProvider, { identifier: 'sms', interFileDependencies: false, workspaceDiagnostics: true });
    assert.equal(capabilities.hoverProvider, true);
    assert.equal(capabilities.inlayHintProvider, true);
    assert.deepEqual(capabilities.codeActionProvider.codeActionKinds, ['quickfix', 'source.fixAll.sms', 'source.convertToGsm.sms']);
    assert.deepEqual(capabilities.completionProvider.triggerCharacters, [':', ' ', '-', '{', '[', ',']);
  });

  test('a curly apostrophe is one non-gsm-character warning with its docs link, range, cost and fix', async () => {
    server.open(curly.uri, curly.text);
    const report = await server.diagnostics(curly.uri);
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.items.map((d) => d.code), ['non-gsm-character']);
    const [diagnostic] = report.items;
    assert.equal(diagnostic.source, 'sms');
    assert.equal(diagnostic.severity, 2);
    assert.equal(diagnostic.codeDescription.href, 'https://github.com/sms-templates/vscode-sms-templates/blob/main/docs/rules.md#non-gsm-character');
    assert.deepEqual(diagnostic.range, { start: { line: 4, character: 15 }, end: { line: 4, character: 16 } });
    assert.match(diagnostic.message, /forces UCS-2/);
    assert.match(diagnostic.message, /segment/);
    assert.deepEqual(diagnostic.data.fix.edits, [{ range: diagnostic.range, newText: "'" }]);
  });

  test('pulling again without a change reports the result as unchanged', async () => {
    const first = await server.diagnostics(curly.uri);
    const second = await server.diagnostics(curly.uri, first.resultId);
    assert.deepEqual(second, { kind: 'unchanged', resultId: first.resultId });
  });

  for (const expected of hovers) {
    test(`hover on ${expected.name}`, async () => {
      const hover = await server.hover(curly.uri, expected.position);
      assert.deepEqual(hover, { contents: { kind: 'markdown', value: expected.markdown }, range: expected.range });
    });
  }

  test('the quick fix swaps the apostrophe, is preferred, and after the edit the warning is gone', async () => {
    const { items } = await server.diagnostics(curly.uri);
    const range = { start: curly.apostrophe, end: curly.apostrophe };
    const actions = await server.codeActions(curly.uri, range, { diagnostics: items });
    const quickFixes = actions.filter((action) => action.kind === 'quickfix');
    assert.equal(quickFixes.length, 1);
    const [fix] = quickFixes;
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics, items);
    assert.match(fix.title, /^’ → ' — back to GSM-7/);
    const edits = editsOf(fix, curly.uri);
    assert.deepEqual(edits, [{ range: { start: { line: 4, character: 15 }, end: { line: 4, character: 16 } }, newText: "'" }]);
    assert.equal(fix.edit.documentChanges[0].textDocument.version, 1);
    server.change(curly.uri, edits.map((edit) => ({ range: edit.range, text: edit.newText })));
    const after = await server.diagnostics(curly.uri);
    assert.deepEqual(after.items, []);
    const hover = await server.hover(curly.uri, { line: 4, character: 2 });
    assert.equal(
      hover.contents.value,
      '**Message** GSM-7 · 42 septets · 1 segment  \n**Segment 1 of 1** 42 septets, room for 118 more  \n' +
        '**Worst case** (every variable at its longest) GSM-7 · 59 septets · 1 segment',
    );
  });

  test('several fixable problems offer fix-all per rule and for the file, and fix-all leaves nothing fixable', async () => {
    server.open(nonGsmFixable.uri, nonGsmFixable.text);
    const { items } = await server.diagnostics(nonGsmFixable.uri);
    assert.deepEqual(items.map((d) => d.code), ['non-gsm-character', 'non-gsm-character', 'non-gsm-character', 'missing-opt-out']);
    const at = { line: 0, character: 2 };
    const actions = await server.codeActions(nonGsmFixable.uri, { start: at, end: at }, { diagnostics: items });
    assert.deepEqual(
      actions.map((action) => [action.kind, action.title.replace(/ — .*/, '')]),
      [
        ['quickfix', '’ → \''],
        ['quickfix', 'Fix all non-gsm-character problems in file'],
        ['source.fixAll.sms', 'Fix all auto-fixable problems'],
      ],
    );
    assert.equal(actions[1].title, 'Fix all non-gsm-character problems in file — GSM-7: still 1 segment');
    const fixAll = actions[2];
    const fixed = applyTextEdits(nonGsmFixable.text, editsOf(fixAll, nonGsmFixable.uri));
    assert.equal(fixed, nonGsmFixable.fixed);
    server.change(nonGsmFixable.uri, [{ text: fixed }]);
    const again = await server.diagnostics(nonGsmFixable.uri);
    assert.deepEqual(again.items.filter((d) => d.data?.fix).map((d) => [d.code, d.data.fix.safe]), [['missing-opt-out', false]]);
    const left = await server.codeActions(nonGsmFixable.uri, { start: at, end: at }, { diagnostics: [], only: ['source.fixAll.sms'] });
    assert.deepEqual(left, []);
  });

  test('the light bulb offers unsafe fixes too, marked and never preferred; on save only safe ones apply', async () => {
    const uri = 'file:///templates/codigo.sms';
    const text = 'Su código: “1234”';
    server.open(uri, text);
    const { items } = await server.diagnostics(uri);
    const at = { line: 0, character: 4 };
    const actions = await server.codeActions(uri, { start: at, end: { line: 0, character: 17 } }, { diagnostics: items });
    assert.deepEqual(
      actions.map((action) => [action.kind, action.title, action.isPreferred ?? null]),
      [
        ['quickfix', 'ó → o [unsafe: changes spelling] — saves nothing yet: 2 other characters still force UCS-2', false],
        ['quickfix', '“ → " — saves nothing yet: 2 other characters still force UCS-2', true],
        ['quickfix', 'Append “Reply STOP to opt out.” [unsafe: adds wording] — still 1 segment', false],
        ['quickfix', '” → " — saves nothing yet: 2 other characters still force UCS-2', true],
        ['quickfix', 'Fix all non-gsm-character problems in file — still 1 segment', null],
        ['quickfix', 'Transliterate the whole message to GSM-7 [unsafe: changes spelling] — GSM-7: still 1 segment', false],
        ['source.fixAll.sms', 'Fix all auto-fixable problems — still 1 segment', null],
      ],
    );
    const result = (title) => applyTextEdits(text, editsOf(actions.find((action) => action.title.startsWith(title)), uri));
    assert.equal(result('ó → o'), 'Su codigo: “1234”');
    assert.equal(result('Append'), 'Su código: “1234” Reply STOP to opt out.');
    assert.equal(result('Fix all non-gsm-character'), 'Su código: "1234"');
    assert.equal(result('Transliterate'), 'Su codigo: "1234"');
    const [onSave] = await server.codeActions(uri, { start: at, end: at }, { diagnostics: [], only: ['source.fixAll.sms'] });
    assert.equal(applyTextEdits(text, editsOf(onSave, uri)), 'Su código: "1234"');
    const [convert] = await server.codeActions(uri, { start: at, end: at }, { diagnostics: [], only: ['source.convertToGsm.sms'] });
    assert.equal(applyTextEdits(text, editsOf(convert, uri)), 'Su código: "1234"');
  });

  test('a safe character swap is the preferred quick fix', async () => {
    const uri = 'file:///templates/preferred.sms';
    server.open(uri, 'It’s here. Reply STOP to opt out.');
    const { items } = await server.diagnostics(uri);
    const at = { line: 0, character: 2 };
    const [swap] = await server.codeActions(uri, { start: at, end: at }, { diagnostics: items });
    assert.deepEqual([swap.title, swap.isPreferred], ["’ → ' — back to GSM-7: still 1 segment, room for 127 more characters instead of 37", true]);
  });

  test('only: source.fixAll.sms returns just the fix-all action, as codeActionsOnSave asks', async () => {
    const uri = 'file:///templates/on-save.sms';
    server.open(uri, 'Café… Reply STOP to opt out.');
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 28 } };
    const actions = await server.codeActions(uri, whole, { diagnostics: [], only: ['source.fixAll.sms'] });
    assert.deepEqual(actions.map((action) => action.kind), ['source.fixAll.sms']);
    assert.equal(applyTextEdits('Café… Reply STOP to opt out.', editsOf(actions[0], uri)), 'Café... Reply STOP to opt out.');
  });

  test('source.convertToGsm.sms swaps every character that has a look-alike and only when asked for', async () => {
    const uri = 'file:///templates/convert.sms';
    const text = '“Hi” – see you… Reply STOP to opt out.';
    server.open(uri, text);
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } };
    const unasked = await server.codeActions(uri, whole, { diagnostics: [] });
    assert.equal(unasked.some((action) => action.kind === 'source.convertToGsm.sms'), false);
    const [convert] = await server.codeActions(uri, whole, { diagnostics: [], only: ['source.convertToGsm.sms'] });
    assert.equal(convert.title, 'Convert to GSM-7 — GSM-7: still 1 segment');
    assert.equal(applyTextEdits(text, editsOf(convert, uri)), '"Hi" - see you... Reply STOP to opt out.');
  });

  test('an inlay hint marks where segment 2 starts', async () => {
    server.open(twoSegments.uri, twoSegments.text);
    const hints = await server.inlayHints(twoSegments.uri, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } });
    assert.deepEqual(hints, [{ position: { line: 0, character: 153 }, label: '│2', tooltip: 'segment 2 starts here: 153 septets per segment' }]);
  });

  test('inlay hints outside the requested range are left out', async () => {
    const hints = await server.inlayHints(twoSegments.uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 100 } });
    assert.deepEqual(hints, []);
  });

  test('sms/segments splits the message into its segments with units and positions', async () => {
    const reply = await server.segments(twoSegments.uri);
    assert.deepEqual(reply, {
      uri: twoSegments.uri,
      version: 1,
      label: 'GSM-7 · 2 SMS · 173/306',
      summary:
        'GSM-7: 173 of 306 units in 2 segments, 173 characters. Worst case (every variable at its longest): GSM-7, 173 units, 2 segments.',
      encoding: 'GSM-7',
      units: 173,
      segments: 2,
      characters: 173,
      capacity: 306,
      unitsPerSegment: 153,
      remaining: 133,
      worstCase: { encoding: 'GSM-7', units: 173, segments: 2 },
      sending: [],
      pieces: [
        { text: 'x'.repeat(150) + ' Re', units: 153, start: { line: 0, character: 0 }, end: { line: 0, character: 153 } },
        { text: 'ply STOP to opt out.', units: 20, start: { line: 0, character: 153 }, end: { line: 0, character: 173 } },
      ],
    });
  });

  test('sms/segments with pieces: false leaves the text out', async () => {
    const reply = await server.segments(twoSegments.uri, { pieces: false });
    assert.deepEqual(reply.pieces, []);
    assert.equal(reply.segments, 2);
  });

  test('closing and reopening a document never reuses an old result id', async () => {
    const before = await server.diagnostics(twoSegments.uri);
    server.close(twoSegments.uri);
    server.open(twoSegments.uri, 'Hi “there”. Reply STOP to opt out.');
    const reopened = await server.diagnostics(twoSegments.uri, before.resultId);
    assert.equal(reopened.kind, 'full');
    assert.deepEqual(reopened.items.map((d) => d.code), ['non-gsm-character', 'non-gsm-character']);
  });
});

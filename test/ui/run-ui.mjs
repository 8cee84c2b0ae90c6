// The extension through the real VS Code UI: code-server with the packaged .vsix installed, driven by
// headless Chromium like a user would. Types a curly apostrophe, expects a warning squiggle, reads
// the hover, applies the quick fix with Ctrl+. and Enter, and follows the status bar text. Saves a
// screenshot of each step in test-results/ui/; with --update-docs, copies two to docs/images/ for the README.
//
// Needs `npm run package` (sms-templates.vsix) and scripts/install-code-server.sh.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, missingPrerequisite, startCodeServer, stopOnInterrupt } from '../vscode/code-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vsix = path.join(root, 'sms-templates.vsix');
const shots = path.join(root, 'test-results', 'ui');
const docsImages = path.join(root, 'docs', 'images');
const stepTimeoutMs = 20_000;

/**
 * Where an element is on the page, once it is visible: the editor re-renders its decorations (after
 * a resize, a new diagnostic), and an element found a moment before can be gone by the time it is
 * measured (Playwright's boundingBox() is then null), so it is found again until the step's timeout.
 */
async function visibleBox(locator) {
  const deadline = Date.now() + stepTimeoutMs;
  for (;;) {
    await locator.waitFor({ state: 'visible', timeout: Math.max(1, deadline - Date.now()) });
    const box = await locator.boundingBox();
    if (box) return box;
    if (Date.now() >= deadline) throw new Error('the element kept disappearing before it could be measured');
  }
}

const typed = ' Don\u2019t be late!';
// Status bar texts: as opened (78 GSM-7 characters), after typing (93, UCS-2), after the fix (93, GSM-7).
const expectedStatus = {
  opened: 'GSM-7 · 1 SMS · 78/160',
  typed: 'UCS-2 · 2 SMS · 93/134',
  fixed: 'GSM-7 · 1 SMS · 93/160',
};
const fixedLine = "Contoso Dental: your appointment is on Friday at 10:00. Don't be late! Reply STOP to opt out.";

const missing = missingPrerequisite(vsix);
if (missing) {
  console.error(`run-ui: ${missing}`);
  process.exit(1);
}
mkdirSync(shots, { recursive: true });

let passed = 0;
let failed = 0;
const started = Date.now();
let session;
let browser;
let page;
stopOnInterrupt(() => ({ browser, session }));

/** One user-visible check; the run stops at the first failure, since each step builds on the last. */
async function check(name, body) {
  const stepStarted = Date.now();
  try {
    await body();
    passed++;
    console.log(`ok - ${name} (${Date.now() - stepStarted} ms)`);
  } catch (error) {
    failed++;
    console.log(`not ok - ${name}: ${error.message.split('\n')[0]}`);
    await page?.screenshot({ path: path.join(shots, 'failure.png') }).catch(() => {});
    throw error;
  }
}

const statusBar = () => page.locator('#workbench\\.parts\\.statusbar');
const smsStatusItem = () => statusBar().locator('.statusbar-item', { hasText: / SMS · / }).first();
const editorLines = () => page.locator('.editor-instance .monaco-editor .view-lines').first();

async function expectStatus(text) {
  await smsStatusItem().filter({ hasText: text }).waitFor({ timeout: stepTimeoutMs }).catch(async () => {
    const seen = await smsStatusItem().innerText({ timeout: 1000 }).catch(() => '(no SMS status item)');
    throw new Error(`status bar shows "${seen}", expected "${text}"`);
  });
}

/** Waits until the editor's first line, its word-wrapped pieces joined in screen order, reads `expected`. */
async function waitForFirstLine(expected) {
  const read = (selector) => {
    const pieces = [...document.querySelector(selector).querySelectorAll('.view-line')]
      .map((line) => ({ top: parseFloat(line.style.top), text: line.textContent.replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top);
    const end = pieces.findIndex((piece) => piece.text.trim() === '');
    return pieces.slice(0, end === -1 ? undefined : end).map((piece) => piece.text).join('');
  };
  const selector = '.editor-instance .monaco-editor .view-lines';
  await page.waitForFunction(([source, sel, text]) => new Function(`return (${source})`)()(sel) === text, [read.toString(), selector, expected], { timeout: stepTimeoutMs })
    .catch(async () => { throw new Error(`the line reads "${await page.evaluate(([source, sel]) => new Function(`return (${source})`)()(sel), [read.toString(), selector])}"`); });
}

async function goToLineColumn(line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: stepTimeoutMs });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: stepTimeoutMs });
}

async function shoot(name) {
  const file = path.join(shots, name);
  await page.screenshot({ path: file });
  return file;
}

try {
  session = await startCodeServer({ vsix, workspaceSource: path.join(root, 'test/ui/workspace'), logFile: path.join(shots, 'code-server.log') });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1100, height: 560 } });
  await page.goto(session.workbenchUrl());

  await check('opening a template shows its segment count in the status bar', async () => {
    await page.locator('.monaco-workbench').waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: stepTimeoutMs });
    await input.fill('reminder.sms');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'reminder.sms' }).first().waitFor({ timeout: stepTimeoutMs });
    await page.keyboard.press('Enter');
    await editorLines().filter({ hasText: 'Contoso Dental' }).waitFor({ timeout: stepTimeoutMs });
    await expectStatus(expectedStatus.opened);
    await shoot('01-opened.png');
  });

  await check('typing a curly apostrophe shows a warning squiggle', async () => {
    await goToLineColumn(1, 56);
    await page.keyboard.type(typed);
    await page.locator('.squiggly-warning').first().waitFor({ timeout: stepTimeoutMs });
    const count = await page.locator('.squiggly-warning').count();
    if (count !== 1) throw new Error(`${count} warning squiggles, expected 1`);
    await shoot('02-squiggle.png');
  });

  await check('the status bar text changes as you type', async () => {
    await expectStatus(expectedStatus.typed);
    await shoot('03-status-ucs2.png');
    // For the README: a short window, so the picture is the edited line above the status bar.
    const full = page.viewportSize();
    await page.setViewportSize({ width: full.width, height: 170 });
    await page.waitForFunction(() => document.querySelector('#workbench\\.parts\\.statusbar')?.getBoundingClientRect().bottom === window.innerHeight, null, { timeout: stepTimeoutMs });
    await page.locator('.squiggly-warning').first().waitFor({ timeout: stepTimeoutMs });
    const editor = await visibleBox(page.locator('.editor-instance').first());
    await page.screenshot({ path: path.join(shots, '03-status-bar.png'), clip: { x: editor.x, y: 0, width: full.width - editor.x, height: 170 } });
    await page.setViewportSize(full);
    // Back at full size the workbench lays out again, and the editor renders its decorations anew.
    await page.waitForFunction(() => document.querySelector('#workbench\\.parts\\.statusbar')?.getBoundingClientRect().bottom === window.innerHeight, null, { timeout: stepTimeoutMs });
  });

  await check('hovering the squiggle explains the character and its cost', async () => {
    const box = await visibleBox(page.locator('.squiggly-warning').first());
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'U+2019' }).first();
    await hover.waitFor({ state: 'visible', timeout: stepTimeoutMs });
    // The hover fades in: take the picture once it is opaque.
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover:not(.hidden)')].some((el) => getComputedStyle(el).opacity === '1' && el.getAnimations().length === 0), null, { timeout: stepTimeoutMs });
    await shoot('04-hover.png');
  });

  await check("Ctrl+. offers the ’ → ' swap and Enter applies it: the squiggle goes away", async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await goToLineColumn(1, 60);
    await page.keyboard.press('Control+Period');
    const menu = page.locator('.action-widget');
    await menu.waitFor({ state: 'visible', timeout: stepTimeoutMs });
    const focused = (await menu.locator('.monaco-list-row.focused').first().innerText({ timeout: stepTimeoutMs })).trim();
    if (!focused.startsWith("’ → '")) throw new Error(`the focused quick fix is "${focused}"`);
    await shoot('05-quick-fix.png');
    await page.keyboard.press('Enter');
    await page.locator('.squiggly-warning').first().waitFor({ state: 'detached', timeout: stepTimeoutMs });
    await waitForFirstLine(fixedLine);
  });

  await check('the status bar is back to GSM-7 after the fix', async () => {
    await expectStatus(expectedStatus.fixed);
    await shoot('06-fixed.png');
  });

  // The README's two pictures are refreshed only when asked for, so a test run leaves the tree clean.
  if (process.argv.includes('--update-docs')) {
    copyFileSync(path.join(shots, '04-hover.png'), path.join(docsImages, 'squiggle-hover.png'));
    copyFileSync(path.join(shots, '03-status-bar.png'), path.join(docsImages, 'status-bar.png'));
  }
} catch (error) {
  if (failed === 0) {
    failed++;
    console.log(`not ok - the UI run: ${error.message.split('\n')[0]}`);
  }
} finally {
  await browser?.close().catch(() => {});
  await session?.stop();
}
console.log(`run-ui: screenshots in ${path.relative(root, shots)}/ (${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log(`ui: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

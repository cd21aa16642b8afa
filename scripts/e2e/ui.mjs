#!/usr/bin/env node
// The UI pass: drives the real workbench DOM in headless chromium, as a user would, on the unpackaged
// extension (only extensionDevelopmentPath in the payload, no test suite): hover, completion, the
// quick-fix menu, the Error Catalog view and the Problems panel, with a screenshot of each.
//
// usage: npm run test:e2e:ui     (after `npm run e2e:setup`)
// env:   UPDATE_SCREENSHOTS=1  also copy the screenshots to docs/images/ (the README shows them)
//        ERROR_CATALOG_E2E_UI_WAIT_MS  limit of each wait on the workbench (default 60000)
//        ERROR_CATALOG_E2E_SERVER_ARGS, ERROR_CATALOG_E2E_CACHE, ERROR_CATALOG_E2E_WORK,
//        ERROR_CATALOG_E2E_CHROMIUM  see run.mjs and layout.mjs
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { installedTools, isolatedEnv, prepareWorkFolder, repoRoot } from './layout.mjs';
import { buildExtension, prepareWorkspace, say, runMain, seconds, withServer } from './session.mjs';
import { launchBrowser, logConsole, workbenchUrl } from './workbench.mjs';

const waitMs = Number(process.env.ERROR_CATALOG_E2E_UI_WAIT_MS || 60_000);
/** The first hover may come before the extension is active: hover again, this many times at most. */
const HOVER_ATTEMPTS = 20;
const HOVER_ATTEMPT_MS = 3_000;

const HOVER_ROUTE = 'src/routes/orders.ts';
const HOVER_CODE = 'ORDER_NOT_FOUND';
const MISMATCH_ROUTE = 'src/routes/refunds.ts';
const MISMATCH_LINE = "return res.status(404).json({ error: { code: 'FORBIDDEN'";
const UNKNOWN_CODE = 'ORDER_NOT_FOUN';

/** A workbench that fits the screenshots: the editor as wide as the window allows. */
const SCREENSHOT_SETTINGS = {
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.minimap.enabled': false,
  // The fixture has no node_modules: TypeScript's "Cannot find module 'express'" would crowd the Problems panel.
  'typescript.validate.enable': false,
};

/** A failed check: the step that failed says what was expected and what the workbench showed. */
class UiFailure extends Error {}

/** The fixture catalog's codes and descriptions, read from the file the workspace copy starts from. */
function fixtureCatalog() {
  const file = join(repoRoot, 'test/e2e/workspace/error-catalog.json');
  return JSON.parse(readFileSync(file, 'utf8')).errors;
}

/** 1-based line and column of `needle` in a fixture file, plus `shift` characters. */
function positionOf(relativePath, needle, shift = 0) {
  const lines = readFileSync(join(repoRoot, 'test/e2e/workspace', relativePath), 'utf8').split('\n');
  const line = lines.findIndex((text) => text.includes(needle));
  if (line === -1) throw new Error(`'${needle}' is not in ${relativePath}`);
  return { line: line + 1, column: lines[line].indexOf(needle) + 1 + shift, text: lines[line] };
}

/** The rendered lines of the active editor. */
const LINES = '.editor-group-container.active .monaco-editor .view-lines .view-line';

/** The texts of the editor's rendered lines, spaces as spaces (monaco renders some as U+00A0). */
function editorLines(page) {
  return page
    .locator(LINES)
    .evaluateAll((lines) => lines.map((line) => line.textContent.replace(/\u00a0/g, ' ')));
}

class UiSession {
  constructor(page, screenshots) {
    this.page = page;
    this.screenshots = screenshots;
    this.shots = [];
  }

  /** Runs one step; a failure leaves a screenshot of the workbench and names the step. */
  async step(name, body) {
    const start = Date.now();
    try {
      await body();
      say(`ui: ${name} (${seconds(start)})`);
    } catch (error) {
      const shot = join(this.screenshots, `failure-${name.replace(/\W+/g, '-')}.png`);
      await this.page.screenshot({ path: shot }).catch(() => {});
      throw new UiFailure(`${name}: ${error.message}\n  workbench at the failure: ${shot}`);
    }
  }

  async screenshot(name) {
    const path = join(this.screenshots, `${name}.png`);
    await this.page.screenshot({ path });
    this.shots.push(path);
  }

  /** Waits for a locator to be visible, failing with `what` when it is not within the bound. */
  async visible(locator, what) {
    try {
      await locator.first().waitFor({ state: 'visible', timeout: waitMs });
    } catch {
      throw new UiFailure(`${what} did not appear within ${waitMs} ms`);
    }
    return locator.first();
  }

  /** Opens a workspace file through Quick Open and waits for its text in the editor. */
  async openFile(relativePath, expectedText) {
    const name = relativePath.split('/').pop();
    await this.page.keyboard.press('Control+P');
    const input = await this.visible(this.page.locator('.quick-input-widget input'), 'Quick Open');
    await input.fill(name);
    const row = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: name });
    await (await this.visible(row, `${name} in Quick Open`)).click();
    await this.visible(this.page.locator('.tab.active', { hasText: name }), `an editor tab for ${name}`);
    await this.waitForLine(expectedText, `${name} rendered`);
  }

  /** Moves the cursor with Go to Line, as `line:column`. */
  async goTo({ line, column }) {
    await this.page.keyboard.press('Control+G');
    const input = await this.visible(this.page.locator('.quick-input-widget input'), 'Go to Line');
    await input.fill(`:${line}:${column}`);
    await input.press('Enter');
    // Keys pressed before the editor has the focus back would go nowhere.
    await this.visible(
      this.page.locator('.editor-group-container.active .monaco-editor.focused'),
      `the editor focused at ${line}:${column}`,
    );
    await this.visible(
      this.page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }),
      `the cursor at ${line}:${column}`,
    );
  }

  /**
   * Waits until a rendered line of the active editor contains `needle` (or starts with it): in the
   * page, on each animation frame, so no time passes between the change and the check.
   */
  async waitForLine(needle, what, { atStart = false } = {}) {
    try {
      await this.page.waitForFunction(
        ({ selector, needle, atStart }) =>
          [...globalThis.document.querySelectorAll(selector)].some((line) => {
            const text = line.textContent.replace(/\u00a0/g, ' ');
            return atStart ? text.startsWith(needle) : text.includes(needle);
          }),
        { selector: LINES, needle, atStart },
        { timeout: waitMs },
      );
    } catch {
      const lines = await editorLines(this.page);
      throw new UiFailure(`${what}: not seen within ${waitMs} ms; the editor showed:\n${lines.join('\n')}`);
    }
  }
}

async function hover(ui, catalog) {
  await ui.openFile(HOVER_ROUTE, HOVER_CODE);
  const { page } = ui;
  const token = await ui.visible(
    page.locator('.editor-group-container.active .view-line span[class^="mtk"]', { hasText: HOVER_CODE }),
    `the token ${HOVER_CODE}`,
  );
  const description = catalog[HOVER_CODE].description;
  const widget = page.locator('.monaco-hover').filter({ hasText: description });
  for (let attempt = 1; attempt <= HOVER_ATTEMPTS; attempt++) {
    // Null while the line is being re-rendered (tokens and inlay hints arrive): try again.
    const box = await token.boundingBox();
    if (box === null) continue;
    // Leaving the token first makes the next move a new hover.
    await page.mouse.move(box.x + box.width / 2, box.y + 200);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    try {
      await widget.first().waitFor({ state: 'visible', timeout: HOVER_ATTEMPT_MS });
      const text = await widget.first().innerText();
      if (!text.includes(HOVER_CODE)) throw new UiFailure(`the hover does not name ${HOVER_CODE}: ${text}`);
      await ui.screenshot('hover');
      await page.mouse.move(box.x + box.width / 2, box.y + 300);
      return;
    } catch (error) {
      if (error instanceof UiFailure) throw error;
    }
  }
  const seen = await page.locator('.monaco-hover').allInnerTexts();
  throw new UiFailure(
    `no hover with the catalog description "${description}" after ${HOVER_ATTEMPTS} tries; hovers seen: ${JSON.stringify(seen)}`,
  );
}

async function completion(ui, catalog) {
  const { page } = ui;
  // Just inside the opening quote of an existing code: every catalog code is a candidate.
  await ui.goTo(positionOf(HOVER_ROUTE, `'${HOVER_CODE}'`, 1));
  await page.keyboard.press('Control+Space');
  const rows = page.locator('.suggest-widget .monaco-list-row');
  await ui.visible(rows.filter({ hasText: Object.keys(catalog)[0] }), 'the suggest list with catalog codes');
  const labels = await rows.allInnerTexts();
  const missing = Object.keys(catalog).filter((code) => !labels.some((label) => label.includes(code)));
  if (missing.length > 0) {
    throw new UiFailure(`the suggest list lacks ${missing.join(', ')}; it showed ${JSON.stringify(labels)}`);
  }
  await ui.screenshot('completion');
  await page.keyboard.press('Escape');
  await rows.first().waitFor({ state: 'hidden', timeout: waitMs });
}

async function quickFix(ui) {
  const { page } = ui;
  const mismatch = positionOf(MISMATCH_ROUTE, MISMATCH_LINE);
  await ui.openFile(MISMATCH_ROUTE, "code: 'FORBIDDEN'");
  // The squiggle says the diagnostics arrived: the menu is computed from them.
  await ui.visible(
    page.locator('.editor-group-container.active .squiggly-warning'),
    'a warning squiggle in refunds.ts',
  );
  const status = { line: mismatch.line, column: mismatch.text.indexOf('404') + 1 };
  await ui.goTo(status);
  const row = page.locator('.action-widget .monaco-list-row', { hasText: 'Change status to 403' });
  // A Ctrl+. that lands before the editor has its code actions shows "no code actions" and is
  // gone: ask again, a few times, before waiting the full bound once more.
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.keyboard.press('Control+.');
    const shown = await row
      .first()
      .waitFor({ state: 'visible', timeout: 3_000 })
      .then(
        () => true,
        () => false,
      );
    if (shown) break;
    await page.keyboard.press('Escape');
    await ui.goTo(status);
  }
  const fix = await ui.visible(row, 'the quick-fix menu with "Change status to 403"');
  await ui.screenshot('quick-fix');
  await fix.click();
  const fixed = mismatch.text.replace('404', '403');
  const prefix = fixed.slice(0, fixed.indexOf("'FORBIDDEN'"));
  await ui.waitForLine(prefix, `the status changed to 403 ("${prefix.trim()}")`, { atStart: true });
}

async function treeView(ui, catalog) {
  const { page } = ui;
  // The folder's pane gives its room to the catalog view, so all of the codes show.
  const folders = page
    .locator('.pane', { has: page.locator('.explorer-folders-view') })
    .locator('.pane-header');
  if ((await folders.first().getAttribute('aria-expanded')) === 'true') await folders.first().click();
  const header = await ui.visible(
    page.locator('.pane-header', { hasText: 'Error Catalog' }),
    'the Error Catalog view in the Explorer',
  );
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Error Catalog' }) });
  const rows = pane.locator('.monaco-list-row');
  await ui.visible(
    rows.filter({ hasText: Object.keys(catalog)[0] }),
    'catalog codes in the Error Catalog view',
  );
  const labels = await rows.allInnerTexts();
  const missing = Object.keys(catalog).filter((code) => !labels.some((label) => label.includes(code)));
  if (missing.length > 0) {
    throw new UiFailure(
      `the Error Catalog view lacks ${missing.join(', ')}; it showed ${JSON.stringify(labels)}`,
    );
  }
  await ui.screenshot('tree-view');
}

async function problems(ui) {
  const { page } = ui;
  await page.keyboard.press('Control+Shift+M');
  await ui.visible(
    page.locator('.markers-panel .monaco-list-row', {
      hasText: `'${UNKNOWN_CODE}' is not in the error catalog`,
    }),
    `the Problems panel with the unknown code ${UNKNOWN_CODE}`,
  );
  await ui.screenshot('problems');
}

async function runUi({ tools, dirs, env, server }) {
  const screenshots = join(dirs.root, 'screenshots');
  mkdirSync(screenshots, { recursive: true });
  const { context, page } = await launchBrowser({ tools, dirs, env });
  logConsole(page, join(dirs.logs, 'browser-console.log'));
  const ui = new UiSession(page, screenshots);
  const catalog = fixtureCatalog();
  try {
    await ui.step('workbench', async () => {
      await page.goto(workbenchUrl(server, dirs.workspace, [['extensionDevelopmentPath', repoRoot]]));
      await ui.visible(page.locator('.monaco-workbench'), 'the workbench');
      await ui.visible(
        page.locator('.explorer-folders-view .monaco-list-row'),
        'the workspace in the Explorer',
      );
    });
    await ui.step('hover', () => hover(ui, catalog));
    await ui.step('completion', () => completion(ui, catalog));
    await ui.step('quick fix', () => quickFix(ui));
    await ui.step('tree view', () => treeView(ui, catalog));
    await ui.step('problems panel', () => problems(ui));
  } finally {
    await context.close().catch(() => {});
  }
  return ui.shots;
}

/** Copies the screenshots the README shows; only on request, so a test run never edits tracked files. */
function updateDocs(shots) {
  const images = join(repoRoot, 'docs/images');
  mkdirSync(images, { recursive: true });
  for (const shot of shots) copyFileSync(shot, join(images, shot.split('/').pop()));
  say(`copied ${shots.length} screenshots to ${images}`);
}

async function main() {
  const tools = installedTools();
  const buildStart = Date.now();
  buildExtension();
  say(`built the extension in ${seconds(buildStart)}`);
  const dirs = prepareWorkFolder();
  prepareWorkspace(dirs, SCREENSHOT_SETTINGS);
  const env = isolatedEnv(dirs, tools);
  Object.assign(process.env, { TMPDIR: dirs.tmp, XDG_RUNTIME_DIR: dirs.runtime });
  return withServer({ tools, dirs, env }, async (server) => {
    const start = Date.now();
    try {
      const shots = await runUi({ tools, dirs, env, server });
      say(`UI pass took ${seconds(start)}; screenshots in ${join(dirs.root, 'screenshots')}`);
      if (process.env.UPDATE_SCREENSHOTS === '1') updateDocs(shots);
      return 0;
    } catch (error) {
      if (!(error instanceof UiFailure)) throw error;
      say(`FAILED: ${error.message}`);
      say(`logs in ${dirs.logs}`);
      return 1;
    }
  });
}

runMain(main);

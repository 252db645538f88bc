import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { workbenchUrl } from './browser';
import { previewPanel } from './preview-check';

export const ARTIFACTS = path.resolve(__dirname, '..', 'artifacts');

const EXPECTED_PROBLEM = 'spec.ports[1].name: Required value — a Service with more than one port must name every port';

/** One check of what a person sees; each saves a screenshot under test/e2e/artifacts/, pass or fail. */
export interface VisibleCheck {
  readonly name: string;
  run(page: Page): Promise<void>;
}

export const VISIBLE_CHECKS: readonly VisibleCheck[] = [
  { name: 'problems-panel', run: problemsPanel },
  { name: 'hover-widget', run: hoverWidget },
  { name: 'quick-fix', run: quickFix },
  { name: 'preview-panel', run: previewPanel },
];

/** Opens the workspace in the workbench, then runs `checks` in turn on the same page, a screenshot after each. */
export async function runChecks(
  page: Page,
  serverUrl: string,
  folder: string,
  checks: readonly VisibleCheck[],
  onResult: (name: string, error?: Error) => void,
): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.goto(workbenchUrl(serverUrl, folder));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  for (const check of checks) {
    try {
      await check.run(page);
      onResult(check.name);
    } catch (error) {
      onResult(check.name, error instanceof Error ? error : new Error(String(error)));
    } finally {
      await page.screenshot({ path: path.join(ARTIFACTS, `${check.name}.png`) });
    }
  }
}

/** Opens `name` from the explorer and waits until it is the active YAML editor. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).click({ timeout: 30_000 });
  await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
  await page.locator('#status\\.editor\\.mode', { hasText: 'YAML' }).waitFor({ timeout: 30_000 });
}

/**
 * The text of the hover widget over the first `targetPort` key of the active editor. The first hover after
 * activation can miss: move away and retry.
 */
export async function targetPortHoverText(page: Page): Promise<string> {
  const token = page.locator('.monaco-editor .view-line span', { hasText: /^targetPort$/ }).first();
  await token.waitFor({ timeout: 10_000 });
  const hover = page.locator('.monaco-hover:visible', { hasText: 'targetPort' });
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.mouse.move(5, 5);
    await token.hover();
    // isVisible() does not wait; waitFor does.
    if (await hover.first().waitFor({ timeout: 2_000 }).then(() => true, () => false)) break;
  }
  return hover.first().innerText({ timeout: 10_000 });
}

/** The squiggle's message in the Problems panel, and the squiggle itself. */
async function problemsPanel(page: Page): Promise<void> {
  await openFile(page, 'two-ports.yaml');
  await page.keyboard.press('Control+Shift+M');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'spec.ports[1].name' });
  await row.first().waitFor({ timeout: 30_000 });
  const text = (await row.first().innerText()).replace(/\s+/g, ' ');
  if (!text.includes(EXPECTED_PROBLEM)) throw new Error(`the Problems panel shows '${text}'`);
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 10_000 });
}

/** The hover widget over `targetPort` explains it. */
async function hoverWidget(page: Page): Promise<void> {
  await openFile(page, 'hover.yaml');
  const text = await targetPortHoverText(page);
  if (!/container port `?8080/.test(text)) throw new Error(`the hover shows '${text}'`);
}

/** Auto Fix (the preferred quick fix) on the unnamed port names it, and the error goes away. */
async function quickFix(page: Page): Promise<void> {
  await openFile(page, 'quick-fix.yaml');
  const line = page.locator('.monaco-editor .view-line', { hasText: 'port: 443' }).first();
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 30_000 });
  await line.click();
  // Auto Fix asks for the code actions when pressed; on a loaded machine they may not be ready yet (VS Code then
  // says "No auto fixes available" and does nothing), so press again until the fix lands.
  const fixed = page.locator('.monaco-editor .view-line', { hasText: 'name: https' }).first();
  for (let attempt = 0; attempt < 6; attempt++) {
    await page.keyboard.press('Shift+Alt+Period');
    if (await fixed.waitFor({ timeout: 5_000 }).then(() => true, () => false)) break;
    await page.keyboard.press('Escape');
    await line.click();
  }
  await fixed.waitFor({ timeout: 20_000 });
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'detached', timeout: 20_000 });
}

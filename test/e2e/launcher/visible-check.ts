import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { workbenchUrl } from './browser';

export const ARTIFACTS = path.resolve(__dirname, '..', 'artifacts');

const EXPECTED_PROBLEM = 'spec.ports[1].name: Required value — a Service with more than one port must name every port';

/**
 * What a person sees: open the workspace, open the fixture from the explorer, wait for YAML mode, and read the
 * squiggle's message from the Problems panel. Saves a screenshot either way.
 */
export async function checkProblemsPanel(page: Page, serverUrl: string, folder: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  try {
    await page.goto(workbenchUrl(serverUrl, folder));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'two-ports.yaml' }).click({ timeout: 30_000 });
    await page.locator('#status\\.editor\\.mode', { hasText: 'YAML' }).waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'spec.ports[1].name' });
    await row.first().waitFor({ timeout: 30_000 });
    const text = (await row.first().innerText()).replace(/\s+/g, ' ');
    if (!text.includes(EXPECTED_PROBLEM)) throw new Error(`the Problems panel shows '${text}'`);
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 10_000 });
  } finally {
    await page.screenshot({ path: path.join(ARTIFACTS, 'problems-panel.png') });
  }
}

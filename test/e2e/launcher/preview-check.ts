import type { Page } from 'playwright-core';

/** The node URLs the fixture workspace's `.vscode/settings.json` leads to for `node-port-service.yaml`. */
const NODE_URLS = ['http://192.168.1.10:30007', 'http://192.168.1.11:30007', 'http://192.168.1.12:30007'];

/**
 * What a person sees of the preview: F1 → "kube-svc: Preview Service" on the NodePort fixture opens the panel beside
 * the editor, and the webview shows one URL per configured node and the Deployment the Service selects.
 */
export async function previewPanel(page: Page): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'node-port-service.yaml' }).click({ timeout: 30_000 });
  await page.locator('.tab.active', { hasText: 'node-port-service.yaml' }).waitFor({ timeout: 30_000 });
  await page.locator('#status\\.editor\\.mode', { hasText: 'YAML' }).waitFor({ timeout: 30_000 });
  await page.locator('.monaco-editor .view-line', { hasText: 'my-service' }).first().click();

  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill('>kube-svc: Preview Service');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'kube-svc: Preview Service' }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');

  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const urls = frame.locator('.group-node-port code.url');
  await urls.filter({ hasText: NODE_URLS[2] }).waitFor({ timeout: 30_000 });
  const shown = await urls.allInnerTexts();
  if (JSON.stringify(shown) !== JSON.stringify(NODE_URLS)) throw new Error(`the panel shows node URLs ${JSON.stringify(shown)}`);
  const workload = (await frame.locator('.workload .link').allInnerTexts()).join(', ');
  if (workload !== 'Deployment my-app') throw new Error(`the panel shows workloads '${workload}'`);
  const chain = await frame.locator('.port .chain').first().innerText();
  if (chain !== '80 → 80 → web/80 (TCP)') throw new Error(`the panel shows the port as '${chain}'`);
  const copyButtons = await frame.locator('.group-node-port button.copy').count();
  if (copyButtons !== 3) throw new Error(`${copyButtons} copy buttons beside the node URLs`);

  // Typing updates the panel, and the re-render keeps the reader where they had scrolled to.
  await urls.last().scrollIntoViewIfNeeded();
  const body = frame.locator('body');
  const scrolled = Number(await body.evaluate('window.scrollY'));
  if (!(scrolled > 0)) throw new Error(`the panel did not scroll (scrollY ${scrolled})`);
  await page.locator('.monaco-editor .view-line span', { hasText: /^30007$/ }).first().dblclick();
  await page.keyboard.type('30008', { delay: 20 });
  await urls.filter({ hasText: 'http://192.168.1.12:30008' }).waitFor({ timeout: 20_000 });
  const after = Number(await body.evaluate('window.scrollY'));
  if (Math.abs(after - scrolled) > 1) throw new Error(`re-rendering moved the panel from scrollY ${scrolled} to ${after}`);
  await page.keyboard.press('Control+Z');
  await urls.filter({ hasText: NODE_URLS[2] }).waitFor({ timeout: 20_000 });
}

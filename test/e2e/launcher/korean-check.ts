import type { Page } from 'playwright-core';
import { openFile, targetPortHoverText } from './visible-check';
import type { VisibleCheck } from './visible-check';

/** What kube-svc contributes to the command palette, in Korean (package.nls.ko.json). */
const KOREAN_COMMANDS = ['kube-svc: 서비스 미리보기', 'kube-svc: 언어 서버 다시 시작', 'kube-svc: 출력 보기'];
/** kubeSvc.enable's description in Korean. */
const KOREAN_ENABLE = 'YAML 파일의 쿠버네티스 Service와 Endpoints 매니페스트를 검사합니다.';
const HANGUL = /[\uAC00-\uD7A3]/;

/**
 * What a Korean user sees (code-server `--locale ko` with a Korean language pack installed): the command palette
 * entries and the settings page of kube-svc, a hover and the preview panel are Korean. Screenshots go to
 * test/e2e/artifacts/ko-*.png.
 */
export const KOREAN_CHECKS: readonly VisibleCheck[] = [
  { name: 'ko-command-palette', run: commandPalette },
  { name: 'ko-settings', run: settingsPage },
  { name: 'ko-hover', run: hover },
  { name: 'ko-preview-panel', run: previewPanel },
];

/** The palette lists the three commands in Korean; "restart" and "show output" once the extension is active. */
async function commandPalette(page: Page): Promise<void> {
  await openFile(page, 'two-ports.yaml');
  // The diagnostic proves the extension is active, so its context key shows the restart and output commands.
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill('>kube-svc');
  const rows = page.locator('.quick-input-widget .monaco-list-row');
  for (const title of KOREAN_COMMANDS) await rows.filter({ hasText: title }).first().waitFor({ timeout: 15_000 });
}

/** The settings page, filtered to kube-svc, describes the settings in Korean. */
async function settingsPage(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Comma');
  // The settings editor opens with its search box focused.
  await page.locator('.settings-editor .settings-header').waitFor({ timeout: 20_000 });
  await page.locator('.settings-editor .suggest-input-container .monaco-editor.focused').waitFor({ timeout: 20_000 });
  await page.keyboard.type('kubeSvc');
  const description = page.locator('.settings-editor .setting-item-description', { hasText: KOREAN_ENABLE });
  await description.first().waitFor({ timeout: 20_000 });
}

/** A hover follows VS Code's display language: Korean. */
async function hover(page: Page): Promise<void> {
  await openFile(page, 'hover.yaml');
  const text = await targetPortHoverText(page);
  if (!HANGUL.test(text) || !/컨테이너 포트 `?8080/.test(text)) throw new Error(`the hover shows '${text}'`);
}

/** "kube-svc: 서비스 미리보기" opens the panel with a Korean title and Korean labels. */
async function previewPanel(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await openFile(page, 'node-port-service.yaml');
  await page.locator('.monaco-editor .view-line', { hasText: 'my-service' }).first().click();
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`>${KOREAN_COMMANDS[0]}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: KOREAN_COMMANDS[0] }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tab', { hasText: 'my-service 미리보기' }).first().waitFor({ timeout: 30_000 });
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await frame.locator('.group-node-port code.url').first().waitFor({ timeout: 30_000 });
  const headings = (await frame.locator('.part h2').allInnerTexts()).join(', ');
  for (const label of ['셀렉터', '워크로드', '포트', '주소']) {
    if (!headings.includes(label)) throw new Error(`the panel's headings are '${headings}'`);
  }
}

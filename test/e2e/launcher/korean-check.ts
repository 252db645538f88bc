import type { Page } from 'playwright-core';
import { openFile, targetPortHoverText } from './visible-check';
import type { VisibleCheck } from './visible-check';

/** What kube-svc contributes to the command palette, in Korean (package.nls.ko.json). */
const KOREAN_COMMANDS = ['kube-svc: 서비스 미리보기', 'kube-svc: 언어 서버 다시 시작', 'kube-svc: 출력 보기'];
/** kubeSvc.enable's description in Korean. */
const KOREAN_ENABLE = 'YAML 파일의 쿠버네티스 Service와 Endpoints 매니페스트를 검사합니다.';
const HANGUL = /[\uAC00-\uD7A3]/;
/** The unnamed port's diagnostic: the API server's text stays English, kube-svc's advice after it is Korean. */
const KOREAN_PROBLEM = 'spec.ports[1].name: Required value — 포트가 둘 이상인 Service는 모든 포트에 이름을 붙여야 합니다';
/** The preferred quick fix of two-ports.yaml's unnamed port, in Korean, with the name it writes. */
const KOREAN_FIX_TITLE = '모든 포트에 이름 붙이기(https)';

/**
 * What a Korean user sees (code-server `--locale ko` with a Korean language pack installed): the command palette
 * entries and the settings page of kube-svc, a diagnostic's hover (after the API server's English text), the quick-fix
 * menu, a hover and the preview panel are Korean. Screenshots go to
 * test/e2e/artifacts/ko-*.png.
 */
export const KOREAN_CHECKS: readonly VisibleCheck[] = [
  { name: 'ko-command-palette', run: commandPalette },
  { name: 'ko-problem-hover', run: problemHover },
  { name: 'ko-quick-fix', run: quickFixMenu },
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

/** The line of two-ports.yaml's unnamed port, once its diagnostic is drawn. */
async function unnamedPortLine(page: Page) {
  await page.keyboard.press('Escape');
  await openFile(page, 'two-ports.yaml');
  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
  return page.locator('.monaco-editor .view-line', { hasText: 'port: 443' }).first();
}

/** Hovering the unnamed port shows its diagnostic: the API server's path and words in English, the advice Korean. */
async function problemHover(page: Page): Promise<void> {
  const line = await unnamedPortLine(page);
  const number = line.locator('span', { hasText: /^443$/ }).first();
  const hover = page.locator('.monaco-hover:visible', { hasText: 'spec.ports[1].name' });
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.mouse.move(5, 5);
    await number.hover();
    if (await hover.first().waitFor({ timeout: 2_000 }).then(() => true, () => false)) break;
  }
  const text = (await hover.first().innerText({ timeout: 10_000 })).replace(/\s+/g, ' ');
  if (!text.includes(KOREAN_PROBLEM)) throw new Error(`the diagnostic's hover shows '${text}'`);
}

/** The quick-fix menu (Ctrl+.) on the unnamed port offers its fix with a Korean title; nothing is applied. */
async function quickFixMenu(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  const line = await unnamedPortLine(page);
  await line.click();
  const title = page.locator('.action-widget .monaco-list-row', { hasText: KOREAN_FIX_TITLE });
  // As with Auto Fix, the code actions may not be ready at the first press on a loaded machine: ask again.
  for (let attempt = 0; attempt < 6; attempt++) {
    await page.keyboard.press('Control+Period');
    if (await title.first().waitFor({ timeout: 5_000 }).then(() => true, () => false)) break;
    await page.keyboard.press('Escape');
    await line.click();
  }
  const rows = (await page.locator('.action-widget .monaco-list-row').allInnerTexts()).join(' | ');
  if (!rows.includes(KOREAN_FIX_TITLE) || !HANGUL.test(rows)) throw new Error(`the quick-fix menu shows '${rows}'`);
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

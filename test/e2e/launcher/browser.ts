import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

/** Flags that keep Debian's Chromium headless and off the network (see shared/E2E.md). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface BrowserSession {
  readonly browser: Browser;
  readonly page: Page;
  /** The page console so far, extension-host output included. */
  consoleLog(): string;
  /** The suite's own `[e2e]` lines. */
  suiteLines(): string[];
}

export async function openBrowser(executablePath: string): Promise<BrowserSession> {
  // Playwright gives every launch a fresh temporary profile of its own.
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const lines: string[] = [];
  page.on('console', (message) => lines.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => lines.push(`[pageerror] ${error.message}`));
  const suiteLines = () =>
    lines.map((line) => /\[e2e\] .*/.exec(line)?.[0]).filter((line): line is string => line !== undefined);
  return { browser, page, consoleLog: () => lines.join('\n'), suiteLines };
}

/** The workbench URL that opens `folder`; with `payload` the smoke-test driver runs extension tests. */
export function workbenchUrl(serverUrl: string, folder: string, payload?: [string, string][]): string {
  const query = new URLSearchParams({ folder });
  if (payload) query.set('payload', JSON.stringify(payload));
  return `${serverUrl}/?${query.toString()}`;
}

/** Runs the extension-host suite through the URL payload and resolves with its exit code (0 = passed). */
export async function runExtensionTests(
  session: BrowserSession,
  serverUrl: string,
  folder: string,
  extensionPath: string,
  testsPath: string,
  timeoutMs: number,
): Promise<number> {
  const remote = (p: string) => `vscode-remote://${new URL(serverUrl).host}${p}`;
  let finish: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (finish = resolve));
  await session.page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
  const url = workbenchUrl(serverUrl, folder, [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
  ]);
  await session.page.goto(url);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<number>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the extension tests did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    return await Promise.race([exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

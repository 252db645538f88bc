// Renders images/icon.svg to the 128×128 PNG the marketplace shows (images/icon.png), with the machine's Chromium
// through playwright-core: `node --import tsx scripts/render-icon.ts [path to chromium]`.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

const IMAGES = path.resolve(__dirname, '..', 'images');

async function main(executablePath: string): Promise<void> {
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
    const svg = readFileSync(path.join(IMAGES, 'icon.svg'), 'utf8');
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: path.join(IMAGES, 'icon.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
}

void main(process.argv[2] ?? '/usr/bin/chromium');

// Bundles the three entry points with esbuild: the extension client, the language server and the CLI.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
};

const e2eSuite = {
  ...common,
  entryPoints: ['test/e2e/suite/index.ts'],
  outfile: 'test/e2e/out/suite.js',
  external: ['vscode'],
  // mocha's parallel mode resolves worker files at run time; the bundled suite runs serially and never loads them.
  logOverride: { 'require-resolve-not-external': 'silent' },
};

await Promise.all([
  ...(process.argv.includes('--e2e') ? [build(e2eSuite)] : []),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] }),
  // The preview page runs in the webview: a browser script (loaded under the page's nonce) and its stylesheet.
  build({
    ...common,
    platform: 'browser',
    target: 'chrome114',
    format: 'iife',
    entryPoints: ['client/src/preview/page/main.ts'],
    outfile: 'client/out/preview-page.js',
  }),
  build({ ...common, platform: 'browser', entryPoints: ['client/src/preview/page/preview.css'], outfile: 'client/out/preview-page.css' }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/server.js' }),
  build({
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'server/out/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    define: { KUBE_SVC_VERSION: JSON.stringify(version) },
  }),
]);

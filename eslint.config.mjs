// ESLint: typescript-eslint's recommended rules everywhere, and the layering of README's Development section:
// the core imports no host (no Node, no vscode, nothing outside server/src/core), its layers only point down,
// and server/src and client/src have no import cycle.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = import.meta.dirname;
const CORE = path.join(ROOT, 'server/src/core');

// The cross-resource rules read the workspace index, so their folders sit above index/ and resolve/; the object
// and file rules sit below documents/, which runs them. Which folders are which is read from the registry the
// service runs, so there is no second list to keep in step.
const WORKSPACE_RULE_IDS = [
  ...readFileSync(path.join(CORE, 'rules/workspace/registry.ts'), 'utf8').matchAll(/from '\.\.\/([a-z0-9-]+)\/check'/g),
].map((match) => match[1]);
const UPPER_RULES = ['workspace', ...WORKSPACE_RULE_IDS].join('|');

/** The core's layers, lowest first (README Development): a layer imports only its own and lower layers. */
export const CORE_LAYERS = [
  { name: 'the host interface and the settings', files: ['host.ts', 'node-address.ts', 'settings-schema.ts', 'settings.ts'] },
  { name: 'l10n/ (the Localizer)', files: ['l10n/**'] },
  { name: 'text/ and parse/', files: ['text/**', 'parse/**'] },
  { name: 'validation/', files: ['validation/**'] },
  { name: 'model/', files: ['model/**'] },
  { name: 'docs/doc-types.ts (the languages)', files: ['docs/doc-types.ts'] },
  { name: 'fixes/', files: ['fixes/**'] },
  { name: 'the object and file rules', files: [`rules/!(${UPPER_RULES})/**`, 'rules/!(rule-catalog).ts'] },
  // rule-advice.ts gathers the rules' advice by id, so the docs sit above the rules.
  { name: 'docs/', files: ['docs/!(doc-types).ts'] },
  { name: 'documents/', files: ['documents/**'] },
  { name: 'index/', files: ['index/**'] },
  { name: 'resolve/', files: ['resolve/**'] },
  { name: 'the cross-resource rules and the rule catalog', files: [`rules/@(${UPPER_RULES})/**`, 'rules/rule-catalog.ts'] },
  { name: 'features/', files: ['features/**'] },
  { name: 'service/', files: ['service/**'] },
  { name: 'language-service.ts', files: ['language-service.ts'] },
];

// Every path in a zone is a glob (the rule refuses a mix), so a lone file name is written as the glob `@(name)`.
const inCore = (file) => path.join(CORE, /[*?!@{(]/.test(file) ? file : `@(${file})`);

/** One zone per layer: its files may not import any file of a higher layer. */
const layerZones = CORE_LAYERS.slice(0, -1).map((layer, i) => ({
  target: layer.files.map(inCore),
  from: CORE_LAYERS.slice(i + 1).flatMap((higher) => higher.files.map(inCore)),
  message: `Imports point down: ${layer.name} imports only its own and lower layers (CORE_LAYERS, eslint.config.mjs).`,
}));

/** The core is imported by the front ends, never the other way; the settings schema is data it bundles. */
const coreStaysInside = {
  target: inCore('**'),
  from: [path.join(ROOT, '**')],
  except: [inCore('**'), path.join(ROOT, '@(kube-svc.schema.json)'), path.join(ROOT, 'l10n/@(bundle.l10n.ko.json)'), path.join(ROOT, 'node_modules/**')],
  message: 'server/src/core imports nothing outside it but the data it bundles (the settings schema, the Korean l10n bundle): the host injects what it needs (core/host.ts).',
};

const SERVER = path.join(ROOT, 'server/src');
const inServer = (...globs) => globs.map((glob) => path.join(SERVER, glob));
/**
 * The front ends above the core: protocol/ (what client and server share) and workspace/ (the disk) serve both the
 * language server (server.ts, lsp/) and the command line (cli.ts, cli/), which do not import each other; the client
 * shares only protocol/ with the server.
 */
const frontEndZones = [
  { target: inServer('protocol/**'), from: inServer('!(core|protocol)/**', '*.ts'), message: 'protocol/ imports only the core.' },
  { target: inServer('workspace/**'), from: inServer('@(lsp|cli)/**', '*.ts'), message: 'workspace/ serves the language server and the CLI; it imports neither.' },
  { target: inServer('lsp/**', '@(server).ts'), from: inServer('cli/**', '@(cli).ts'), message: 'The language server does not import the CLI.' },
  { target: inServer('cli/**', '@(cli).ts'), from: inServer('lsp/**', '@(server).ts'), message: 'The CLI does not import the language server.' },
  {
    target: [path.join(ROOT, 'client/src/**')],
    from: inServer('!(protocol)/**', '*.ts'),
    message: 'The client shares only server/src/protocol with the server.',
  },
];

const NOT_IN_CORE = 'server/src/core runs in any host: what it needs from Node or an editor is injected (core/host.ts).';

const TS_FILES = ['**/*.ts'];
const CORE_SOURCES = ['server/src/core/**/*.ts'];
const CORE_TESTS = ['server/src/core/**/*.test.ts'];

export default defineConfig(
  {
    ignores: ['node_modules/', '.tsbuild/', 'client/out/', 'server/out/', 'test/e2e/out/', 'test/e2e/artifacts/', 'test/fixtures/', '.e2e-cache/'],
  },
  js.configs.recommended,
  { files: ['**/*.mjs'], languageOptions: { globals: globals.node } },
  tseslint.configs.recommended,
  {
    files: TS_FILES,
    plugins: { 'import-x': importX },
    settings: {
      // no-cycle reads the imported modules too: they are TypeScript.
      'import-x/extensions': ['.ts', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.mjs', '.js', '.json', '.node'] })],
    },
    rules: {
      // tsc checks names (with each package's own lib and types); ESLint's no-undef only knows its globals list.
      'no-undef': 'off',
      // tsc's noUnusedLocals and noUnusedParameters already refuse these.
      '@typescript-eslint/no-unused-vars': 'off',
      // A zero-width space in a block comment is how `**/` is written there without ending the comment.
      'no-irregular-whitespace': ['error', { skipComments: true }],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.test.ts'],
    rules: {
      // The CLI's output is matched with the terminal's own escapes (`\x1b[K`).
      'no-control-regex': 'off',
      // Expected YAML is written with its indentation, as it reads in the file.
      'no-regex-spaces': 'off',
    },
  },
  {
    files: ['test/e2e/suite/index.ts'],
    rules: {
      // The test modules must load after mocha's `pre-require` has set up the globals: a static import would hoist.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    ignores: ['server/src/core/**', '**/*.test.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: frontEndZones }],
    },
  },
  {
    files: CORE_SOURCES,
    ignores: CORE_TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...builtinModules.filter((name) => !name.startsWith('_')).map((name) => ({ name, message: NOT_IN_CORE })),
            ...['vscode', 'vscode-languageserver', 'vscode-languageclient'].map((name) => ({ name, message: NOT_IN_CORE })),
          ],
          patterns: [
            { group: ['node:*'], message: NOT_IN_CORE },
            // vscode-languageserver/node, vscode-languageclient/node and the browser builds.
            { group: ['vscode-languageserver/*', 'vscode-languageclient/*'], message: NOT_IN_CORE },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['Buffer', 'process', 'require', 'module', '__dirname', '__filename', 'global', 'setImmediate'].map((name) => ({
          name,
          message: NOT_IN_CORE,
        })),
      ],
      'import-x/no-restricted-paths': ['error', { zones: [coreStaysInside, ...layerZones] }],
    },
  },
);

import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { minimatch } from 'minimatch';

/**
 * The layering rules of eslint.config.mjs, shown on texts that break them. Each text is linted as if it sat at a
 * path of the tree (`lintText` with `filePath`): nothing is written into the repository.
 */
const ROOT = path.resolve(__dirname, '../..');
const CORE = path.join(ROOT, 'server/src/core');
const eslint = new ESLint({ cwd: ROOT });

interface Finding {
  readonly rule: string | null;
  readonly line: number;
}

async function lint(filePath: string, lines: readonly string[]): Promise<Finding[]> {
  const [result] = await eslint.lintText(`${lines.join('\n')}\n`, { filePath: path.join(ROOT, filePath) });
  return result.messages.map((m) => ({ rule: m.ruleId, line: m.line }));
}

/** What a zone of `import-x/no-restricted-paths` reports for a text whose first line is the refused import. */
const REFUSED_IMPORT: readonly Finding[] = [{ rule: 'import-x/no-restricted-paths', line: 1 }];

/** A module that imports `name` from `from` and exports it again, so the import is used. */
const importing = (name: string, from: string) => [`import { ${name} } from '${from}';`, `export const used = ${name};`];

const NODE_IN_THE_CORE = [
  "import * as fs from 'fs';",
  "import { join } from 'node:path';",
  "export const size = Buffer.byteLength(join('a', 'b')) + fs.constants.F_OK;",
];

test('the core refuses fs, node: modules and Buffer', async () => {
  assert.deepEqual(await lint('server/src/core/parse/uses-node.ts', NODE_IN_THE_CORE), [
    { rule: 'no-restricted-imports', line: 1 },
    { rule: 'no-restricted-imports', line: 2 },
    { rule: 'no-restricted-globals', line: 3 },
  ]);
});

test('the same text is fine in a front end, which runs on Node', async () => {
  assert.deepEqual(await lint('server/src/workspace/uses-node.ts', NODE_IN_THE_CORE), []);
});

test('the core refuses vscode, the language server and process', async () => {
  const findings = await lint('server/src/core/features/uses-editor.ts', [
    "import * as vscode from 'vscode';",
    "import { createConnection } from 'vscode-languageserver/node';",
    'export const hosts = [vscode, createConnection, process.platform];',
  ]);
  assert.deepEqual(findings, [
    { rule: 'no-restricted-imports', line: 1 },
    { rule: 'no-restricted-imports', line: 2 },
    { rule: 'no-restricted-globals', line: 3 },
  ]);
});

test('the core imports nothing outside server/src/core', async () => {
  const findings = await lint('server/src/core/features/uses-protocol.ts', importing('PREVIEW_REQUEST', '../../protocol/preview-protocol'));
  assert.deepEqual(findings, REFUSED_IMPORT);
});

test('a layer of the core may import a lower layer but not a higher one', async () => {
  const down = await lint('server/src/core/rules/port-protocol/probe.ts', [
    "import type { Span } from '../../parse/located-node';",
    'export type Where = Span;',
  ]);
  assert.deepEqual(down, []);
  assert.deepEqual(await lint('server/src/core/parse/probe.ts', importing('ALL_RULES', '../rules/registry')), REFUSED_IMPORT);
});

test('an object rule may not import the workspace index; a cross-resource rule may', async () => {
  const lines = ["import type { WorkspaceIndex } from '../../index/workspace-index';", 'export type Index = WorkspaceIndex;'];
  assert.deepEqual(await lint('server/src/core/rules/port-protocol/probe.ts', lines), REFUSED_IMPORT);
  assert.deepEqual(await lint('server/src/core/rules/service-name-duplicate/probe.ts', lines), []);
});

test('the language server may not import the command line', async () => {
  assert.deepEqual(await lint('server/src/lsp/probe.ts', importing('runCli', '../cli/run-cli')), REFUSED_IMPORT);
});

test('an import cycle is reported', async () => {
  // lsp/diagnostics-publisher.ts imports lsp/to-diagnostic.ts; this text for to-diagnostic.ts imports it back.
  const findings = await lint('server/src/lsp/to-diagnostic.ts', importing('DiagnosticsPublisher', './diagnostics-publisher'));
  assert.deepEqual(findings, [{ rule: 'import-x/no-cycle', line: 1 }]);
});

interface Layer {
  readonly name: string;
  readonly files: readonly string[];
}

test('every source file of the core is in exactly one layer, and every layer has files', async () => {
  const config = (await import(pathToFileURL(path.join(ROOT, 'eslint.config.mjs')).href)) as { CORE_LAYERS: readonly Layer[] };
  const sources = readdirSync(CORE, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => file.split(path.sep).join('/'));
  const layersOf = (file: string) =>
    config.CORE_LAYERS.filter((layer) => layer.files.some((glob) => minimatch(file, glob))).map((layer) => layer.name);
  const misplaced = sources.map((file) => ({ file, layers: layersOf(file) })).filter((entry) => entry.layers.length !== 1);
  assert.deepEqual(misplaced, []);
  const empty = config.CORE_LAYERS.filter((layer) => !sources.some((file) => layer.files.some((glob) => minimatch(file, glob))));
  assert.deepEqual(empty, []);
});

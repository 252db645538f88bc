import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { FIX_PROVIDERS } from '../../server/src/core/features/fix-providers';
import { ALL_RULES } from '../../server/src/core/rules/registry';
import { WORKSPACE_RULES } from '../../server/src/core/rules/workspace/registry';

const RULES = path.join(__dirname, '..', '..', 'server', 'src', 'core', 'rules');
/** Folders of rules/ that hold what several rules share, not a rule. */
const SHARED = new Set(['support', 'workspace']);

test('every rule is one folder rules/<id>/: its check, its texts, its tests, and its fix when it has one', () => {
  for (const { id } of [...ALL_RULES, ...WORKSPACE_RULES]) {
    const folder = path.join(RULES, id);
    for (const file of ['check.ts', 'texts.ts']) assert.ok(existsSync(path.join(folder, file)), `${id}/${file}`);
    const files = readdirSync(folder);
    assert.ok(files.some((f) => f.endsWith('.test.ts')), `${id} has a test`);
    assert.equal(existsSync(path.join(folder, 'fix.ts')), Object.hasOwn(FIX_PROVIDERS, id), `${id}/fix.ts`);
    assert.equal(files.includes('fix.test.ts'), Object.hasOwn(FIX_PROVIDERS, id), `${id}/fix.test.ts`);
  }
});

test('every folder of rules/ is a registered rule or shared machinery', () => {
  const ids = new Set([...ALL_RULES, ...WORKSPACE_RULES].map((rule) => rule.id));
  for (const entry of readdirSync(RULES, { withFileTypes: true })) {
    if (entry.isDirectory() && !SHARED.has(entry.name)) assert.ok(ids.has(entry.name), `rules/${entry.name}/`);
  }
});

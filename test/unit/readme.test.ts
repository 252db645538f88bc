import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { README, readmeTable, rulesTable } from '../../scripts/rules-table';

test('the README lists every rule as the registry has it (run scripts/rules-table.ts --write)', () => {
  assert.equal(readmeTable(readFileSync(README, 'utf8')), rulesTable());
});

// The README's rule table, made from the registry. `node --import tsx scripts/rules-table.ts --write` updates README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { FIX_PROVIDERS } from '../server/src/core/features/fix-providers';
import { RULE_CATALOG } from '../server/src/core/rules/rule-catalog';

const ORIGIN: Record<string, string> = {
  decoding: 'decoder',
  validation: 'validation',
  allocator: 'allocator',
  workspace: 'workspace (cross-resource)',
  syntax: 'YAML parser',
  limit: 'kube-svc (size limit)',
};
export const README = path.resolve(__dirname, '..', 'README.md');
const START = '<!-- rules-table:start -->';
const END = '<!-- rules-table:end -->';

export function rulesTable(): string {
  const rows = RULE_CATALOG.map((rule) => {
    const kinds = rule.kinds.length > 0 ? rule.kinds.join(', ') : 'any file';
    const fix = rule.id in FIX_PROVIDERS ? 'yes' : '—';
    return `| \`${rule.id}\` | ${kinds} | ${ORIGIN[rule.origin]} | ${rule.severity} | ${fix} | ${rule.description} |`;
  });
  const header = ['| rule id | kinds | refused by | default | quick fix | what it checks |', '|---|---|---|---|---|---|'];
  return [...header, ...rows].join('\n');
}

/** The table between the README's markers. */
export function readmeTable(readme: string): string {
  return readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
}

if (process.argv.includes('--write')) {
  const readme = readFileSync(README, 'utf8');
  const updated = `${readme.slice(0, readme.indexOf(START) + START.length)}\n${rulesTable()}\n${readme.slice(readme.indexOf(END))}`;
  writeFileSync(README, updated);
} else if (process.argv[1]?.endsWith('rules-table.ts')) {
  console.log(rulesTable());
}

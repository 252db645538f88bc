// The README's rule table, made from the registry. `node --import tsx scripts/rules-table.ts --write` updates README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { FIX_PROVIDERS } from '../server/src/core/fixes/registry';
import { ALL_RULES } from '../server/src/core/rules/registry';

const ORIGIN: Record<string, string> = { decoding: 'decoder', validation: 'validation', allocator: 'allocator' };
export const README = path.resolve(__dirname, '..', 'README.md');
const START = '<!-- rules-table:start -->';
const END = '<!-- rules-table:end -->';

export function rulesTable(): string {
  const rows = ALL_RULES.map((rule) => {
    const kinds = 'kinds' in rule ? rule.kinds.join(', ') : 'Services of a file';
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

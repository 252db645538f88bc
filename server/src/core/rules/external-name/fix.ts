import { isDNS1123Subdomain } from '../../validation';
import { replaceScalar } from '../../fixes/yaml-edits';
import { scalarAt } from '../../fixes/fix-targets';
import { SAFE, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';

/** external-name: DNS names are case-insensitive, so `DB.Example.com` can only mean `db.example.com`. */
export const externalNameFix: FixProvider = ({ text, object, problem }) => {
  const target = scalarAt(object, problem.span);
  const value = target?.node.value;
  if (!target || typeof value !== 'string') return [];
  const lower = value.toLowerCase();
  const name = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (lower === value || name === '' || isDNS1123Subdomain(name).length > 0) return [];
  return fixOf(`Change to '${lower}'`, replaceScalar(text, target.node, lower), SAFE);
};

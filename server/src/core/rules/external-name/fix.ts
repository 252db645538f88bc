import { replaceScalar } from '../../fixes/yaml-edits';
import { SAFE, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import { isScalar } from '../../parse/located-node';
import { isDNS1123Subdomain } from '../../validation';
import type { ExternalNameProblem } from './check';

/** external-name: DNS names are case-insensitive, so `DB.Example.com` can only mean `db.example.com`. */
export const externalNameFix: FixProvider<ExternalNameProblem> = ({ text, problem, l10n }) => {
  const node = problem.target;
  if (!isScalar(node) || typeof node.value !== 'string') return [];
  const lower = node.value.toLowerCase();
  const name = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  if (lower === node.value || name === '' || isDNS1123Subdomain(name).length > 0) return [];
  return fixOf(l10n.t("Change to '{0}'", lower), replaceScalar(text, node, lower), SAFE);
};

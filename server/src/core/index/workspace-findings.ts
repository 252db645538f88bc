import type { Language } from '../docs/doc-types';
import { messageOf } from '../features/check-file';
import type { Finding } from '../features/finding';
import { resolveService } from '../resolve/resolve-service';
import type { ServiceResolution } from '../resolve/resolve-service';
import { WORKSPACE_RULES } from '../rules/workspace/registry';
import type { WorkspaceRule } from '../rules/workspace/workspace-rule';
import type { CheckSettings, RuleLevel } from '../settings';
import { rangeIn } from './indexed-object';
import type { IndexedService } from './indexed-object';
import type { WorkspaceIndex } from './workspace-index';

/**
 * The cross-resource findings of one indexed file, in file coordinates, to merge with its per-file findings.
 * Only the file's own objects are checked, against lookups the index keeps up to date, so the cost follows the
 * size of the file, not of the workspace. The index follows `settings.defaultNamespace`.
 */
export function workspaceFindings(
  index: WorkspaceIndex,
  uri: string,
  settings: CheckSettings,
  language: Language = 'en',
): Finding[] {
  if (!settings.enable) return [];
  const file = index.file(uri);
  if (!file || file.objects.length === 0) return [];
  index.setDefaultNamespace(settings.defaultNamespace);
  const resolutions = new Map<IndexedService, ServiceResolution>();
  const resolve = (service: IndexedService): ServiceResolution => {
    let resolution = resolutions.get(service);
    if (!resolution) resolutions.set(service, (resolution = resolveService(index, service)));
    return resolution;
  };
  const findings: Finding[] = [];
  for (const rule of WORKSPACE_RULES) {
    const level: RuleLevel = settings.rules[rule.id] ?? rule.severity;
    if (level === 'off') continue;
    runRule(rule, level, findings, { index, file, language, resolve });
  }
  return findings.sort(byPosition);
}

function runRule(
  rule: WorkspaceRule,
  level: Exclude<RuleLevel, 'off'>,
  findings: Finding[],
  context: Omit<Parameters<WorkspaceRule['check']>[0], 'report'>,
): void {
  rule.check({
    ...context,
    report: (object, problem) =>
      findings.push({
        code: rule.id,
        severity: level,
        message: messageOf(problem),
        range: rangeIn(object, problem.span),
        field: problem.field,
        type: problem.type,
        origin: rule.origin,
        ...(problem.data ? { data: problem.data } : {}),
      }),
  });
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

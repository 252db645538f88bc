import { ENGLISH } from '../l10n';
import type { Localizer } from '../l10n';
import { messageOf } from '../documents/check-file';
import type { Finding } from '../documents/finding';
import { kustomizeBuilds, NO_BUILDS, objectKey, withBuildFindings } from './kustomize-findings';
import type { KustomizeBuilds } from './kustomize-findings';
import { resolveService } from '../resolve/resolve-service';
import type { ServiceResolution } from '../resolve/resolve-service';
import { WORKSPACE_RULES } from '../rules/workspace/registry';
import type { WorkspaceRule, WorkspaceRuleContext } from '../rules/workspace/workspace-rule';
import { severityRank } from '../settings';
import type { CheckSettings, RuleLevel, Severity } from '../settings';
import { rangeIn } from '../index/indexed-object';
import type { IndexedObject } from '../index/indexed-object';
import type { Dependency, IndexedFile, WorkspaceIndex } from '../index/workspace-index';

/**
 * The cross-resource findings of one indexed file, in file coordinates, to merge with its per-file findings.
 * Only the file's own objects are checked, against lookups the index keeps up to date, so the cost follows the
 * size of the file, not of the workspace. The index follows `settings.defaultNamespace`.
 *
 * Each object's findings are kept with the lookups they made ({@link WorkspaceIndex.tracked}) and reused while
 * the object is the same (the index keeps an object while its document and first line stay the same) and none of
 * those lookups would answer differently: after a keystroke only the objects the edit can affect are checked again.
 * The result is the one a check from scratch gives, in the same order; its findings are shared with later calls,
 * so callers must not change them.
 */
export function workspaceFindings(
  index: WorkspaceIndex,
  uri: string,
  settings: CheckSettings,
  l10n: Localizer = ENGLISH,
): Finding[] {
  if (!settings.enable) return [];
  // First: a new default namespace rebuilds the file's objects, and the ones checked must be the indexed ones.
  index.setDefaultNamespace(settings.defaultNamespace);
  index.setIgnoredLabels(settings.ignoreLabels);
  const file = index.file(uri);
  if (!file) return [];
  const builds = buildsOf(index, settings, l10n);
  const fromBuilds = builds.findings.get(uri) ?? [];
  if (file.objects.length === 0) return withBuildFindings([], fromBuilds, l10n).sort(byPosition);
  const levels: RuleLevel[] = WORKSPACE_RULES.map((rule) => settings.rules[rule.id] ?? rule.severity);
  const levelsKey = levels.join(',');
  const perObject = file.objects.map((object) => {
    const cached = findingsCache.get(object);
    if (
      cached &&
      cached.l10n === l10n &&
      cached.levels === levelsKey &&
      index.dependenciesHold(cached.dependencies)
    ) {
      return cached.perRule;
    }
    objectsChecked++;
    const { value: perRule, dependencies } = index.tracked(() => objectFindings(index, file, object, levels, l10n));
    findingsCache.set(object, { l10n, levels: levelsKey, perRule, dependencies });
    return perRule;
  });
  // Rule by rule, object by object: the order in which the rules, each going through the file, report. An object
  // that a kustomization root builds has the build's findings instead (the same ones where they agree).
  const inBuild = file.objects.map((object) => builds.built.has(objectKey(object)));
  const findings: Finding[] = [];
  const replaced: Finding[] = [];
  for (let i = 0; i < WORKSPACE_RULES.length; i++) {
    perObject.forEach((perRule, j) => {
      const found = perRule[i];
      if (found.length > 0) (inBuild[j] ? replaced : findings).push(...found);
    });
  }
  if (fromBuilds.length > 0) findings.push(...withBuildFindings(replaced, fromBuilds, l10n));
  return findings.sort(byPosition);
}

/** The kustomization roots' builds and findings, computed once per version of the index and settings. */
function buildsOf(index: WorkspaceIndex, settings: CheckSettings, l10n: Localizer): KustomizeBuilds {
  // Most workspaces have no kustomization: no key to build (it serialises the settings) on every file's findings.
  if (index.kustomizations().length === 0) return NO_BUILDS;
  const key = `${index.version}\u0000${JSON.stringify(settings)}`;
  const cached = buildsCache.get(index);
  if (cached?.key === key && cached.l10n === l10n) return cached.builds;
  const builds = kustomizeBuilds(index, settings, (built, uri) => workspaceFindings(built, uri, settings, l10n));
  buildsCache.set(index, { key, l10n, builds });
  return builds;
}

const buildsCache = new WeakMap<
  WorkspaceIndex,
  { readonly key: string; readonly l10n: Localizer; readonly builds: KustomizeBuilds }
>();

let objectsChecked = 0;

/**
 * How many objects have had their cross-resource findings computed rather than reused, in this process: the work a
 * change costs, counted (tests compare it before and after an edit).
 */
export function objectsCheckedSoFar(): number {
  return objectsChecked;
}

interface CachedFindings {
  /** The same object for a language ({@link localizer}), so it is compared by identity. */
  readonly l10n: Localizer;
  /** The rules' levels, joined. */
  readonly levels: string;
  /** By rule, in {@link WORKSPACE_RULES} order. */
  readonly perRule: readonly (readonly Finding[])[];
  readonly dependencies: readonly Dependency[];
}

/** Objects belong to one index, whose lookups the dependencies name. */
const findingsCache = new WeakMap<IndexedObject, CachedFindings>();

/** Shared by the rules that find nothing about an object (most of them): never pushed to. */
const NONE: readonly Finding[] = Object.freeze([]);

/** Every rule's findings about one object of the file, as it reports them going through the whole file. */
function objectFindings(
  index: WorkspaceIndex,
  file: IndexedFile,
  object: IndexedObject,
  levels: readonly RuleLevel[],
  l10n: Localizer,
): (readonly Finding[])[] {
  let memo: ServiceResolution | undefined;
  let rule: WorkspaceRule = WORKSPACE_RULES[0];
  let level: Exclude<RuleLevel, 'off'> = 'error';
  let found: Finding[] = [];
  // One context for all the rules. Rules report only about the object they are at, and read of the file only its
  // objects and its uri.
  const context: WorkspaceRuleContext = {
    index,
    file: { ...file, objects: [object] },
    l10n,
    resolve: (service) => {
      if (memo?.service === service) return memo;
      return (memo = resolveService(index, service));
    },
    report: (reported, problem, atMost) => {
      found.push({
        code: rule.id,
        severity: atMost ? milder(level, atMost) : level,
        message: messageOf(problem, l10n),
        range: rangeIn(reported, problem.span),
        field: problem.field,
        type: problem.type,
        origin: rule.origin,
        ...(problem.data ? { data: problem.data } : {}),
      });
    },
  };
  return WORKSPACE_RULES.map((each, i) => {
    const wanted = levels[i];
    if (wanted === 'off') return NONE;
    rule = each;
    level = wanted;
    found = [];
    rule.check(context);
    return found.length > 0 ? found : NONE;
  });
}

/** The milder of two severities. */
function milder(a: Severity, b: Severity): Severity {
  return severityRank(a) >= severityRank(b) ? a : b;
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

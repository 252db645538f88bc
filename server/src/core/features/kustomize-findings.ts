import type { Finding } from '../documents/finding';
import type { IndexedObjectBase } from '../index/indexed-object';
import { WorkspaceIndex } from '../index/workspace-index';
import { buildKustomization } from '../kustomize/build';
import type { Build, BuildSource, SourceDocument } from '../kustomize/build';
import { writeObject } from '../kustomize/built-node';
import type { BuiltText, Origin } from '../kustomize/built-node';
import type { Kustomization } from '../kustomize/kustomization';
import type { Localizer } from '../l10n';
import type { CheckSettings } from '../settings';
import { fileNameOf } from '../rules/workspace/texts';

/** A cross-resource finding of one kustomization root's build, put where its value is written. */
export interface BuildFinding {
  readonly finding: Finding;
  /** The root kustomization's folder name: `prod` for `overlays/prod`. */
  readonly overlay: string;
}

export interface KustomizeBuilds {
  /** The builds' findings by the uri they are mapped to (a base's file, a patch, a kustomization). */
  readonly findings: ReadonlyMap<string, readonly BuildFinding[]>;
  /** The objects (by {@link objectKey}) that a trusted build holds: the builds' findings replace their own. */
  readonly built: ReadonlySet<string>;
}

export const NO_BUILDS: KustomizeBuilds = { findings: new Map(), built: new Set() };

/** `uri#document#item`: an object of a workspace file, in the index and in a build alike. */
export function objectKey(object: Pick<IndexedObjectBase, 'uri' | 'documentIndex' | 'itemIndex'>): string {
  return `${object.uri}#${object.documentIndex}#${object.itemIndex}`;
}

/**
 * Runs the cross-resource rules on what `kustomize build` makes of each kustomization root of the workspace (one
 * no other kustomization includes), in an index of its own, and maps each finding back to the line that wrote the
 * value it is about. A build using what {@link buildKustomization} does not cover gives nothing (its objects keep
 * their files-alone findings): silent rather than wrong. `check` gives a file's findings in the build's index.
 */
export function kustomizeBuilds(
  index: WorkspaceIndex,
  settings: CheckSettings,
  check: (built: WorkspaceIndex, uri: string) => readonly Finding[],
): KustomizeBuilds {
  const kustomizations = index.kustomizations();
  if (kustomizations.length === 0) return NO_BUILDS;
  const source = sourceOf(index, kustomizations);
  const findings = new Map<string, BuildFinding[]>();
  const built = new Set<string>();
  for (const root of rootsOf(kustomizations, source)) {
    const build = buildKustomization(source, root);
    if (build.uncovered.length > 0 || build.objects.length === 0) continue;
    for (const object of build.objects) built.add(objectKey({ ...object, uri: object.home }));
    const texts = textsOf(build);
    const builtIndex = new WorkspaceIndex({ defaultNamespace: settings.defaultNamespace });
    for (const [uri, text] of texts) builtIndex.setFile(uri, text.lines.join('\n') + '\n');
    const overlay = overlayName(root);
    for (const uri of texts.keys()) {
      for (const finding of check(builtIndex, uri)) {
        const mapped = mapBack(finding, uri, texts);
        if (!mapped) continue;
        const list = findings.get(mapped.uri) ?? [];
        list.push({ finding: mapped.finding, overlay });
        findings.set(mapped.uri, list);
      }
    }
  }
  return { findings, built };
}

/** The files-alone findings of a file's objects in a build, and the build findings mapped to the file, as one. */
export function withBuildFindings(
  replaced: readonly Finding[],
  fromBuilds: readonly BuildFinding[],
  l10n: Localizer,
): Finding[] {
  const groups = new Map<string, { finding: Finding; overlays: string[] }>();
  for (const { finding, overlay } of fromBuilds) {
    const key = placeKey(finding);
    const group = groups.get(key);
    if (group) {
      if (!group.overlays.includes(overlay)) group.overlays.push(overlay);
    } else groups.set(key, { finding, overlays: [overlay] });
  }
  return [...groups.entries()].map(([key, { finding, overlays }]) => {
    // What the files alone say too stays as they say it (with its fixes); the rest is the overlays' own.
    const same = replaced.find((own) => placeKey(own) === key);
    if (same) return same;
    return { ...finding, message: l10n.t('in overlay {0}: {1}', overlays.join(', '), finding.message) };
  });
}

/** The same rule about the same field on the same line: the value and the key of a pair are one place. */
function placeKey(finding: Finding): string {
  return `${finding.code}\u0000${finding.range.start.line}\u0000${finding.field}`;
}

function sourceOf(index: WorkspaceIndex, kustomizations: readonly Kustomization[]): BuildSource {
  const byFolder = new Map(kustomizations.map((k) => [k.folder, k]));
  return {
    kustomizationIn: (folder) => byFolder.get(folder),
    documents: (uri) => {
      const file = index.file(uri);
      if (!file || file.templated) return undefined;
      if (file.located.some((l) => l.analysis.parsed.syntaxErrors.length > 0)) return undefined;
      return file.located.map(
        (located): SourceDocument => ({
          root: located.analysis.parsed.root,
          objects: located.analysis.objects,
          place: (span) => located.analysis.lines.range(span, located.chunk.line),
        }),
      );
    },
  };
}

/** The Kustomizations (not Components) that no other kustomization includes as a resource or component. */
function rootsOf(kustomizations: readonly Kustomization[], source: BuildSource): Kustomization[] {
  const included = new Set<string>();
  for (const k of kustomizations) for (const folder of [...k.resources, ...k.components]) included.add(folder);
  return kustomizations.filter((k) => k.kind === 'Kustomization' && !included.has(k.folder) && source.documents(k.uri));
}

function overlayName(root: Kustomization): string {
  return fileNameOf(root.folder);
}

/** The build's objects as YAML texts, one per home file (under that file's uri), with each line's origin. */
function textsOf(build: Build): Map<string, BuiltText> {
  const texts = new Map<string, BuiltText>();
  for (const object of build.objects) {
    let text = texts.get(object.home);
    if (!text) texts.set(object.home, (text = { lines: [], origins: [] }));
    else {
      text.lines.push('---');
      text.origins.push(undefined);
    }
    writeObject(object.root, text);
  }
  return texts;
}

/** A finding of a built text where the line it is about was written; undefined when no source line wrote it. */
function mapBack(
  finding: Finding,
  uri: string,
  texts: ReadonlyMap<string, BuiltText>,
): { uri: string; finding: Finding } | undefined {
  const origin = originAt(texts, uri, finding.range.start.line);
  if (!origin) return undefined;
  const related = finding.data?.related;
  const data = Array.isArray(related) ? { related: related.flatMap((place) => relatedBack(place, texts)) } : undefined;
  const message = placesBack(finding.message, texts);
  // The rest of the data is left out: a fix would edit the built text, not the file.
  const { code, severity, field, type } = finding;
  const mapped: Finding = { code, severity, message, range: origin.range, field, type, origin: finding.origin, ...(data ? { data } : {}) };
  return { uri: origin.uri, finding: mapped };
}

function originAt(texts: ReadonlyMap<string, BuiltText>, uri: string, line: number): Origin | undefined {
  return texts.get(uri)?.origins[line];
}

function relatedBack(place: unknown, texts: ReadonlyMap<string, BuiltText>): unknown[] {
  if (typeof place !== 'object' || place === null) return [];
  const { uri, range, message } = place as { uri?: unknown; range?: { start?: { line?: unknown } }; message?: unknown };
  const line = range?.start?.line;
  if (typeof uri !== 'string' || typeof line !== 'number') return [];
  const origin = originAt(texts, uri, line);
  return origin ? [{ uri: origin.uri, range: origin.range, message }] : [];
}

/** `service.yaml:14` in a message, a line of a built text, as the line of the file that wrote it. */
function placesBack(message: string, texts: ReadonlyMap<string, BuiltText>): string {
  let result = message;
  for (const uri of texts.keys()) {
    const name = fileNameOf(uri);
    result = result.replace(new RegExp(`${escapeRegExp(name)}:(\\d+)`, 'g'), (whole, line: string) => {
      const origin = originAt(texts, uri, Number(line) - 1);
      return origin ? `${fileNameOf(origin.uri)}:${origin.range.start.line + 1}` : whole;
    });
  }
  return result;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

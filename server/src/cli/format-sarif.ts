import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleAdvice } from '../core/docs/rule-advice';
import { ENGLISH } from '../core/l10n';
import type { Severity } from '../core/settings';
import { STDIN_NAME } from './file-findings';
import type { FileFindings } from './file-findings';
import { RULE_CATALOG } from '../core/language-service';
import type { CatalogRule } from '../core/language-service';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
/** The key of our own `partialFingerprints`: stable across edits that only move a finding up or down. */
export const FINGERPRINT_KEY = 'kubeSvcFinding/v1';

export interface SarifOptions {
  readonly version: string;
  /** The folder relative URIs are resolved against (`%SRCROOT%`): the git root, else the current folder. */
  readonly root: string;
  /** The folder the file names of `results` are relative to. */
  readonly cwd: string;
  /** Inputs that could not be read, with why: reported as tool notifications. */
  readonly errors: readonly string[];
  /** What was skipped without failing the run (an unreadable folder below an input): warning notifications. */
  readonly warnings?: readonly string[];
}

/** The SARIF `level` of each severity: `note` is SARIF's word for information and hints. */
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

const REFUSED_BY: Record<CatalogRule['origin'], string> = {
  validation: "the API server's validation",
  decoding: "the API server's decoder, before validation",
  allocator: "the cluster's node-port allocator",
  workspace: 'nothing at apply time: the manifests disagree with each other (cross-resource check)',
  syntax: 'the YAML parser',
  limit: 'nobody: kube-svc did not check the file',
};

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: one run, every rule of kube-svc in `tool.driver.rules`, and one
 * result per finding at its 1-based region, relative to `%SRCROOT%`.
 */
export function formatSarif(results: readonly FileFindings[], options: SarifOptions): string {
  const ruleIndex = new Map(RULE_CATALOG.map((rule, index) => [rule.id, index]));
  const sarifResults = results.flatMap(({ file, findings }) => {
    const artifactLocation = artifactLocationOf(file, options);
    const seen = new Map<string, number>();
    return findings.map((finding) => {
      const { start, end } = finding.range;
      const identity = `${finding.code}\0${artifactLocation.uri}\0${finding.field}\0${finding.message}`;
      const occurrence = (seen.get(identity) ?? 0) + 1;
      seen.set(identity, occurrence);
      const index = ruleIndex.get(finding.code);
      return {
        ruleId: finding.code,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: {
                startLine: start.line + 1,
                startColumn: start.character + 1,
                endLine: end.line + 1,
                endColumn: end.character + 1,
              },
            },
          },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: `${sha256(identity).slice(0, 32)}:${occurrence}` },
        ...(finding.field !== '' ? { properties: { field: finding.field, errorType: finding.type } } : {}),
      };
    });
  });
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kube-svc',
            version: options.version,
            ...(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(options.version) ? { semanticVersion: options.version } : {}),
            // No informationUri or helpUri: the project has no public home page (package.json names no repository).
            rules: RULE_CATALOG.map(sarifRule),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: folderUri(options.root) } },
        invocations: [
          {
            executionSuccessful: options.errors.length === 0,
            toolExecutionNotifications: [
              ...options.errors.map((error) => ({ level: 'error', message: { text: error } })),
              ...(options.warnings ?? []).map((warning) => ({ level: 'warning', message: { text: warning } })),
            ],
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function sarifRule(rule: CatalogRule) {
  const advice = ruleAdvice(rule.id, ENGLISH);
  const refusedBy = `Refused by ${REFUSED_BY[rule.origin]}.`;
  const kinds = rule.kinds.length > 0 ? ` Kinds: ${rule.kinds.join(', ')}.` : '';
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} ${refusedBy}${kinds}` },
    help: {
      text: [rule.description, advice, refusedBy].filter(Boolean).join('\n\n'),
      markdown: [`**${rule.id}**: ${rule.description}`, advice, `${refusedBy}${kinds}`]
        .filter(Boolean)
        .join('\n\n'),
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['kubernetes', ...rule.kinds.map((k) => k.toLowerCase()), rule.origin] },
  };
}

/** A path under the root as a relative URI with forward slashes; anything else as an absolute file URI. */
function artifactLocationOf(file: string, options: SarifOptions): { uri: string; uriBaseId?: string } {
  // Unnamed stdin has no file to point to (`--stdin-filename` names one).
  if (file === STDIN_NAME) return { uri: 'stdin' };
  const absolute = path.resolve(options.cwd, file);
  const relative = path.relative(options.root, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(absolute).href };
  }
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function folderUri(folder: string): string {
  const href = pathToFileURL(folder).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function pascalCase(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

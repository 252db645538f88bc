import { analyseDocument } from '../../../server/src/core/documents/analyse-document';
import { messageOf } from '../../../server/src/core/documents/check-file';
import { splitDocuments } from '../../../server/src/core/parse/split-documents';
import type { FileRule, FileRuleContext } from '../../../server/src/core/rules/rule';
import { DEFAULT_SETTINGS } from '../../../server/src/core/settings';
import type { CheckSettings, PortRange } from '../../../server/src/core/settings';

/** What a file-rule test asserts: the document hit, the field path and type, the message and the text under it. */
export interface FileHit {
  readonly document: number;
  readonly field: string;
  readonly type: string;
  readonly message: string;
  readonly text: string;
}

/** Runs one file rule over all the objects of `yaml`, as `FileChecker` does, with an optional node-port range. */
export function runFileRule(rule: FileRule, yaml: string, nodePortRange?: PortRange): FileHit[] {
  const chunks = splitDocuments(yaml);
  const analyses = chunks.map((chunk) => analyseDocument(chunk.text, []));
  const objects: FileRuleContext['objects'][number][] = [];
  analyses.forEach((analysis, documentIndex) => {
    if (analysis.parsed.syntaxErrors.length > 0) {
      throw new Error(`test manifest has a YAML error: ${analysis.parsed.syntaxErrors[0].message}`);
    }
    for (const object of analysis.objects) objects.push({ object, documentIndex });
  });
  const settings: CheckSettings = { ...DEFAULT_SETTINGS, ...(nodePortRange ? { nodePortRange } : {}) };
  const hits: FileHit[] = [];
  rule.checkFile({
    objects,
    settings,
    report: (documentIndex, problem) =>
      hits.push({
        document: documentIndex,
        field: problem.field,
        type: problem.type,
        message: messageOf(problem),
        text: chunks[documentIndex].text.slice(problem.span.start, problem.span.end),
      }),
  });
  return hits;
}

/** A v1 Service document named `name` with the given `spec` body (YAML, indented two spaces under `spec:`). */
export function serviceDoc(name: string, spec: string): string {
  return `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n${spec}\n`;
}

/** Documents joined into one file. */
export function file(...documents: string[]): string {
  return documents.join('---\n');
}

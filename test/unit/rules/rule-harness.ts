import { analyseDocument } from '../../../server/src/core/documents/analyse-document';
import { messageOf } from '../../../server/src/core/documents/check-file';
import { splitDocuments } from '../../../server/src/core/parse/split-documents';
import type { Rule } from '../../../server/src/core/rules/rule';

/** What a rule test asserts: the API server's field path and type, the message, and the exact source text hit. */
export interface Hit {
  readonly field: string;
  readonly type: string;
  readonly message: string;
  /** The text under the reported range. */
  readonly text: string;
}

/** Runs one rule over every document of `yaml` and returns its findings in order. */
export function runRule(rule: Rule, yaml: string): Hit[] {
  const hits: Hit[] = [];
  for (const chunk of splitDocuments(yaml)) {
    const analysis = analyseDocument(chunk.text, [rule]);
    if (analysis.parsed.syntaxErrors.length > 0) {
      throw new Error(`test manifest has a YAML error: ${analysis.parsed.syntaxErrors[0].message}`);
    }
    for (const { problem } of analysis.problems) {
      hits.push({
        field: problem.field,
        type: problem.type,
        message: messageOf(problem),
        text: chunk.text.slice(problem.span.start, problem.span.end),
      });
    }
  }
  return hits;
}

/** `[field, type]` pairs, for assertions that only care what the API server would list. */
export function fieldsOf(rule: Rule, yaml: string): [string, string][] {
  return runRule(rule, yaml).map((hit) => [hit.field, hit.type]);
}

/** The smallest valid port list, as a `spec` body: most rule tests add their field to it. */
export const PORTS = '  ports:\n  - port: 80';

/** A Service manifest with the given `spec` body (YAML, indented two spaces under `spec:`). */
export function service(spec: string, metadata = '  name: web'): string {
  return `apiVersion: v1\nkind: Service\nmetadata:\n${metadata}\nspec:\n${spec}\n`;
}

/** A networking.k8s.io/v1 Ingress manifest with the given `spec` body (YAML, indented two spaces under `spec:`). */
export function ingress(spec: string, metadata = '  name: web'): string {
  return `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n${metadata}\nspec:\n${spec}\n`;
}

/** One rule of `host` with one path: `path` is its YAML body (indented under `- `, six spaces). */
export function ingressPath(path: string, host = 'shop.example.com'): string {
  return ingress(`  rules:\n  - host: ${host}\n    http:\n      paths:\n      - ${path}`);
}

import { objectsOf } from '../model/k8s-object';
import { SERVED_API_VERSION } from '../model/k8s-object';
import type { K8sObject } from '../model/k8s-object';
import { LineIndex } from '../parse/line-index';
import { parseYamlDocument } from '../parse/parse-document';
import type { ParsedDocument } from '../parse/parse-document';
import type { Rule } from '../rules/rule';
import type { RuleProblem } from '../rules/rule-problem';
import type { Span } from '../parse/located-node';
import { substitutePlaceholders } from './placeholders';
import { holdsTemplate } from './template-text';

/** Everything learnt from one `---` document that does not depend on the rest of the file or on settings. */
export interface DocumentAnalysis {
  readonly text: string;
  readonly parsed: ParsedDocument;
  readonly objects: readonly K8sObject[];
  readonly problems: readonly RuleProblem[];
  readonly lines: LineIndex;
  /** Holds Helm / Go template directives: not YAML until rendered, so it is neither checked nor reported. */
  readonly templated: boolean;
}

/**
 * Parses now; runs the rules and indexes the lines on first use, once. The workspace index reads only the objects
 * of the thousands of files nobody has open, so they never pay for rules or line tables.
 */
export function analyseDocument(text: string, rules: readonly Rule[]): DocumentAnalysis {
  const read = parseYamlDocument(text);
  const substituted = substitutePlaceholders(text, read.root);
  const templated = holdsTemplate(text, read, objectsOf(read.root));
  const parsed = templated ? NOT_READ : { ...read, root: substituted.root };
  const objects = objectsOf(parsed.root);
  let problems: readonly RuleProblem[] | undefined;
  let lines: LineIndex | undefined;
  return {
    text,
    parsed,
    objects,
    templated,
    get problems() {
      return (problems ??= parsed.syntaxErrors.length === 0 ? known(runRules(objects, rules), substituted.unknown) : []);
    },
    get lines() {
      return (lines ??= new LineIndex(text));
    },
  };
}

const NOT_READ: ParsedDocument = { root: undefined, syntaxErrors: [], duplicateKeys: [], aliases: [] };

/** The problems not about a value holding an unset `${VAR}`: what it will be is not known yet. */
function known(problems: RuleProblem[], unknown: readonly Span[]): RuleProblem[] {
  if (unknown.length === 0) return problems;
  const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
  return problems.filter(({ problem }) => !unknown.some((span) => overlaps(span, problem.span)));
}

/** Object rules depend on nothing but the object, so their results can be cached with the document's text. */
function runRules(objects: readonly K8sObject[], rules: readonly Rule[]): RuleProblem[] {
  const found: RuleProblem[] = [];
  for (const object of objects) {
    for (const rule of rules) {
      if (!checks(rule, object)) continue;
      const tag = { ruleId: rule.id, origin: rule.origin, severity: rule.severity };
      rule.check({
        object,
        report: (problem) => found.push({ ...tag, problem }),
      });
    }
  }
  return found;
}

/** A rule checks its kinds in their served API version, or in the versions it names. */
function checks(rule: Rule, object: K8sObject): boolean {
  const kind = rule.kinds.find((k) => k === object.kind);
  if (kind === undefined) return false;
  return rule.apiVersions ? rule.apiVersions.includes(object.apiVersion) : SERVED_API_VERSION[kind] === object.apiVersion;
}

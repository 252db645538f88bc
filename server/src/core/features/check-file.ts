import { splitDocuments } from '../parse/split-documents';
import type { DocumentChunk } from '../parse/split-documents';
import { formatApiError } from '../rules/api-error';
import { FILE_RULES, OBJECT_RULES } from '../rules/registry';
import type { FileRule, Problem } from '../rules/rule';
import type { RuleProblem } from '../rules/rule-problem';
import { DOCS_KO } from '../docs/docs-ko';
import type { Language } from '../docs/doc-types';
import type { CheckSettings, RuleLevel } from '../settings';
import { analyseDocument } from './analyse-document';
import type { DocumentAnalysis } from './analyse-document';
import { YAML_SYNTAX_RULE } from './finding';
import type { Finding } from './finding';

/** One `---` document of a file with its cached analysis. */
export interface Located {
  readonly chunk: DocumentChunk;
  readonly analysis: DocumentAnalysis;
}

/**
 * Checks one file again and again as it changes. Each `---` document's analysis is cached by its text, so a
 * keystroke re-parses and re-checks only the document it touched; the cross-document allocator checks are cheap
 * and run over the cached objects each time.
 */
export class FileChecker {
  private cache = new Map<string, DocumentAnalysis>();
  /** How many documents the last check had to parse: 1 after a keystroke inside one document. */
  parsedLastTime = 0;

  /** `language` picks the advice after the API server's text; the API server's own words stay as it prints them. */
  check(text: string, settings: CheckSettings, language: Language = 'en'): Finding[] {
    if (!settings.enable) return [];
    const located = this.analyse(text);
    const isKubernetes = located.some((l) => l.analysis.objects.length > 0);
    if (!isKubernetes) return [];
    const findings: Finding[] = [];
    for (const { chunk, analysis } of located) {
      if (settings.reportYamlErrors) findings.push(...syntaxFindings(chunk, analysis, language));
      for (const problem of analysis.problems) pushFinding(findings, problem, chunk, analysis, settings, language);
    }
    for (const problem of runFileRules(located, settings)) {
      const { chunk, analysis } = located[problem.documentIndex];
      pushFinding(findings, problem, chunk, analysis, settings, language);
    }
    return findings;
  }

  /** The analyses of the current text, in order; drops cache entries of documents that no longer exist. */
  analyse(text: string): Located[] {
    const next = new Map<string, DocumentAnalysis>();
    this.parsedLastTime = 0;
    const located = splitDocuments(text).map((chunk) => {
      const analysis = next.get(chunk.text) ?? this.cache.get(chunk.text) ?? this.fresh(chunk.text);
      next.set(chunk.text, analysis);
      return { chunk, analysis };
    });
    this.cache = next;
    return located;
  }

  /**
   * Every rule problem of the text with the document it is in: the object rules' (cached per document), then the
   * file rules'. Rules set to `off` are left out. For quick fixes, which need the problem's data and document.
   */
  ruleProblems(text: string, settings: CheckSettings): (RuleProblem & { readonly located: Located })[] {
    if (!settings.enable) return [];
    const located = this.analyse(text);
    const found = located.flatMap((l) => l.analysis.problems.map((problem) => ({ ...problem, located: l })));
    for (const { documentIndex, ...problem } of runFileRules(located, settings)) {
      found.push({ ...problem, located: located[documentIndex] });
    }
    return found.filter((p) => (settings.rules[p.ruleId] ?? p.severity) !== 'off');
  }

  private fresh(text: string): DocumentAnalysis {
    this.parsedLastTime++;
    return analyseDocument(text, OBJECT_RULES);
  }
}

/** Checks a whole text once, without keeping a cache. */
export function checkText(text: string, settings: CheckSettings, language: Language = 'en'): Finding[] {
  return new FileChecker().check(text, settings, language);
}

const SYNTAX_ERROR: Record<Language, string> = { en: 'YAML syntax error', ko: 'YAML 구문 오류' };

function syntaxFindings(chunk: DocumentChunk, analysis: DocumentAnalysis, language: Language): Finding[] {
  return analysis.parsed.syntaxErrors.map((error) => ({
    code: YAML_SYNTAX_RULE,
    severity: 'error',
    message: `${SYNTAX_ERROR[language]}: ${error.message}`,
    range: analysis.lines.range(error.span, chunk.line),
    field: '',
    type: 'SyntaxError',
    origin: 'syntax',
  }));
}

function pushFinding(
  out: Finding[],
  tagged: RuleProblem,
  chunk: DocumentChunk,
  analysis: DocumentAnalysis,
  settings: CheckSettings,
  language: Language,
): void {
  const level: RuleLevel = settings.rules[tagged.ruleId] ?? tagged.severity;
  if (level === 'off') return;
  const { problem } = tagged;
  out.push({
    code: tagged.ruleId,
    severity: level,
    message: messageOf(problem, language === 'ko' ? DOCS_KO.ruleAdvice[tagged.ruleId] : undefined),
    range: analysis.lines.range(problem.span, chunk.line),
    field: problem.field,
    type: problem.type,
    origin: tagged.origin,
    ...(problem.data ? { data: problem.data } : {}),
  });
}

/** The API server's text, then what to do: the rule's own advice, or `advice` given in the user's language. */
export function messageOf(problem: Problem, advice = problem.advice): string {
  const text = formatApiError(problem.field, problem.type, problem.value, problem.detail);
  return advice ? `${text} — ${advice}` : text;
}

interface FileProblem extends RuleProblem {
  readonly documentIndex: number;
}

function runFileRules(located: readonly Located[], settings: CheckSettings): FileProblem[] {
  const objects = located.flatMap((l, documentIndex) =>
    l.analysis.parsed.syntaxErrors.length > 0 ? [] : l.analysis.objects.map((object) => ({ object, documentIndex })),
  );
  const found: FileProblem[] = [];
  for (const rule of FILE_RULES) runFileRule(rule, objects, settings, found);
  return found;
}

function runFileRule(
  rule: FileRule,
  objects: Parameters<FileRule['checkFile']>[0]['objects'],
  settings: CheckSettings,
  found: FileProblem[],
): void {
  if (settings.rules[rule.id] === 'off') return;
  const tag = { ruleId: rule.id, origin: rule.origin, severity: rule.severity };
  rule.checkFile({
    objects,
    settings,
    report: (documentIndex, problem) => found.push({ ...tag, documentIndex, problem }),
  });
}

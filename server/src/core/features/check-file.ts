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
  /** The documents of the last text, in order: after a keystroke all but one are where they were. */
  private last: { readonly text: string; readonly located: Located[] } | undefined;
  /** How many documents the last check had to parse: 1 after a keystroke inside one document. */
  parsedLastTime = 0;
  /**
   * Documents analysed outside a check, by text: the edited documents of fixes, which are checked before they are
   * offered. Applying a fix gives one of them, and checking the fixed text finds it here instead of parsing again.
   */
  private readonly spare = new Map<string, DocumentAnalysis>();
  private spareChars = 0;

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

  /**
   * The analyses of the current text, in order; drops cache entries of documents that no longer exist. A document
   * is first compared with the one at its index, counted from the start and from the end (a keystroke moves none);
   * only the others are looked up by text, among the previous documents not reused, so a keystroke hashes one
   * document rather than the whole file.
   */
  analyse(text: string): Located[] {
    this.parsedLastTime = 0;
    // Hover and completion ask again for the text that was just checked.
    if (this.last?.text === text) return this.last.located;
    const previous = this.last?.located ?? [];
    const chunks = splitDocuments(text);
    const shift = previous.length - chunks.length;
    const reused = new Uint8Array(previous.length);
    const reuse = (index: number, chunk: DocumentChunk): DocumentAnalysis | undefined => {
      const candidate = previous[index];
      if (candidate === undefined || candidate.analysis.text !== chunk.text) return undefined;
      reused[index] = 1;
      return candidate.analysis;
    };
    const inPlace = chunks.map((chunk, i) => reuse(i, chunk) ?? reuse(i + shift, chunk));
    let byText: Map<string, DocumentAnalysis> | undefined;
    const located = chunks.map((chunk, i) => {
      let analysis = inPlace[i];
      if (!analysis) {
        byText ??= new Map(previous.filter((_, j) => reused[j] === 0).map((l) => [l.analysis.text, l.analysis]));
        analysis = byText.get(chunk.text) ?? this.spare.get(chunk.text);
        if (!analysis) byText.set(chunk.text, (analysis = this.fresh(chunk.text)));
      }
      return { chunk, analysis };
    });
    this.last = { text, located };
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

  /** The analysis of one document's text, kept a while (a few documents) for the checks of the file to come. */
  document(text: string): DocumentAnalysis {
    const known = this.spare.get(text);
    if (known) return known;
    const analysis = analyseDocument(ownCopy(text), OBJECT_RULES);
    this.keepSpare(analysis);
    return analysis;
  }

  private fresh(text: string): DocumentAnalysis {
    this.parsedLastTime++;
    return analyseDocument(ownCopy(text), OBJECT_RULES);
  }

  /** Keeps the newest spare analyses, within a budget of documents and characters; the oldest go first. */
  private keepSpare(analysis: DocumentAnalysis): void {
    if (analysis.text.length > MAX_SPARE_CHARS) return;
    this.spare.set(analysis.text, analysis);
    this.spareChars += analysis.text.length;
    for (const [text] of this.spare) {
      if (this.spare.size <= MAX_SPARE_DOCUMENTS && this.spareChars <= MAX_SPARE_CHARS) break;
      this.spare.delete(text);
      this.spareChars -= text.length;
    }
  }
}

const MAX_SPARE_DOCUMENTS = 64;
const MAX_SPARE_CHARS = 1_000_000;

/**
 * The text of one document as a string of its own. V8 keeps a slice as a view of the string it was cut from, so a
 * cached analysis would otherwise hold the whole file as it was when that document last changed: one copy of the
 * file per edited document, hundreds of MB after a while in a large file.
 */
function ownCopy(text: string): string {
  return text.length < 16 ? text : (JSON.parse(JSON.stringify(text)) as string);
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

/** The file rules' problems of one document as if it were the file's only one (a fix is checked on its document). */
export function documentFileProblems(analysis: DocumentAnalysis, settings: CheckSettings): RuleProblem[] {
  return runFileRules([{ analysis }], settings).map(({ documentIndex: _, ...problem }) => problem);
}

interface FileProblem extends RuleProblem {
  readonly documentIndex: number;
}

function runFileRules(located: readonly Pick<Located, 'analysis'>[], settings: CheckSettings): FileProblem[] {
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

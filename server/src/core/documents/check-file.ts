import { splitDocuments } from '../parse/split-documents';
import type { DocumentChunk } from '../parse/split-documents';
import { formatApiError } from '../rules/api-error';
import { FILE_RULES, OBJECT_RULES } from '../rules/registry';
import type { FileRule, Problem } from '../rules/rule';
import type { RuleProblem } from '../rules/rule-problem';
import { ENGLISH } from '../l10n';
import type { Localizer } from '../l10n';
import { SEVERITIES } from '../settings';
import type { CheckSettings, RuleLevel, Severity } from '../settings';
import { analyseDocument } from './analyse-document';
import type { DocumentAnalysis } from './analyse-document';
import { YAML_SYNTAX_RULE } from './finding';
import type { Finding } from './finding';
import { duplicateKeyMessage, firstErrorNote, YAML_DUPLICATE_KEY_RULE } from './syntax-texts';

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
  /** A text {@link prepare} is parsing in slices. */
  private preparing: Preparing | undefined;
  /** The last {@link ruleProblems}, for the located documents and settings it was computed for. */
  private problems: CachedProblems | undefined;

  /** `l10n` words the advice after the API server's text; the API server's own words stay as it prints them. */
  check(text: string, settings: CheckSettings, l10n: Localizer = ENGLISH): Finding[] {
    return this.checkLimited(text, settings, l10n, Infinity).findings;
  }

  /**
   * At most `limit` findings of the text: the most severe first (errors, then warnings, ...), in file order within
   * a severity, listed in file order; `omitted` counts the others. Only the findings kept are built (message,
   * range), so a file with half a million problems costs a count of them, not half a million messages.
   */
  checkLimited(text: string, settings: CheckSettings, l10n: Localizer, limit: number): LimitedFindings {
    if (!settings.enable) return { findings: [], omitted: 0 };
    const located = this.analyse(text);
    const isKubernetes = located.some((l) => l.analysis.objects.length > 0);
    if (!isKubernetes) return { findings: [], omitted: 0 };
    const fileProblems = runFileRules(located, settings);
    const counts = new Map<Severity, number>();
    visitFindings(located, fileProblems, settings, (level) => counts.set(level, (counts.get(level) ?? 0) + 1));
    const quota = quotaBySeverity(counts, limit);
    const findings: Finding[] = [];
    visitFindings(located, fileProblems, settings, (level, source, document) => {
      const left = quota.get(level) ?? 0;
      if (left === 0) return;
      quota.set(level, left - 1);
      findings.push(buildFinding(level, source, document, l10n));
    });
    let total = 0;
    for (const count of counts.values()) total += count;
    return { findings, omitted: total - findings.length };
  }

  /**
   * Parses, for the text, documents not parsed yet, until about `budget` characters of them have been: an indexer
   * calls it between turns of the event loop until it returns true, so that a big file is parsed in slices; the
   * next {@link analyse} of the same text then parses nothing. Returns true at once when nothing is left to parse.
   */
  prepare(text: string, budget: number): boolean {
    if (this.last?.text === text) return true;
    if (this.preparing?.text !== text) {
      const known = new Set(this.last?.located.map((l) => l.analysis.text));
      this.preparing = { text, chunks: splitDocuments(text), next: 0, analyses: new Map(), known };
    }
    const preparing = this.preparing;
    let spent = 0;
    while (preparing.next < preparing.chunks.length && spent < budget) {
      const chunk = preparing.chunks[preparing.next++];
      if (preparing.known.has(chunk.text) || preparing.analyses.has(chunk.text)) continue;
      preparing.analyses.set(chunk.text, this.fresh(chunk.text));
      spent += chunk.text.length;
    }
    return preparing.next >= preparing.chunks.length;
  }

  /**
   * A checker that starts from this one's last text and analyses (shared: they never change) and goes its own way:
   * fix-all re-checks texts with its fixes applied on it, without moving this checker off the document's text.
   */
  fork(): FileChecker {
    const forked = new FileChecker();
    forked.last = this.last;
    return forked;
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
    const prepared = this.preparing?.text === text ? this.preparing : undefined;
    this.preparing = undefined;
    const chunks = prepared?.chunks ?? splitDocuments(text);
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
        analysis = byText.get(chunk.text) ?? this.spare.get(chunk.text) ?? prepared?.analyses.get(chunk.text);
        if (!analysis) analysis = this.fresh(chunk.text);
        byText.set(chunk.text, analysis);
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
  ruleProblems(text: string, settings: CheckSettings): readonly LocatedProblem[] {
    if (!settings.enable) return [];
    const located = this.analyse(text);
    // Code actions ask on every cursor move: the same text and settings give the same list.
    if (this.problems?.located === located && this.problems.settings === settings) return this.problems.found;
    const found = located.flatMap((l) => l.analysis.problems.map((problem) => ({ ...problem, located: l })));
    for (const { documentIndex, ...problem } of runFileRules(located, settings)) {
      found.push({ ...problem, located: located[documentIndex] });
    }
    const kept = found.filter((p) => (settings.rules[p.ruleId] ?? p.severity) !== 'off');
    this.problems = { located, settings, found: kept };
    return kept;
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
    documentsParsed++;
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

/** A rule's problem with the document it is in. */
export type LocatedProblem = RuleProblem & { readonly located: Located };

interface CachedProblems {
  readonly located: readonly Located[];
  readonly settings: CheckSettings;
  readonly found: readonly LocatedProblem[];
}

/** What {@link FileChecker.checkLimited} keeps of a text's findings, and how many it left out. */
export interface LimitedFindings {
  readonly findings: Finding[];
  readonly omitted: number;
}

/** A text being parsed in slices by {@link FileChecker.prepare}. */
interface Preparing {
  readonly text: string;
  readonly chunks: readonly DocumentChunk[];
  next: number;
  readonly analyses: Map<string, DocumentAnalysis>;
  /** Texts of the documents the checker already has: {@link FileChecker.analyse} reuses them. */
  readonly known: ReadonlySet<string>;
}

let documentsParsed = 0;

/** How many `---` documents have been parsed in this process: the work a change costs, counted (for tests). */
export function documentsParsedSoFar(): number {
  return documentsParsed;
}

/** How many findings of each severity fit in `limit`, the most severe first. */
function quotaBySeverity(counts: ReadonlyMap<Severity, number>, limit: number): Map<Severity, number> {
  const quota = new Map<Severity, number>();
  let left = limit;
  for (const severity of SEVERITIES) {
    const taken = Math.min(counts.get(severity) ?? 0, left);
    quota.set(severity, taken);
    left -= taken;
  }
  return quota;
}

/**
 * What a finding is made from: a document's first YAML syntax error (and how many follow it), a key written
 * twice, or a rule's problem.
 */
type FindingSource =
  | { readonly error: SyntaxError; readonly more: number }
  | { readonly duplicate: DuplicateKey }
  | { readonly problem: RuleProblem };

/**
 * Every finding of the located documents in the order the checker reports them (each document's syntax errors and
 * object problems, then the file rules'), as its level, what it is made from and its document ({@link
 * buildFinding} makes it); rules set to `off` are left out. Nothing is built here: counting them all is cheap.
 */
function visitFindings(
  located: readonly Located[],
  fileProblems: readonly FileProblem[],
  settings: CheckSettings,
  visit: (level: Severity, source: FindingSource, document: Located) => void,
): void {
  const visitProblem = (problem: RuleProblem, document: Located): void => {
    const level: RuleLevel = settings.rules[problem.ruleId] ?? problem.severity;
    if (level !== 'off') visit(level, { problem }, document);
  };
  const duplicateLevel: RuleLevel = settings.rules[YAML_DUPLICATE_KEY_RULE] ?? 'warning';
  for (const document of located) {
    const [error, ...more] = document.analysis.parsed.syntaxErrors;
    // kubectl stops at a document's first error: the others are folded into it.
    if (settings.reportYamlErrors && error) visit('error', { error, more: more.length }, document);
    if (duplicateLevel !== 'off' && !document.analysis.templated) {
      for (const duplicate of document.analysis.parsed.duplicateKeys) visit(duplicateLevel, { duplicate }, document);
    }
    for (const problem of document.analysis.problems) visitProblem(problem, document);
  }
  for (const problem of fileProblems) visitProblem(problem, located[problem.documentIndex]);
}

function buildFinding(level: Severity, source: FindingSource, { chunk, analysis }: Located, l10n: Localizer): Finding {
  if ('error' in source) return syntaxFinding(source.error, source.more, chunk, analysis, l10n);
  if ('duplicate' in source) return duplicateKeyFinding(source.duplicate, level, chunk, analysis, l10n);
  return findingOf(source.problem, level, chunk, analysis, l10n);
}

/**
 * The text of one document as a string of its own. V8 keeps a slice as a view of the string it was cut from, so a
 * cached analysis would otherwise hold the whole file as it was when that document last changed: one copy of the
 * file per edited document, hundreds of MB after a while in a large file.
 */
function ownCopy(text: string): string {
  return text.length < 16 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/** Checks a whole text once, without keeping a cache. */
export function checkText(text: string, settings: CheckSettings, l10n: Localizer = ENGLISH): Finding[] {
  return new FileChecker().check(text, settings, l10n);
}

type SyntaxError = DocumentAnalysis['parsed']['syntaxErrors'][number];
type DuplicateKey = DocumentAnalysis['parsed']['duplicateKeys'][number];

function syntaxFinding(
  error: SyntaxError,
  more: number,
  chunk: DocumentChunk,
  analysis: DocumentAnalysis,
  l10n: Localizer,
): Finding {
  const range = analysis.lines.range(error.span, chunk.line);
  return {
    code: YAML_SYNTAX_RULE,
    severity: 'error',
    message: `${l10n.t('YAML syntax error')}: ${error.message}${firstErrorNote(l10n, range.start.line + 1, more)}`,
    range,
    field: '',
    type: 'SyntaxError',
    origin: 'syntax',
    ...(more > 0 ? { data: { more } } : {}),
  };
}

function duplicateKeyFinding(
  duplicate: DuplicateKey,
  level: Severity,
  chunk: DocumentChunk,
  analysis: DocumentAnalysis,
  l10n: Localizer,
): Finding {
  const range = analysis.lines.range(duplicate.dropped, chunk.line);
  const kept = analysis.lines.range(duplicate.kept, chunk.line);
  return {
    code: YAML_DUPLICATE_KEY_RULE,
    severity: level,
    message: duplicateKeyMessage(l10n, duplicate.key, range.start.line + 1, kept.start.line + 1),
    range,
    field: '',
    type: 'SyntaxError',
    origin: 'syntax',
    data: { key: duplicate.key, keptLine: kept.start.line },
  };
}

function findingOf(
  tagged: RuleProblem,
  level: Severity,
  chunk: DocumentChunk,
  analysis: DocumentAnalysis,
  l10n: Localizer,
): Finding {
  const { problem } = tagged;
  return {
    code: tagged.ruleId,
    severity: level,
    message: messageOf(problem, l10n),
    range: analysis.lines.range(problem.span, chunk.line),
    field: problem.field,
    type: problem.type,
    origin: tagged.origin,
    ...(problem.data ? { data: problem.data } : {}),
  };
}

/** The API server's text, verbatim in every language, then what to do: the problem's own advice, in `l10n`. */
export function messageOf(problem: Problem, l10n: Localizer = ENGLISH): string {
  const text = formatApiError(problem.field, problem.type, problem.value, problem.detail);
  const advice = problem.advice?.(l10n);
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

import { FILE_TOO_LARGE_RULE } from '../documents/file-too-large';
import { TOO_MANY_DIAGNOSTICS } from '../documents/diagnostic-cap';
import type { Localizer } from '../l10n';
import { lineBreakEnds, LineIndex } from '../parse/line-index';
import type { Range } from '../parse/line-index';
import { IGNORE_NEXT_LINE, ignoreOnThisLine, SUPPRESSION_RULE_REQUIRED, SUPPRESSION_UNKNOWN_RULE } from '../suppression/texts';
import type { CodeActionModel } from './code-actions';

/** Findings no comment can suppress: about the whole file, or about a suppression itself. */
const NOT_SUPPRESSIBLE: ReadonlySet<string> = new Set([
  FILE_TOO_LARGE_RULE,
  TOO_MANY_DIAGNOSTICS,
  SUPPRESSION_RULE_REQUIRED,
  SUPPRESSION_UNKNOWN_RULE,
]);

/**
 * "Ignore <rule> on this line" for each of the editor's diagnostics of a kube-svc rule (`known`), per-file and
 * cross-resource alike: it inserts `# kube-svc-ignore-next-line <rule>` above the diagnostic's first line, with that
 * line's indentation and line break, and changes no other byte. Comment lines stack, so the fix works again above
 * a line that already has one.
 */
export function ignoreActions(
  text: string,
  diagnostics: readonly { readonly code?: string | number; readonly range: Range }[],
  known: ReadonlySet<string>,
  l10n: Localizer,
): CodeActionModel[] {
  const lines = new LineIndex(text);
  const actions: CodeActionModel[] = [];
  const seen = new Set<string>();
  for (const diagnostic of diagnostics) {
    const code = diagnostic.code;
    if (typeof code !== 'string' || !known.has(code) || NOT_SUPPRESSIBLE.has(code)) continue;
    const line = diagnostic.range.start.line;
    if (seen.has(`${code}\0${line}`)) continue;
    seen.add(`${code}\0${line}`);
    const start = lines.offset({ line, character: 0 });
    const at = { line, character: 0 };
    actions.push({
      title: ignoreOnThisLine(l10n, code),
      kind: 'quickfix',
      diagnostic: { code, range: diagnostic.range },
      preferred: false,
      edits: [{ range: { start: at, end: at }, newText: `${indentAt(text, start)}# ${IGNORE_NEXT_LINE} ${code}${lineBreakAfter(text, start)}` }],
    });
  }
  return actions;
}

function indentAt(text: string, lineStart: number): string {
  return /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))?.[0] ?? '';
}

/** The break ending the line at `lineStart`, else the file's first one, else `\n`. */
function lineBreakAfter(text: string, lineStart: number): string {
  const end = lineBreakEnds(text, lineStart, text.length).next().value ?? lineBreakEnds(text, 0, text.length).next().value;
  if (end === undefined) return '\n';
  return text.charCodeAt(end - 1) === 10 && text.charCodeAt(end - 2) === 13 ? '\r\n' : text[end - 1];
}

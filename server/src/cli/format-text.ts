import type { FileFindings } from './file-findings';

/** `file:line:col severity rule message`, 1-based like compilers print, one finding a line. */
export function formatText(results: readonly FileFindings[]): string {
  const lines: string[] = [];
  for (const { file, findings } of results) {
    for (const f of findings) {
      const { line, character } = f.range.start;
      lines.push(`${file}:${line + 1}:${character + 1} ${f.severity} ${f.code} ${f.message}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/**
 * `3 files checked: 1 error, 2 warnings, 0 other findings`, then how many findings were suppressed, how many files
 * were skipped as too large and how many folders could not be read.
 */
export function summaryLine(results: readonly FileFindings[], unreadableFolders = 0): string {
  const all = results.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  const skipped = results.filter((r) => r.skipped === true).length;
  const checked = `${plural(results.length - skipped, 'file')} checked`;
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(all.length - errors - warnings, 'other finding')}`;
  const hidden = results.reduce((n, r) => n + (r.suppressed?.length ?? 0), 0);
  const suppressed = hidden > 0 ? `; ${plural(hidden, 'finding')} suppressed (kube-svc-ignore)` : '';
  const tooLarge = skipped > 0 ? `; ${plural(skipped, 'file')} skipped (over maxFileSize)` : '';
  const unreadable = unreadableFolders > 0 ? `; ${plural(unreadableFolders, 'folder')} skipped (unreadable)` : '';
  return `${checked}: ${counts}${suppressed}${tooLarge}${unreadable}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

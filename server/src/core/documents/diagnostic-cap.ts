import type { Localizer } from '../l10n';
import { severityRank } from '../settings';
import type { Finding } from './finding';

/** The code of the one note that says how many findings of a file were left out (`kubeSvc.maxDiagnostics`). */
export const TOO_MANY_DIAGNOSTICS = 'too-many-diagnostics';


/**
 * At most `limit` of the findings, the most severe first and in their order within a severity, listed in their
 * order, then one note at the file's first line saying how many were left out: those cut here plus `omitted`
 * (findings the caller already left out, all less severe than or as severe as the ones it kept). Findings under
 * the limit, with nothing omitted, come back as they are.
 */
export function capFindings(findings: readonly Finding[], limit: number, omitted: number, l10n: Localizer): Finding[] {
  if (findings.length <= limit && omitted === 0) return [...findings];
  const kept = mostSevere(findings, limit);
  const left = findings.length - kept.length + omitted;
  return left > 0 ? [...kept, tooManyNote(kept.length, left, limit, l10n)] : kept;
}

function mostSevere(findings: readonly Finding[], limit: number): Finding[] {
  if (findings.length <= limit) return [...findings];
  const ranked = findings.map((finding, index) => ({ finding, index }));
  ranked.sort((a, b) => severityRank(a.finding.severity) - severityRank(b.finding.severity) || a.index - b.index);
  return ranked
    .slice(0, limit)
    .sort((a, b) => a.index - b.index)
    .map((r) => r.finding);
}

function tooManyText(l10n: Localizer, shown: string, left: string, limit: string): string {
  return l10n.t('{0} more findings in this file are not shown: only {1} are (kubeSvc.maxDiagnostics is {2}), the most severe first — fix those, or raise kubeSvc.maxDiagnostics to see more', left, shown, limit);
}

function tooManyNote(shown: number, left: number, limit: number, l10n: Localizer): Finding {
  return {
    code: TOO_MANY_DIAGNOSTICS,
    severity: 'info',
    message: tooManyText(l10n, grouped(shown), grouped(left), grouped(limit)),
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    field: '',
    type: 'TooMany',
    origin: 'limit',
    data: { omitted: left },
  };
}

/** `499,000`: digits in groups of three, the same in both languages. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

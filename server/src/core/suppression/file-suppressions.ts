import type { Located } from '../documents/check-file';
import type { Finding } from '../documents/finding';
import type { Localizer } from '../l10n';
import type { CheckSettings, RuleLevel } from '../settings';
import { closestWithin } from '../text/edit-distance';
import { suppressionDirectives } from './directives';
import type { NamedId, SuppressionDirective } from './directives';
import { ruleRequired, SUPPRESSION_RULE_REQUIRED, SUPPRESSION_UNKNOWN_RULE, unknownRule } from './texts';

/** A finding a suppression hid, with the reason written beside it. */
export interface SuppressedFinding {
  readonly finding: Finding;
  readonly justification?: string;
}

/** What a file's suppressions leave of its findings. */
export interface SuppressionResult {
  /** The findings to publish: those not suppressed, then the notes about the suppressions themselves. */
  readonly shown: Finding[];
  readonly suppressed: SuppressedFinding[];
}

/** The suppressions of one text, ready to filter the findings of the file, its own and the cross-resource ones. */
export interface FileSuppressions {
  apply(findings: readonly Finding[]): SuppressionResult;
}

export const NO_SUPPRESSIONS: FileSuppressions = { apply: (findings) => ({ shown: [...findings], suppressed: [] }) };

/**
 * The suppressions of a checked file (`located`, its documents). `known` are the rule ids a suppression may name;
 * one naming another id, or none, suppresses nothing and gets a note (info unless the settings say otherwise).
 */
export function fileSuppressions(
  located: readonly Located[],
  known: ReadonlySet<string>,
  settings: CheckSettings,
  l10n: Localizer,
): FileSuppressions {
  if (!settings.enable || !located.some((l) => l.analysis.objects.length > 0)) return NO_SUPPRESSIONS;
  const directives = suppressionDirectives(located);
  if (directives.length === 0) return NO_SUPPRESSIONS;
  const notes = directives
    .flatMap((directive) => notesOf(directive, known, settings, l10n))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return {
    apply(findings) {
      const shown: Finding[] = [];
      const suppressed: SuppressedFinding[] = [];
      for (const finding of findings) {
        const by = directives.find((d) => suppresses(d, finding));
        if (!by) shown.push(finding);
        else suppressed.push({ finding, ...(by.reason ? { justification: by.reason } : {}) });
      }
      return { shown: [...shown, ...notes], suppressed };
    },
  };
}

function suppresses(directive: SuppressionDirective, finding: Finding): boolean {
  const line = finding.range.start.line;
  return line >= directive.fromLine && line <= directive.toLine && directive.ids.some((n) => n.id === finding.code);
}

function notesOf(
  directive: SuppressionDirective,
  known: ReadonlySet<string>,
  settings: CheckSettings,
  l10n: Localizer,
): Finding[] {
  if (directive.ids.length === 0) {
    return noteOf(SUPPRESSION_RULE_REQUIRED, 'Required', ruleRequired(l10n, directive.annotation), directive.range, settings);
  }
  return directive.ids
    .filter(({ id }) => !known.has(id))
    .flatMap(({ id, range }: NamedId) => {
      // A word of a reason written without a dash reads as an id: a suggestion only when it is close to one.
      const closest = closestWithin(known, id, Math.max(2, Math.floor(id.length / 3)));
      return noteOf(SUPPRESSION_UNKNOWN_RULE, 'Invalid', unknownRule(l10n, id, closest), range, settings);
    });
}

function noteOf(
  code: string,
  type: Finding['type'],
  message: string,
  range: Finding['range'],
  settings: CheckSettings,
): Finding[] {
  const level: RuleLevel = settings.rules[code] ?? 'info';
  if (level === 'off') return [];
  return [{ code, severity: level, message, range, field: '', type, origin: 'suppression' }];
}

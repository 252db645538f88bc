import type { Localizer } from '../l10n';

/** The comment that suppresses findings on its own line, and the one that suppresses them on the next line. */
export const IGNORE = 'kube-svc-ignore';
export const IGNORE_NEXT_LINE = 'kube-svc-ignore-next-line';
/** The annotation that suppresses findings anywhere in its object. */
export const IGNORE_ANNOTATION = 'kube-svc.io/ignore';

/** The info a suppression naming no kube-svc rule gets. */
export const SUPPRESSION_UNKNOWN_RULE = 'suppression-unknown-rule';
export const SUPPRESSION_UNKNOWN_RULE_DESCRIPTION =
  'A kube-svc-ignore comment or kube-svc.io/ignore annotation names a rule id kube-svc does not have: it suppresses nothing.';

/** The info a suppression naming no rule at all gets: a blanket suppression would hide true errors. */
export const SUPPRESSION_RULE_REQUIRED = 'suppression-rule-required';
export const SUPPRESSION_RULE_REQUIRED_DESCRIPTION =
  'A kube-svc-ignore comment or kube-svc.io/ignore annotation without a rule id suppresses nothing: name the rules.';

export function unknownRule(l10n: Localizer, id: string, closest: string | undefined): string {
  return closest === undefined
    ? l10n.t('`{0}` is not a kube-svc rule id, so nothing is suppressed: `kube-svc rules` lists the ids', id)
    : l10n.t('`{0}` is not a kube-svc rule id, so nothing is suppressed: did you mean `{1}`?', id, closest);
}

export function ruleRequired(l10n: Localizer, annotation: boolean): string {
  return annotation
    ? l10n.t('`kube-svc.io/ignore` names no rule, so nothing is suppressed: write the rule ids, as in `kube-svc.io/ignore: "service-selects-nothing"` (suppressing every rule would hide true errors)')
    : l10n.t('`kube-svc-ignore` names no rule, so nothing is suppressed: write the rule id, as in `# kube-svc-ignore-next-line service-selects-nothing — why` (suppressing every rule would hide true errors)');
}

/** The quick fix every finding has. */
export function ignoreOnThisLine(l10n: Localizer, id: string): string {
  return l10n.t('Ignore {0} on this line', id);
}

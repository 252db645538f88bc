import type { Advice } from '../rule';

/** Words several rules' advice shares. */

/** What is written in the wrong case: the enumerated field's name in the advice. */
export type CaseSensitiveField = 'protocol' | 'type' | 'family' | 'policy' | 'pathType';

/** `write 'TCP': the protocol is case-sensitive`, for an enumeration value written in another case. */
export function writeInItsCase(value: string, what: CaseSensitiveField): Advice {
  return (l10n) => {
    switch (what) {
      case 'protocol':
        return l10n.t("write '{0}': the protocol is case-sensitive", value);
      case 'type':
        return l10n.t("write '{0}': the type is case-sensitive", value);
      case 'family':
        return l10n.t("write '{0}': the family is case-sensitive", value);
      case 'policy':
        return l10n.t("write '{0}': the policy is case-sensitive", value);
      case 'pathType':
        return l10n.t("write '{0}': the pathType is case-sensitive", value);
    }
  };
}

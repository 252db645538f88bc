import { replaceScalar } from '../../fixes/yaml-edits';
import { PREFERRED_ASK, SAFE, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import { isScalar } from '../../parse/located-node';
import type { SessionAffinityTimeoutProblem } from './check';

const MIN_TIMEOUT = 1;
const MAX_TIMEOUT = 86400;

/**
 * session-affinity-timeout: clamps timeoutSeconds to 1..86400. Too long becomes the longest allowed, what the
 * author asked for as nearly as can be (safe). Zero or less is only offered the minimum: it often means "no
 * timeout" (`timeoutSeconds: 0  # forever`), the opposite of one second.
 */
export const sessionAffinityTimeoutFix: FixProvider<SessionAffinityTimeoutProblem> = ({ text, problem, l10n }) => {
  const node = problem.target;
  if (!isScalar(node) || typeof node.value !== 'number') return [];
  const tooShort = node.value < MIN_TIMEOUT;
  const clamped = tooShort ? MIN_TIMEOUT : MAX_TIMEOUT;
  const edits = replaceScalar(text, node, clamped);
  const title = tooShort
    ? l10n.t('Set timeoutSeconds to {0} (the minimum)', clamped)
    : l10n.t('Set timeoutSeconds to {0} (the maximum)', clamped);
  return fixOf(title, edits, tooShort ? PREFERRED_ASK : SAFE);
};

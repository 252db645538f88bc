import { removeEntry } from '../../fixes/remove-field';
import { SAFE, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';
import type { MetadataGenerationProblem } from './check';

/** metadata-generation: the API server maintains it; a manifest has no business setting it. */
export const metadataGenerationFix: FixProvider<MetadataGenerationProblem> = ({ text, problem, l10n }) =>
  fixOf(l10n.t('Remove metadata.generation'), removeEntry(text, problem.target), SAFE);

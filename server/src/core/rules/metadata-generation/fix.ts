import { removeProblemField } from '../../fixes/remove-field';
import { SAFE, fixOf } from '../../fixes/fix';
import type { FixProvider } from '../../fixes/fix';

/** metadata-generation: the API server maintains it; a manifest has no business setting it. */
export const metadataGenerationFix: FixProvider = (ctx) =>
  fixOf('Remove metadata.generation', removeProblemField(ctx), SAFE);

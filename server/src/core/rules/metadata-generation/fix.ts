import { removeProblemField } from './remove-field';
import { SAFE, fixOf } from './fix';
import type { FixProvider } from './fix';

/** metadata-generation: the API server maintains it; a manifest has no business setting it. */
export const metadataGenerationFix: FixProvider = (ctx) =>
  fixOf('Remove metadata.generation', removeProblemField(ctx), SAFE);

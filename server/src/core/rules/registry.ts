import { portNameRequired } from './port-name-required';
import type { FileRule, Rule } from './rule';

/** Every per-object rule, in the order the API server's validation runs them. */
export const OBJECT_RULES: readonly Rule[] = [portNameRequired];

/** Rules over all the objects of a file (the cluster's allocator). */
export const FILE_RULES: readonly FileRule[] = [];

export const ALL_RULES: readonly (Rule | FileRule)[] = [...OBJECT_RULES, ...FILE_RULES];

/**
 * Pure TypeScript ports of the Kubernetes apimachinery validation helpers,
 * with messages identical to upstream.
 */
export * from './dns-names';
export * from './qualified-names';
export * from './ports';
export * from './ip-addresses';
export * from './path-segments';

/** IsValidPathSegmentName (k8s.io/apimachinery/pkg/api/validation/path): a name that must fit in a URL path. */
export function isValidPathSegmentName(name: string): string[] {
  if (name === '.' || name === '..') return [`may not be '${name}'`];
  return ['/', '%'].filter((c) => name.includes(c)).map((c) => `may not contain '${c}'`);
}

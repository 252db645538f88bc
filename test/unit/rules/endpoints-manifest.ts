/** An Endpoints manifest with the given `subsets` body (YAML list items, indented from column 0). */
export function endpoints(subsets: string, name = 'web'): string {
  return `apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: ${name}\nsubsets:\n${subsets}\n`;
}

/** One subset with a single ready address and the given extra lines (indented two spaces). */
export function subsetWith(lines: string): string {
  return `- addresses:\n  - ip: 10.1.2.3\n${lines}`;
}

/**
 * Checks that two languages hold the same messages, shared by the tests of every localised text: the manifest's
 * package.nls files, the l10n bundles of the client, and (when the server's texts move to @vscode/l10n) the
 * server's. A message id in one language only, or a translation that loses a value of the English, fails.
 */
import assert from 'node:assert/strict';

export type Messages = Readonly<Record<string, unknown>>;

/** The ids of `messages` missing from `other`, sorted. */
export function missingFrom(messages: Messages, other: Messages): string[] {
  return Object.keys(messages)
    .filter((id) => !(id in other))
    .sort();
}

/** Fails, naming every id that one of the languages lacks. `languages` maps a name (a file) to its messages. */
export function assertSameIds(languages: Readonly<Record<string, Messages>>): void {
  const names = Object.keys(languages);
  const problems: string[] = [];
  for (const a of names) {
    for (const b of names) {
      if (a === b) continue;
      for (const id of missingFrom(languages[a], languages[b])) problems.push(`${JSON.stringify(id)} is in ${a} but not in ${b}`);
    }
  }
  assert.deepEqual(problems, [], problems.join('\n'));
}

/** The text of a message as a bundle holds it: a string, or `{ message, comment }`. */
export function messageText(value: unknown): string {
  if (typeof value === 'string') return value;
  const message = typeof value === 'object' && value !== null ? (value as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : '';
}

/**
 * What a translation must carry over unchanged: `{0}` / `{name}` arguments, `code spans`, `$(icon)` names, and
 * setting and rule names (`kubeSvc.maxFileSize`, `.kube-svc.json`). Sorted, so that order may differ by language.
 */
export function carriedValues(text: string): string[] {
  const values = [
    ...text.matchAll(/\{\w+\}/g),
    ...text.matchAll(/`[^`]+`/g),
    ...text.matchAll(/\$\([\w-]+\)/g),
    ...text.matchAll(/(?<![\w.-])(?:kubeSvc\.[\w.]+\w|\.kube-svc\.json)/g),
  ].map((match) => match[0]);
  return values.sort();
}

/** Fails, naming each message whose translation lost or added a carried value (see {@link carriedValues}). */
export function assertSameValues(english: Messages, translated: Messages, language: string): void {
  const problems: string[] = [];
  for (const [id, value] of Object.entries(english)) {
    if (!(id in translated)) continue;
    const want = carriedValues(messageText(value));
    const got = carriedValues(messageText(translated[id]));
    if (JSON.stringify(want) !== JSON.stringify(got)) problems.push(`${id}: English has ${JSON.stringify(want)}, ${language} ${JSON.stringify(got)}`);
  }
  assert.deepEqual(problems, [], problems.join('\n'));
}

/** Fails, naming each message of `translated` that is not in Korean (no Hangul), bar the ids in `same`. */
export function assertKorean(translated: Messages, same: readonly string[] = []): void {
  const english = Object.entries(translated)
    .filter(([id, value]) => !same.includes(id) && !/[\uAC00-\uD7A3]/.test(messageText(value)))
    .map(([id]) => id);
  assert.deepEqual(english, [], `not translated: ${english.join(', ')}`);
}

/** Every `%id%` of a manifest (package.json), wherever it stands. */
export function manifestIds(manifest: unknown): string[] {
  const ids = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      const match = /^%(.+)%$/.exec(value);
      if (match) ids.add(match[1]);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(manifest);
  return [...ids].sort();
}

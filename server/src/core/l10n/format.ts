/** What a message's `{0}` / `{name}` placeholders are filled from: positional values, or named ones. */
export type L10nArgs =
  | readonly (string | number | boolean)[]
  | Readonly<Record<string, string | number | boolean>>;

const PLACEHOLDER = /{([^}]+)}/g;

/**
 * `@vscode/l10n`'s formatting (it does not export it): each `{key}` whose key is an index or name of `args` becomes
 * that value; any other brace text stays as written.
 */
export function formatMessage(template: string, args: L10nArgs): string {
  const values = args as Readonly<Record<string, string | number | boolean | undefined>>;
  if (Object.keys(values).length === 0) return template;
  return template.replace(PLACEHOLDER, (match, key: string) => {
    const value = Object.hasOwn(values, key) ? values[key] : undefined;
    return value === undefined ? match : String(value);
  });
}

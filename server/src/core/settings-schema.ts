/**
 * kube-svc.schema.json, the one description of the settings, as the core reads it: defaults and bounds. The JSON is
 * bundled into the server and the CLI at build time, so the core reads no file.
 */
import SCHEMA from '../../../kube-svc.schema.json';

/** The settings a `.kube-svc.json` may hold (VS Code's `kubeSvc.*` without the prefix), `$schema` aside. */
export const FILE_SETTINGS = SCHEMA.properties;
/** VS Code's settings that a settings file may not hold. */
export const EDITOR_SETTINGS = SCHEMA.definitions.editorSettings.properties;

/** The names of the settings a settings file may hold, in the schema's order. */
export const FILE_SETTING_NAMES: readonly string[] = Object.keys(FILE_SETTINGS).filter((name) => name !== '$schema');
/** The names of the editor's own settings. */
export const EDITOR_SETTING_NAMES: readonly string[] = Object.keys(EDITOR_SETTINGS);
/** The settings whose workspace value VS Code ignores in Restricted Mode, and so does `.kube-svc.json`'s. */
export const RESTRICTED_SETTING_NAMES: readonly string[] = [...Object.entries(FILE_SETTINGS), ...Object.entries(EDITOR_SETTINGS)]
  .filter(([, schema]) => 'x-restricted' in schema && schema['x-restricted'] === true)
  .map(([name]) => name);

/** What the schema says about a malformed value of a setting (`errorMessage`), for the command line's messages. */
export function errorMessageOf(name: string): string | undefined {
  const schema: object | undefined = (FILE_SETTINGS as Record<string, object>)[name];
  return schema && 'errorMessage' in schema && typeof schema.errorMessage === 'string' ? schema.errorMessage : undefined;
}

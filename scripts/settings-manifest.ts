// package.json's settings, made from kube-svc.schema.json. `node --import tsx scripts/settings-manifest.ts --write`
// updates kube-svc.schema.json's rule ids, package.json's contributes.configuration and restricted settings, and the
// English texts of the settings in package.nls.json; test/unit/settings-schema.test.ts fails when they are not current.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULE_CATALOG } from '../server/src/core/rules/rule-catalog';

export const ROOT = path.resolve(__dirname, '..');
export const SCHEMA_FILE = path.join(ROOT, 'kube-svc.schema.json');
export const PACKAGE_FILE = path.join(ROOT, 'package.json');
export const NLS_FILE = path.join(ROOT, 'package.nls.json');

/** A setting's JSON Schema, with VS Code's keywords and ours (see the schema's `$comment`). */
export interface SettingSchema {
  readonly type?: string;
  readonly description?: string;
  readonly markdownDescription?: string;
  readonly enum?: readonly unknown[];
  readonly enumDescriptions?: readonly string[];
  readonly scope?: string;
  readonly 'x-restricted'?: boolean;
  readonly errorMessage?: string;
  readonly properties?: Readonly<Record<string, SettingSchema>>;
  readonly items?: SettingSchema;
  readonly propertyNames?: { readonly $ref?: string };
  readonly [keyword: string]: unknown;
}

export interface SettingsSchema {
  readonly properties: Readonly<Record<string, SettingSchema>>;
  readonly definitions: {
    readonly editorSettings: { readonly properties: Readonly<Record<string, SettingSchema>> };
    readonly ruleId: { readonly type: 'string'; readonly enum: readonly string[] };
  };
  readonly [keyword: string]: unknown;
}

export const SECTION = 'kubeSvc';
/** Keywords of ours that VS Code's settings have no use for. */
const OURS = new Set(['x-restricted', 'errorMessage', 'propertyNames']);
/** Texts of a setting that package.json takes from package.nls.json. */
const TEXTS = ['description', 'markdownDescription'] as const;

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** The schema with the rule ids of the catalog, in its order. */
export function schemaWithRuleIds(schema: SettingsSchema): SettingsSchema {
  const ruleId = { type: 'string' as const, enum: RULE_CATALOG.map((rule) => rule.id) };
  return { ...schema, definitions: { ...schema.definitions, ruleId } };
}

/** Every setting VS Code has, without the prefix: those a settings file may hold, then the editor's own. */
export function allSettings(schema: SettingsSchema): [string, SettingSchema][] {
  const fileSettings = Object.entries(schema.properties).filter(([key]) => key !== '$schema');
  return [...fileSettings, ...Object.entries(schema.definitions.editorSettings.properties)];
}

/** package.json's `contributes.configuration`: texts as `%key%`, rule ids inlined, our own keywords left out. */
export function configuration(schema: SettingsSchema): { title: string; properties: Record<string, unknown> } {
  const properties: Record<string, unknown> = {};
  for (const [key, setting] of allSettings(schema)) {
    properties[`${SECTION}.${key}`] = manifestSetting(setting, `configuration.${key}`, schema);
  }
  return { title: '%configuration.title%', properties };
}

function manifestSetting(setting: SettingSchema, textKey: string, schema: SettingsSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(setting)) {
    if (OURS.has(keyword)) continue;
    if ((TEXTS as readonly string[]).includes(keyword)) out[keyword] = `%${textKey}.${keyword}%`;
    else if (keyword === 'enumDescriptions') out[keyword] = (setting.enum ?? []).map((v) => `%${textKey}.enumDescriptions.${String(v)}%`);
    else if (keyword === 'items' && setting.items) out[keyword] = manifestSetting(setting.items, `${textKey}.items`, schema);
    else if (keyword === 'properties' && setting.properties) {
      out[keyword] = Object.fromEntries(
        Object.entries(setting.properties).map(([name, sub]) => [name, manifestSetting(sub, `${textKey}.${name}`, schema)]),
      );
    } else out[keyword] = value;
  }
  // Settings' JSON cannot point into another file: the rule ids are written out.
  if (setting.propertyNames?.$ref === '#/definitions/ruleId') out.propertyNames = schema.definitions.ruleId;
  return out;
}

/** The English texts of the settings, as package.nls.json holds them (`configuration.*` keys). */
export function settingTexts(schema: SettingsSchema): Record<string, string> {
  const texts: Record<string, string> = { 'configuration.title': 'kube-svc' };
  const collect = (setting: SettingSchema, textKey: string): void => {
    for (const keyword of TEXTS) {
      const text = setting[keyword];
      if (typeof text === 'string') texts[`${textKey}.${keyword}`] = text;
    }
    setting.enumDescriptions?.forEach((text, i) => (texts[`${textKey}.enumDescriptions.${String(setting.enum?.[i])}`] = text));
    if (setting.items) collect(setting.items, `${textKey}.items`);
    for (const [name, sub] of Object.entries(setting.properties ?? {})) collect(sub, `${textKey}.${name}`);
  };
  for (const [key, setting] of allSettings(schema)) collect(setting, `configuration.${key}`);
  return texts;
}

/** The settings whose workspace value VS Code ignores in Restricted Mode (`x-restricted`). */
export function restrictedConfigurations(schema: SettingsSchema): string[] {
  return allSettings(schema)
    .filter(([, setting]) => setting['x-restricted'] === true)
    .map(([key]) => `${SECTION}.${key}`);
}

interface Manifest {
  contributes: { configuration: unknown };
  capabilities: { untrustedWorkspaces: { restrictedConfigurations?: string[] } };
  [key: string]: unknown;
}

/** package.json with the schema's settings and restricted settings. */
export function manifestWith(manifest: Manifest, schema: SettingsSchema): Manifest {
  const untrusted = { ...manifest.capabilities.untrustedWorkspaces, restrictedConfigurations: restrictedConfigurations(schema) };
  return {
    ...manifest,
    capabilities: { ...manifest.capabilities, untrustedWorkspaces: untrusted },
    contributes: { ...manifest.contributes, configuration: configuration(schema) },
  };
}

/** package.nls.json with the schema's setting texts; its other texts (commands, names) kept. */
export function nlsWith(nls: Record<string, string>, schema: SettingsSchema): Record<string, string> {
  const others = Object.entries(nls).filter(([key]) => !key.startsWith('configuration.'));
  return { ...Object.fromEntries(others), ...settingTexts(schema) };
}

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

if (process.argv.includes('--write')) {
  const schema = schemaWithRuleIds(readJson<SettingsSchema>(SCHEMA_FILE));
  writeFileSync(SCHEMA_FILE, jsonText(schema));
  writeFileSync(PACKAGE_FILE, jsonText(manifestWith(readJson<Manifest>(PACKAGE_FILE), schema)));
  writeFileSync(NLS_FILE, jsonText(nlsWith(readJson<Record<string, string>>(NLS_FILE), schema)));
}

/**
 * Issue 11, item 6: kube-svc.schema.json is the one description of the settings. package.json's settings and their
 * English texts are made from it, the core takes its defaults and bounds from it, and it validates `.kube-svc.json`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv from 'ajv';
import { CHECKED_FILE_SETTINGS, EDITOR_ONLY, parseConfig } from '../../server/src/workspace/config-file';
import { RULE_IDS } from '../../server/src/core/rules/rule-catalog';
import { DEFAULT_SETTINGS, settingsFrom } from '../../server/src/core/settings';
import { EDITOR_SETTING_NAMES, errorMessageOf, FILE_SETTING_NAMES, RESTRICTED_SETTING_NAMES } from '../../server/src/core/settings-schema';
import {
  allSettings,
  jsonText,
  manifestWith,
  NLS_FILE,
  nlsWith,
  PACKAGE_FILE,
  readJson,
  SCHEMA_FILE,
  schemaWithRuleIds,
} from '../../scripts/settings-manifest';
import type { SettingsSchema } from '../../scripts/settings-manifest';

const SCHEMA = readJson<SettingsSchema>(SCHEMA_FILE);
const WRITE = 'run node --import tsx scripts/settings-manifest.ts --write';

test(`package.json's settings and restricted settings are made from kube-svc.schema.json (${WRITE})`, () => {
  const manifest = readJson<Parameters<typeof manifestWith>[0]>(PACKAGE_FILE);
  assert.equal(readFileSync(PACKAGE_FILE, 'utf8'), jsonText(manifestWith(manifest, SCHEMA)));
});

test(`package.nls.json holds the schema's English texts of the settings (${WRITE})`, () => {
  const nls = readJson<Record<string, string>>(NLS_FILE);
  assert.equal(readFileSync(NLS_FILE, 'utf8'), jsonText(nlsWith(nls, SCHEMA)));
});

test(`the schema lists the rule ids of the catalog, so VS Code completes them in .kube-svc.json (${WRITE})`, () => {
  assert.deepEqual(SCHEMA.definitions.ruleId, schemaWithRuleIds(SCHEMA).definitions.ruleId);
  assert.deepEqual(new Set(SCHEMA.definitions.ruleId.enum), RULE_IDS);
});

test('every setting says its scope, one VS Code knows', () => {
  const scopes = ['application', 'machine', 'machine-overridable', 'window', 'resource', 'language-overridable'];
  for (const [name, setting] of allSettings(SCHEMA)) assert.ok(scopes.includes(String(setting.scope)), `${name}: scope ${String(setting.scope)}`);
});

test("the core's defaults are the schema's", () => {
  const defaults = Object.fromEntries(allSettings(SCHEMA).map(([name, setting]) => [name, setting.default]));
  assert.deepEqual(settingsFrom(defaults), DEFAULT_SETTINGS);
  assert.deepEqual(settingsFrom({}), DEFAULT_SETTINGS);
  for (const name of Object.keys(DEFAULT_SETTINGS)) assert.ok(name in defaults, `${name} is in the schema`);
  for (const language of SCHEMA.properties.language.enum ?? []) assert.equal(settingsFrom({ language }).language, language);
});

test('the command line checks every setting of the schema and refuses each editor-only one, saying why', () => {
  assert.deepEqual([...CHECKED_FILE_SETTINGS, 'rules'].sort(), [...FILE_SETTING_NAMES].sort());
  for (const name of CHECKED_FILE_SETTINGS) assert.ok(errorMessageOf(name), `${name} has an errorMessage`);
  assert.deepEqual(Object.keys(EDITOR_ONLY).sort(), [...EDITOR_SETTING_NAMES].sort());
  const trace = parseConfig('{ "trace.server": "verbose" }', '.kube-svc.json', RULE_IDS);
  assert.ok(!trace.ok && /"trace\.server" is an editor setting/.test(trace.message));
});

test('restricted settings: the resource-hungry and the ones that put addresses into the preview', () => {
  assert.deepEqual(RESTRICTED_SETTING_NAMES, ['maxFileSize', 'nodes', 'maxDiagnostics']);
});

test('the schema validates .kube-svc.json as the command line does (JSON Schema draft-07, as VS Code reads it)', () => {
  // Our own keywords (scope, x-restricted, errorMessage) and VS Code's (markdownDescription) are annotations here.
  const validate = new Ajv({ strict: false, allErrors: true }).compile(SCHEMA);
  const accepted = (file: unknown): boolean => validate(file) === true;
  const cli = (file: unknown): boolean => parseConfig(JSON.stringify(file), 'x.json', RULE_IDS).ok;
  const readmeExample = {
    $schema: './node_modules/kube-svc/kube-svc.schema.json',
    rules: { 'port-name-required': 'warning', 'service-selects-nothing': 'off' },
    nodePortRange: '30000-32767',
    defaultNamespace: 'shop',
    language: 'en',
    reportYamlErrors: true,
    maxFileSize: 5242880,
  };
  const refused = [
    { maxDiagnostics: 100 },
    { 'trace.server': 'off' },
    { nodeportRange: '1-2' },
    { rules: { 'port-name-requird': 'off' } },
    { rules: { 'port-name-required': 'warn' } },
    { language: 'de' },
    { maxFileSize: 0 },
    { maxFileSize: '5MB' },
    { reportYamlErrors: 'no' },
    { defaultNamespace: 'Shop' },
    { nodePortRange: '30000' },
    { nodes: [{ name: 'worker-1' }] },
  ];
  assert.ok(accepted(readmeExample), JSON.stringify(validate.errors));
  assert.ok(cli(readmeExample));
  for (const file of refused) {
    assert.equal(accepted(file), false, `the schema refuses ${JSON.stringify(file)}`);
    assert.equal(cli(file), false, `the command line refuses ${JSON.stringify(file)}`);
  }
});

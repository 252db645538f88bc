/**
 * Issue 11, item 5: VS Code's own localisation. Every contributed string of package.json is a `%id%` of
 * package.nls.json, every `l10n.t` message of the client is in l10n/bundle.l10n.json, and Korean has exactly the
 * same ids, carrying the same values.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { bundleText, ENGLISH_BUNDLE, exportedBundle, L10N_DIR, ROOT } from '../../scripts/l10n-export';
import { assertKorean, assertSameIds, assertSameValues, manifestIds } from './l10n/l10n-parity';
import type { Messages } from './l10n/l10n-parity';

const json = (file: string): Messages => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Messages;
const MANIFEST = json('package.json');
const NLS = json('package.nls.json');
const NLS_KO = json('package.nls.ko.json');
const KO_BUNDLE_FILE = path.join(L10N_DIR, 'bundle.l10n.ko.json');
/** The export reads every client and server source: done once for the tests that compare with it. */
let exported: ReturnType<typeof exportedBundle> | undefined;
const sourceBundle = (): ReturnType<typeof exportedBundle> => (exported ??= exportedBundle());

test('every %id% of package.json is in package.nls.json, and package.nls.json holds no other', () => {
  assert.deepEqual(manifestIds(MANIFEST), Object.keys(NLS).sort());
});

test('the contributed strings are localised: displayName, description, commands, settings, capabilities', () => {
  const manifest = MANIFEST as {
    displayName: string;
    description: string;
    contributes: { commands: { title: string; category: string }[]; configuration: { title: string; properties: Record<string, Record<string, unknown>> } };
    capabilities: { untrustedWorkspaces: { description: string }; virtualWorkspaces: { description: string } };
  };
  const texts = [
    manifest.displayName,
    manifest.description,
    manifest.contributes.configuration.title,
    manifest.capabilities.untrustedWorkspaces.description,
    manifest.capabilities.virtualWorkspaces.description,
    ...manifest.contributes.commands.flatMap((c) => [c.title, c.category]),
  ];
  for (const setting of Object.values(manifest.contributes.configuration.properties)) {
    texts.push(...['description', 'markdownDescription'].map((k) => setting[k]).filter((t): t is string => typeof t === 'string'));
    texts.push(...((setting.enumDescriptions as string[] | undefined) ?? []));
  }
  assert.deepEqual(texts.filter((t) => !/^%.+%$/.test(t)), []);
});

test('package.nls.ko.json has exactly the ids of package.nls.json, in Korean, with the same values', () => {
  assertSameIds({ 'package.nls.json': NLS, 'package.nls.ko.json': NLS_KO });
  assertSameValues(NLS, NLS_KO, 'Korean');
  assertKorean(NLS_KO, ['command.category', 'configuration.title']);
});

test('l10n/bundle.l10n.json is what the l10n.t calls of the sources ask for (npm run l10n)', async () => {
  assert.equal(readFileSync(ENGLISH_BUNDLE, 'utf8'), bundleText(await sourceBundle()));
});

test('l10n/bundle.l10n.ko.json has a Korean entry for every message and none that is stale', async () => {
  const english = await sourceBundle();
  const korean = JSON.parse(readFileSync(KO_BUNDLE_FILE, 'utf8')) as Messages;
  assertSameIds({ 'the sources (bundle.l10n.json)': english, 'bundle.l10n.ko.json': korean });
  assertSameValues(english, korean, 'Korean');
  assertKorean(korean);
});

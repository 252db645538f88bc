import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCommand } from './run-command';

const VSCE = path.resolve(__dirname, '../../../node_modules/@vscode/vsce/vsce');

/**
 * A language pack for Korean that translates nothing of VS Code itself. code-server's `--locale ko` alone leaves
 * VS Code English and gives extensions English too (package.nls.ko.json and l10n bundles unused): the display
 * language must be one a language pack provides. With this pack VS Code's own texts stay English (there is no
 * Korean pack to be had offline), and the extension's Korean texts are what is checked.
 */
export async function koreanLanguagePack(folder: string): Promise<string> {
  mkdirSync(path.join(folder, 'translations'), { recursive: true });
  const manifest = {
    name: 'e2e-language-pack-ko',
    displayName: 'Korean language pack (empty, for the kube-svc e2e)',
    description: 'Makes Korean a display language without translating VS Code.',
    publisher: 'kube-svc-e2e',
    version: '0.0.1',
    engines: { vscode: '^1.91.0' },
    categories: ['Language Packs'],
    contributes: {
      localizations: [
        {
          languageId: 'ko',
          languageName: 'Korean',
          localizedLanguageName: '한국어',
          translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
        },
      ],
    },
  };
  writeFileSync(path.join(folder, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(folder, 'README.md'), '# Korean language pack for the kube-svc e2e\n');
  writeFileSync(path.join(folder, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  const vsix = path.join(folder, 'language-pack-ko.vsix');
  await runCommand(process.execPath, [VSCE, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', vsix], {
    cwd: folder,
    timeoutMs: 120_000,
  });
  return vsix;
}

const PACK_ID = 'kube-svc-e2e.e2e-language-pack-ko';

/**
 * Registers the installed pack as VS Code's server does when it installs a language pack itself
 * (`<user data>/languagepacks.json`; its hash is md5(id + version)). An install from the command line
 * (`--install-extension`) does not write that file, and without it `--locale ko` resolves to English.
 */
export function registerLanguagePack(userData: string, extensionsDir: string): void {
  const folder = readdirSync(extensionsDir).find((name) => name.startsWith(PACK_ID));
  if (!folder) throw new Error(`the Korean language pack is not installed in ${extensionsDir}`);
  const version = folder.slice(PACK_ID.length + 1);
  const packs = {
    ko: {
      hash: createHash('md5').update(PACK_ID).update(version).digest('hex'),
      extensions: [{ extensionIdentifier: { id: PACK_ID }, version }],
      translations: { vscode: path.join(extensionsDir, folder, 'translations', 'main.i18n.json') },
      label: '한국어',
    },
  };
  writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify(packs));
}

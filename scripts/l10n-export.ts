// The English l10n bundle, made from the `l10n.t(...)` calls of the sources with @vscode/l10n-dev (as its `export`
// command does, offline). `node --import tsx scripts/l10n-export.ts --write` (npm run l10n) updates
// l10n/bundle.l10n.json; test/unit/l10n.test.ts fails when it is not current or a language lacks a message.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';
import type { l10nJsonFormat } from '@vscode/l10n-dev';

export const ROOT = path.resolve(__dirname, '..');
/** VS Code loads `bundle.l10n.<language>.json` from here (package.json's `l10n`). */
export const L10N_DIR = path.join(ROOT, 'l10n');
export const ENGLISH_BUNDLE = path.join(L10N_DIR, 'bundle.l10n.json');
/**
 * The folders whose `vscode.l10n.t` / `@vscode/l10n` `l10n.t` messages make the bundle: one bundle per language
 * serves the client and (the Korean one imported at build time) the server.
 */
export const L10N_SOURCES: readonly string[] = ['client/src', 'server/src'];

/**
 * The server's `l10n` is a parameter (core/l10n's Localizer), not an import of @vscode/l10n, and the extractor only
 * looks for `l10n.t` in files that import one: a server file is read as if it did.
 */
const AS_IF_IMPORTED = "import * as l10n from '@vscode/l10n';\n";

function contentsOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  return file.startsWith(path.join(ROOT, 'server', 'src')) ? AS_IF_IMPORTED + text : text;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

/** A file the extractor need not parse: it makes no `l10n.t(` call (parsing every source is most of the cost). */
const CALLS_L10N = /\bl10n\s*\.\s*t\s*\(/;

/** The English bundle the sources call for, keys sorted. */
export async function exportedBundle(sources: readonly string[] = L10N_SOURCES): Promise<l10nJsonFormat> {
  const files = sources.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
  const calling = files.map((file) => ({ file, contents: contentsOf(file) })).filter(({ contents }) => CALLS_L10N.test(contents));
  const bundle = await getL10nJson(calling.map(({ file, contents }) => ({ extension: path.extname(file), contents })));
  return Object.fromEntries(Object.entries(bundle).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function bundleText(bundle: l10nJsonFormat): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

if (process.argv.includes('--write')) {
  void exportedBundle().then((bundle) => writeFileSync(ENGLISH_BUNDLE, bundleText(bundle)));
}

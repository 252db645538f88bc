import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createLanguageService } from '../core/language-service';
import { settingsFrom } from '../core/settings';
import { describe } from '../workspace/collect-files';
import { CLI_HOST } from './cli-host';
import { formatPreviewText } from './format-preview-text';
import { EXIT_CLEAN, EXIT_ERRORS, EXIT_USAGE } from './cli-io';
import type { CliIo } from './cli-io';
import type { PreviewCommand } from './parse-preview-args';

const YAML_FILE = /\.ya?ml$/i;

/**
 * Prints the preview of FILE's Services (or the one `--service` names). The YAML files beside FILE form the
 * workspace, so the Deployment a Service selects, its Endpoints and Ingresses show as in the editor.
 * Exit status: 0 shown, 1 no Service to show, 2 unreadable FILE.
 */
export async function runPreview(command: PreviewCommand, io: Pick<CliIo, 'cwd' | 'stdout' | 'stderr'>): Promise<number> {
  const absolute = path.resolve(io.cwd, command.file);
  let text: string;
  try {
    text = await fs.readFile(absolute, 'utf8');
  } catch (error) {
    io.stderr(`kube-svc: cannot read '${command.file}': ${describe(error)}\n`);
    return EXIT_USAGE;
  }
  // In English (the CLI has no display language to follow), and FILE and its siblings are read whatever their size.
  const settings = { ...settingsFrom({ nodes: command.nodes, language: 'en' }), maxFileSize: Number.POSITIVE_INFINITY };
  const service = createLanguageService({ host: CLI_HOST, settings });
  const own = path.normalize(command.file);
  service.setFile(own, text);
  for (const name of await siblings(absolute)) {
    try {
      service.setFile(path.join(path.dirname(own), name), await fs.readFile(path.join(path.dirname(absolute), name), 'utf8'));
    } catch {
      // A file beside it that cannot be read is only missing from the workspace.
    }
  }
  const model = await service.preview(own);
  const services = command.service === undefined ? model.services : model.services.filter((s) => s.name === command.service);
  if (services.length === 0) {
    const found = model.services.map((s) => s.name).join(', ');
    io.stderr(
      command.service === undefined
        ? `kube-svc: ${model.empty ?? 'no Service to preview'}\n`
        : `kube-svc: no Service named '${command.service}' in ${command.file}${found ? ` (it has: ${found})` : ''}\n`,
    );
    return EXIT_ERRORS;
  }
  const shown = { ...model, services };
  io.stdout(command.format === 'json' ? `${JSON.stringify(shown, null, 2)}\n` : formatPreviewText(shown));
  return EXIT_CLEAN;
}

/** The other YAML files of the folder, not its subfolders, in a stable order. */
async function siblings(file: string): Promise<string[]> {
  try {
    const entries = await fs.readdir(path.dirname(file), { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && YAML_FILE.test(e.name) && e.name !== path.basename(file))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

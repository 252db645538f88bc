import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { createLanguageService, RULE_IDS } from '../core/language-service';
import { parsePortRange } from '../core/settings';
import { collectFiles, describe } from '../workspace/collect-files';
import { CLI_HOST } from './cli-host';
import { EXIT_CLEAN, EXIT_ERRORS, EXIT_USAGE } from './cli-io';
import type { CliIo } from './cli-io';
import { findConfigFile, loadConfigFile, settingsWith } from '../workspace/config-file';
import type { ConfigLookup } from '../workspace/config-file';
import { checkingOffMessage, ignoredConfigLine, settingsLine } from './config-summary';
import { STDIN_NAME } from './file-findings';
import type { FileFindings } from './file-findings';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatText, summaryLine } from './format-text';
import type { CheckCommand } from './parse-args';
import { createProgress } from './progress';

/** One input as read: its text, or only its size when it is over `maxFileSize` (it is then not read at all). */
type Input = { readonly name: string; readonly text: string } | { readonly name: string; readonly tooLarge: number };

/**
 * `kube-svc check`: the settings file and flags, then every input read into one workspace index, so Services are
 * checked against the workloads, Endpoints and Ingresses beside them as in the editor; then the findings in the
 * chosen format on stdout, and the summary on stderr.
 */
export async function runCheck(command: CheckCommand, io: CliIo): Promise<number> {
  if (command.nodePortRange !== undefined && !parsePortRange(command.nodePortRange)) {
    return usage(io, `--node-port-range must look like 30000-32767, got '${command.nodePortRange}'`);
  }
  const lookup = await findConfigFile(io.cwd);
  const configured = await configOf(command, io, lookup);
  if (typeof configured === 'string') return usage(io, configured);
  const { raw, shownAs } = configured;
  if (shownAs !== undefined && raw.enable === false) return usage(io, checkingOffMessage(shownAs, raw));
  const settings = settingsWith(raw, { nodePortRange: command.nodePortRange });
  // The service holds exactly the inputs read here (one over maxFileSize only as too large to check).
  const service = createLanguageService({ host: CLI_HOST, settings });

  const { files, errors, skippedFolders } = await collectFiles(command.inputs, io.cwd, io.readDir);
  const progress = createProgress({ write: io.stderr, enabled: io.interactive === true, now: io.now ?? Date.now });
  const names: string[] = [];
  // Files are read READ_AHEAD at a time: one at a time leaves the CPU idle while each read waits for the disk.
  for (let start = 0; start < files.length; start += READ_AHEAD) {
    progress.update('reading', start, files.length);
    const batch = files.slice(start, start + READ_AHEAD);
    const read = await Promise.all(
      batch.map((file) => {
        const name = file === '-' ? (command.stdinFilename ?? STDIN_NAME) : file;
        return readInput(file, name, io, settings.maxFileSize, errors);
      }),
    );
    for (const input of read) {
      if (input === undefined) continue;
      if ('text' in input) service.setFile(input.name, input.text);
      else service.setFileTooLarge(input.name, input.tooLarge);
      names.push(input.name);
    }
  }
  const results = names.map((name, done): FileFindings => {
    progress.update('checking', done, names.length);
    const { findings, skipped } = service.checkFile(name);
    return skipped ? { file: name, findings, skipped } : { file: name, findings };
  });
  progress.end();

  io.stdout(output(command, results, io, lookup.gitRoot ?? io.cwd, errors, skippedFolders));
  if (shownAs !== undefined) io.stderr(`${settingsLine(shownAs, raw)}\n`);
  io.stderr(`${summaryLine(results, skippedFolders.length)}\n`);
  for (const folder of skippedFolders) io.stderr(`kube-svc: warning: skipped folder ${folder}\n`);
  for (const error of errors) io.stderr(`kube-svc: ${error}\n`);
  if (errors.length > 0) return EXIT_USAGE;
  const findings = results.flatMap((r) => r.findings);
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  let exit = findings.some((f) => f.severity === 'error') ? EXIT_ERRORS : EXIT_CLEAN;
  if (command.maxWarnings !== undefined && warnings > command.maxWarnings) {
    io.stderr(`kube-svc: too many warnings: ${warnings}, more than --max-warnings ${command.maxWarnings}\n`);
    exit = EXIT_ERRORS;
  }
  return exit;
}

function output(
  command: CheckCommand,
  results: readonly FileFindings[],
  io: CliIo,
  root: string,
  errors: readonly string[],
  skippedFolders: readonly string[],
): string {
  switch (command.format) {
    case 'json':
      return formatJson(results);
    case 'sarif': {
      const warnings = skippedFolders.map((folder) => `skipped folder ${folder}`);
      return formatSarif(results, { version: io.version, root, cwd: io.cwd, errors, warnings });
    }
    case 'text':
      return formatText(results);
  }
}

interface Configured {
  /** The settings file's object; `{}` when there is none or `--no-config`. */
  readonly raw: Readonly<Record<string, unknown>>;
  /** How messages name the file used; undefined when none is. */
  readonly shownAs?: string;
}

/** The settings file used and its object, or why it cannot be used. */
async function configOf(command: CheckCommand, io: CliIo, lookup: ConfigLookup): Promise<Configured | string> {
  if (!command.useConfig) return { raw: {} };
  if (command.configPath === undefined && lookup.ignored !== undefined) io.stderr(`${ignoredConfigLine(shownPath(io, lookup.ignored))}\n`);
  const file = command.configPath !== undefined ? path.resolve(io.cwd, command.configPath) : lookup.configFile;
  if (file === undefined) return { raw: {} };
  const shownAs = command.configPath ?? shownPath(io, file);
  const loaded = await loadConfigFile(file, shownAs, RULE_IDS);
  return loaded.ok ? { raw: loaded.raw, shownAs } : loaded.message;
}

function shownPath(io: CliIo, file: string): string {
  return path.relative(io.cwd, file) || file;
}

const READ_AHEAD = 50;

async function readInput(file: string, name: string, io: CliIo, maxBytes: number, errors: string[]): Promise<Input | undefined> {
  try {
    if (file === '-') return { name, text: await io.readStdin() };
    const absolute = path.resolve(io.cwd, file);
    const stat = await fs.stat(absolute);
    if (stat.isFile() && stat.size > maxBytes) return { name, tooLarge: stat.size };
    return { name, text: await fs.readFile(absolute, 'utf8') };
  } catch (error) {
    errors.push(`cannot read '${file}': ${describe(error)}`);
    return undefined;
  }
}

function usage(io: CliIo, message: string): number {
  io.stderr(`kube-svc: ${message}\n`);
  return EXIT_USAGE;
}

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { WorkspaceIndex } from '../core/index/workspace-index';
import { workspaceFindings } from '../core/index/workspace-findings';
import { ALL_RULES } from '../core/rules/registry';
import { parsePortRange, settingsFrom } from '../core/settings';
import type { CheckSettings } from '../core/settings';
import { collectFiles, describe } from '../workspace/collect-files';
import type { FileFindings } from './file-findings';
import { formatJson } from './format-json';
import { formatText, summaryLine } from './format-text';
import { parseArgs, USAGE } from './parse-args';
import type { CheckCommand } from './parse-args';

/** Where the CLI reads and writes, so tests can run it in-process. */
export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<string>;
  readonly version: string;
}

export const EXIT_CLEAN = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseArgs(argv);
  switch (command.command) {
    case 'help':
      io.stdout(`${USAGE}\n`);
      return EXIT_CLEAN;
    case 'version':
      io.stdout(`${io.version}\n`);
      return EXIT_CLEAN;
    case 'rules':
      for (const rule of ALL_RULES) io.stdout(`${rule.id.padEnd(40)} ${rule.severity.padEnd(7)} ${rule.description}\n`);
      return EXIT_CLEAN;
    case 'usage-error':
      io.stderr(`kube-svc: ${command.message}\n${USAGE}\n`);
      return EXIT_USAGE;
    case 'check':
      return runCheck(command, io);
  }
}

async function runCheck(command: CheckCommand, io: CliIo): Promise<number> {
  const settings = settingsOf(command);
  if (typeof settings === 'string') {
    io.stderr(`kube-svc: ${settings}\n`);
    return EXIT_USAGE;
  }
  const { files, errors } = await collectFiles(command.inputs, io.cwd);
  // All the files given form one workspace, so Services are checked against the workloads, Endpoints and
  // Ingresses beside them, as in the editor.
  const index = new WorkspaceIndex({ defaultNamespace: settings.defaultNamespace });
  const read: string[] = [];
  for (const file of files) {
    const text = await readInput(file, io, errors);
    const name = file === '-' ? '<stdin>' : file;
    if (text === undefined) continue;
    index.setFile(name, text);
    read.push(name);
  }
  const results: FileFindings[] = read.map((file) => ({ file, findings: findingsOf(index, file, settings) }));
  io.stdout(command.format === 'json' ? formatJson(results) : formatText(results));
  if (command.format === 'text') io.stderr(`${summaryLine(results)}\n`);
  for (const error of errors) io.stderr(`kube-svc: ${error}\n`);
  if (errors.length > 0) return EXIT_USAGE;
  return results.some((r) => r.findings.some((f) => f.severity === 'error')) ? EXIT_ERRORS : EXIT_CLEAN;
}

function findingsOf(index: WorkspaceIndex, file: string, settings: CheckSettings) {
  const own = index.fileChecker(file)?.check(index.file(file)?.text ?? '', settings) ?? [];
  return [...own, ...workspaceFindings(index, file, settings)];
}

function settingsOf(command: CheckCommand): CheckSettings | string {
  if (command.nodePortRange === undefined) return settingsFrom({});
  if (!parsePortRange(command.nodePortRange)) {
    return `--node-port-range must look like 30000-32767, got '${command.nodePortRange}'`;
  }
  return settingsFrom({ nodePortRange: command.nodePortRange });
}

async function readInput(file: string, io: CliIo, errors: string[]): Promise<string | undefined> {
  try {
    return file === '-' ? await io.readStdin() : await fs.readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (error) {
    errors.push(`cannot read '${file}': ${describe(error)}`);
    return undefined;
  }
}

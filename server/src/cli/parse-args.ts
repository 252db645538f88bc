/** The command line of `kube-svc`, parsed without side effects so it can be tested. */
import { parsePreviewArgs, PREVIEW_USAGE, PREVIEW_USAGE_LINE } from './parse-preview-args';
import type { PreviewCommand } from './parse-preview-args';

export type OutputFormat = 'text' | 'json' | 'sarif';

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

export interface CheckCommand {
  readonly command: 'check';
  readonly inputs: readonly string[];
  readonly format: OutputFormat;
  readonly nodePortRange: string | undefined;
  /** `--config PATH`: this settings file rather than the `.kube-svc.json` found from the cwd upward. */
  readonly configPath: string | undefined;
  /** False with `--no-config`: built-in defaults (and the flags) only. */
  readonly useConfig: boolean;
  /** `--max-warnings N`: exit 1 when there are more than N warnings. */
  readonly maxWarnings: number | undefined;
  /** `--stdin-filename NAME`: the name stdin's findings are reported under (default `<stdin>`). */
  readonly stdinFilename: string | undefined;
}

export type Command =
  | CheckCommand
  | PreviewCommand
  | { readonly command: 'rules' }
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | { readonly command: 'usage-error'; readonly message: string };

export const USAGE = `Usage: kube-svc check [options] <paths | globs | ->
       kube-svc rules
${PREVIEW_USAGE_LINE}

Checks Kubernetes Service and Endpoints manifests as the API server would.

Options:
  --format text|json|sarif  output format (default: text); sarif is SARIF 2.1.0 for code scanning
  --config PATH             read settings from PATH (default: the first .kube-svc.json from the current
                            folder up to the git root; outside a git work tree, the current folder's only)
  --no-config               use no settings file
  --max-warnings N          exit 1 when there are more than N warnings
  --node-port-range A-B     the cluster's node-port range (default: 30000-32767; overrides the settings file)
  --stdin-filename NAME     the file name findings on stdin are reported under
  -h, --help                show this help
  -v, --version             show the version

Paths may be files, folders (searched for *.yaml and *.yml) or globs such as 'k8s/**/*.yaml'; '-' reads stdin.
A one-line summary goes to stderr, whatever the format, after the settings file used and what it turns off.
Exit status: 0 no errors, 1 errors found (or more warnings than --max-warnings), 2 usage, settings file or I/O
error, or a settings file with "enable": false (it would check nothing).

${PREVIEW_USAGE}`;

export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') return { command: 'help' };
  if (first === '-v' || first === '--version') return { command: 'version' };
  if (first === 'rules') return { command: 'rules' };
  if (first === 'preview') return parsePreviewArgs(rest);
  if (first !== 'check') return usageError(`unknown command '${first}'`);
  return parseCheck(rest);
}

function parseCheck(args: readonly string[]): Command {
  const inputs: string[] = [];
  let format: OutputFormat = 'text';
  let nodePortRange: string | undefined;
  let configPath: string | undefined;
  let useConfig = true;
  let maxWarnings: number | undefined;
  let stdinFilename: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg, '=') : [arg, undefined];
    if (flag === '-h' || flag === '--help') return { command: 'help' };
    if (flag === '--no-config' && inline === undefined) {
      useConfig = false;
    } else if (VALUE_FLAGS.includes(flag)) {
      const value = inline ?? args[++i];
      if (value === undefined) return usageError(`${flag} needs a value`);
      if (flag === '--format') {
        const known = FORMATS.find((f) => f === value);
        if (!known) return usageError(`unknown format '${value}' (use text, json or sarif)`);
        format = known;
      } else if (flag === '--max-warnings') {
        if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
          return usageError(`--max-warnings needs a whole number of warnings, got '${value}'`);
        }
        maxWarnings = Number(value);
      } else if (flag === '--config') {
        if (value === '') return usageError('--config needs a file');
        configPath = value;
      } else if (flag === '--stdin-filename') {
        if (value === '') return usageError('--stdin-filename needs a name');
        stdinFilename = value;
      } else {
        nodePortRange = value;
      }
    } else if (arg.startsWith('-') && arg !== '-') {
      return usageError(`unknown option '${arg}'`);
    } else {
      inputs.push(arg);
    }
  }
  if (inputs.length === 0) return usageError('no paths given (use - to read stdin)');
  if (configPath !== undefined && !useConfig) return usageError('--config and --no-config cannot be used together');
  return { command: 'check', inputs, format, nodePortRange, configPath, useConfig, maxWarnings, stdinFilename };
}

const VALUE_FLAGS: readonly string[] = ['--format', '--node-port-range', '--config', '--max-warnings', '--stdin-filename'];

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + 1)];
}

function usageError(message: string): Command {
  return { command: 'usage-error', message };
}

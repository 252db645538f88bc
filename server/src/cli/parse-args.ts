/** The command line of `kube-svc`, parsed without side effects so it can be tested. */

export type OutputFormat = 'text' | 'json';

export interface CheckCommand {
  readonly command: 'check';
  readonly inputs: readonly string[];
  readonly format: OutputFormat;
  readonly nodePortRange: string | undefined;
}

export type Command =
  | CheckCommand
  | { readonly command: 'rules' }
  | { readonly command: 'help' }
  | { readonly command: 'version' }
  | { readonly command: 'usage-error'; readonly message: string };

export const USAGE = `Usage: kube-svc check [options] <paths | globs | ->
       kube-svc rules

Checks Kubernetes Service and Endpoints manifests as the API server would.

Options:
  --format text|json        output format (default: text)
  --node-port-range A-B     the cluster's node-port range (default: 30000-32767)
  -h, --help                show this help
  -v, --version             show the version

Paths may be files, folders (searched for *.yaml and *.yml) or globs such as 'k8s/**/*.yaml'; '-' reads stdin.
Exit status: 0 no errors, 1 errors found, 2 usage or I/O error.`;

export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') return { command: 'help' };
  if (first === '-v' || first === '--version') return { command: 'version' };
  if (first === 'rules') return { command: 'rules' };
  if (first !== 'check') return usageError(`unknown command '${first}'`);
  return parseCheck(rest);
}

function parseCheck(args: readonly string[]): Command {
  const inputs: string[] = [];
  let format: OutputFormat = 'text';
  let nodePortRange: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg, '=') : [arg, undefined];
    if (flag === '-h' || flag === '--help') return { command: 'help' };
    if (flag === '--format' || flag === '--node-port-range') {
      const value = inline ?? args[++i];
      if (value === undefined) return usageError(`${flag} needs a value`);
      if (flag === '--format') {
        if (value !== 'text' && value !== 'json') return usageError(`unknown format '${value}' (use text or json)`);
        format = value;
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
  return { command: 'check', inputs, format, nodePortRange };
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + 1)];
}

function usageError(message: string): Command {
  return { command: 'usage-error', message };
}

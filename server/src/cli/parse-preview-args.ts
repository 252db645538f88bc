import { parseNodeAddress } from '../core/node-address';
import type { NodeAddress } from '../core/node-address';

/** `kube-svc preview FILE [--service NAME] [--nodes A,B,C] [--format text|json]`. */
export interface PreviewCommand {
  readonly command: 'preview';
  readonly file: string;
  /** Only the Service of this name; every Service of the file when undefined. */
  readonly service: string | undefined;
  readonly nodes: readonly NodeAddress[];
  readonly format: 'text' | 'json';
}

export type PreviewArgs =
  PreviewCommand | { readonly command: 'help' } | { readonly command: 'usage-error'; readonly message: string };

export const PREVIEW_USAGE_LINE = '       kube-svc preview FILE [--service NAME] [--nodes IP,IP,...] [--format text|json]';

export const PREVIEW_USAGE = `Preview options (what a Service reaches and what reaches it; the other YAML files of FILE's folder are the workspace):
  --service NAME            only the Service of this name (default: every Service of FILE)
  --nodes LIST              the cluster's nodes, comma-separated: 192.168.1.10,192.168.1.11 or
                            master=192.168.1.10,worker-1=192.168.1.11 (for the NodePort URLs)
  --format text|json        readable sections like kubectl describe (default), or the preview model
Exit status of preview: 0 shown, 1 no Service to show, 2 usage or I/O error.`;

const VALUE_FLAGS = new Set(['--service', '--nodes', '--format']);

/** The arguments after `preview`. */
export function parsePreviewArgs(args: readonly string[]): PreviewArgs {
  const files: string[] = [];
  let service: string | undefined;
  let nodes: NodeAddress[] = [];
  let format: 'text' | 'json' = 'text';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const at = arg.indexOf('=');
    const [flag, inline] = arg.startsWith('--') && at !== -1 ? [arg.slice(0, at), arg.slice(at + 1)] : [arg, undefined];
    if (flag === '-h' || flag === '--help') return { command: 'help' };
    if (VALUE_FLAGS.has(flag)) {
      const value = inline ?? args[++i];
      if (value === undefined) return usageError(`${flag} needs a value`);
      if (flag === '--format') {
        if (value !== 'text' && value !== 'json') return usageError(`unknown format '${value}' (use text or json)`);
        format = value;
      } else if (flag === '--service') {
        service = value;
      } else {
        const parsed = parseNodeList(value);
        if (typeof parsed === 'string') return usageError(parsed);
        nodes = parsed;
      }
    } else if (arg.startsWith('-') && arg !== '-') {
      return usageError(`unknown option '${arg}'`);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) return usageError(files.length === 0 ? 'preview needs a FILE' : 'preview takes one FILE');
  if (files[0] === '-') return usageError('preview reads a file, not stdin: the files beside it are its workspace');
  return { command: 'preview', file: files[0], service, nodes, format };
}

/** `192.168.1.10,worker=192.168.1.11`: a node is `address` or `name=address`. */
export function parseNodeList(text: string): NodeAddress[] | string {
  const nodes: NodeAddress[] = [];
  for (const item of text.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const at = item.indexOf('=');
    const name = at === -1 ? undefined : item.slice(0, at).trim();
    const address = parseNodeAddress(at === -1 ? item : item.slice(at + 1));
    if (!address || name === '') return `--nodes: '${item}' is not a node address (an IP or host name, e.g. 192.168.1.10)`;
    nodes.push({ name: name ?? address, address });
  }
  if (nodes.length === 0) return '--nodes needs at least one address';
  return nodes;
}

function usageError(message: string): PreviewArgs {
  return { command: 'usage-error', message };
}

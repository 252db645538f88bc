import { showsProgress } from './cli/progress';
import { runCli } from './cli/run-cli';

declare const KUBE_SVC_VERSION: string | undefined;

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

// `kube-svc check ... | head` closes stdout early: that ends the output, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  version: typeof KUBE_SVC_VERSION === 'string' ? KUBE_SVC_VERSION : 'dev',
  interactive: showsProgress(process.stderr.isTTY, process.env),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kube-svc: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);

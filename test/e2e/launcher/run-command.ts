import { spawn } from 'node:child_process';
import type { SpawnOptions } from 'node:child_process';

export interface RunOptions extends SpawnOptions {
  readonly timeoutMs: number;
  /**
   * Keep the command's output to itself and put its last lines into the error when it fails: a long install stays
   * out of the log when it works and says why when it does not.
   */
  readonly quiet?: boolean;
}

const TAIL_CHARS = 6000;

/** Runs a command to completion and fails with its exit code, or after `timeoutMs` (killing it). */
export function runCommand(command: string, args: string[], options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const { quiet, timeoutMs, ...spawnOptions } = options;
    const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', ...spawnOptions });
    let tail = '';
    const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-TAIL_CHARS));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    const said = () => (tail.trim() ? `; it printed:\n${tail.trimEnd()}` : '');
    const what = `${command} ${args.join(' ')}`;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${what} did not finish within ${timeoutMs / 1000} s${said()}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${what} could not start: ${error.message}`));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${what} failed with ${signal ?? `exit code ${code}`}${said()}`));
    });
  });
}

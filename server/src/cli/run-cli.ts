import { EXIT_CLEAN, EXIT_USAGE } from './cli-io';
import type { CliIo } from './cli-io';
import { parseArgs, USAGE } from './parse-args';
import { RULE_CATALOG } from '../core/language-service';
import { runCheck } from './run-check';
import { runPreview } from './run-preview';

export type { CliIo } from './cli-io';
export { EXIT_CLEAN, EXIT_ERRORS, EXIT_USAGE } from './cli-io';

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
      for (const rule of RULE_CATALOG) io.stdout(`${rule.id.padEnd(40)} ${rule.severity.padEnd(7)} ${rule.description}\n`);
      return EXIT_CLEAN;
    case 'usage-error':
      io.stderr(`kube-svc: ${command.message}\n${USAGE}\n`);
      return EXIT_USAGE;
    case 'check':
      return runCheck(command, io);
    case 'preview':
      return runPreview(command, io);
  }
}

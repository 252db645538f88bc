/**
 * `npm run bench`: builds first (see package.json), then runs every section in order and prints one markdown
 * table. The figures are printed, not asserted: these are benchmarks, not timed tests.
 *
 *   npm run bench -- --sizes=100,1000 --workspaces=1000 --only=lsp,cli,workspace --profile=/tmp/prof
 *
 * `--profile=dir` starts the language server with `node --cpu-prof` and writes its profiles there.
 *
 * A new section is a `Section` from ./report added to SECTIONS below. `--only=` takes section names in lower case
 * (lsp, core, cli, workspace, hostile); `--hostile=open,scan,bulb,ports,sparse` picks parts of the last.
 */
import { cliSection } from './cli-bench';
import { coreSection } from './core-bench';
import { hostileSection } from './hostile-bench';
import { lspSection, optionsFromArgs } from './lsp-bench';
import { markdownTable } from './report';
import { workspaceSection } from './workspace-bench';
import type { Row, Section } from './report';

const SECTIONS: readonly Section[] = [lspSection, coreSection, cliSection, workspaceSection, hostileSection];

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const options = optionsFromArgs(argv);
  const rows: Row[] = [];
  for (const section of SECTIONS) {
    if (only && !only.includes(section.name.toLowerCase())) continue;
    console.log(`\n# ${section.name}`);
    rows.push(...(await section.run(options)));
  }
  console.log(`\n# Results (node ${process.version}, ${new Date().toISOString()})\n`);
  console.log(markdownTable(rows));
  const missed = rows.filter((r) => r.target && !r.target.met);
  console.log(
    missed.length === 0
      ? '\nEvery target met.'
      : `\nTargets missed: ${missed.map((r) => `${r.figure} @ ${r.input} (${r.value})`).join('; ')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

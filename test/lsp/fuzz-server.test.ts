/**
 * The built server over stdio, fed the fuzz inputs of bench/fuzz-inputs.ts (adversarial ones and mutated real-world
 * manifests) as an editor would: open, incremental edits with odd characters, hover and completion at random
 * positions. Every request must be answered, diagnostics must arrive for every version and lie inside the text, the
 * process must stay alive and its RSS under RSS_BOUND_MB. HANG_MS only tells a hang from an answer; how fast the
 * answers come is measured by `npm run bench`, never asserted here. Deterministic (FUZZ_SEED=<n> explores another
 * seed) and bounded.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position } from 'vscode-languageserver-protocol/node';
import { adversarialInputs, fuzzSeed, loadCorpus, mutate, randomEdit, randomPositions, seededRandom } from '../../bench/fuzz-inputs';
import type { FuzzInput } from '../../bench/fuzz-inputs';
import { BenchServer, withTimeout } from '../../bench/lsp-client';

const SEED = fuzzSeed(20_261_123);
const MUTATED_CASES = 14;
const EDITS_PER_CASE = 2;
const POSITIONS_PER_VERSION = 2;
/** No answer for this long: the server hangs (far above any answer's cost, so a loaded machine never trips it). */
const HANG_MS = 30_000;
const RSS_BOUND_MB = 500;

test(`fuzz through the built server (seed ${SEED}): answers every request, diagnostics for every version, alive, RSS bounded`, async (t) => {
  const random = seededRandom(SEED);
  const corpus = loadCorpus();
  const inputs: FuzzInput[] = [
    ...adversarialInputs(),
    ...Array.from({ length: MUTATED_CASES }, () =>
      mutate(corpus[Math.floor(random() * corpus.length)], random, 1 + Math.floor(random() * 3)),
    ),
  ];
  const server = new BenchServer();
  const problems: string[] = [];
  let maxRss = 0;
  let versions = 0;
  let requests = 0;
  try {
    await server.initialize();
    for (const [i, input] of inputs.entries()) {
      const uri = `file:///fuzz/case-${i}.yaml`;
      const problem = (what: string): number => problems.push(`${input.name}: ${what}`);
      let document = TextDocument.create(uri, 'yaml', 1, input.text);
      await server.open(uri, input.text, 1);
      for (let version = 1; version <= 1 + EDITS_PER_CASE; version++) {
        if (version > 1) {
          const edit = randomEdit(document.getText(), random);
          const range = { start: document.positionAt(edit.start), end: document.positionAt(edit.end) };
          document = TextDocument.update(document, [{ range, text: edit.insert }], version);
          await server.change(uri, version, [{ range, text: edit.insert }]);
        }
        versions++;
        try {
          const arrival = await server.diagnostics(uri, version, HANG_MS);
          for (const issue of diagnosticIssues(document, arrival.params.diagnostics)) problem(`v${version}: ${issue}`);
        } catch (error) {
          problem(`v${version}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
          if (!server.alive) break;
        }
        for (const position of randomPositions(document.getText(), random, POSITIONS_PER_VERSION)) {
          const where = `v${version} ${position.line}:${position.character}`;
          requests += 2;
          await answered(`hover ${where}`, () => server.hover(uri, position), problem);
          await answered(`completion ${where}`, () => server.completion(uri, position), problem);
        }
      }
      await server.closeDocument(uri);
      if (!server.alive) {
        problem(`the server died (stderr: ${server.stderr.slice(-500)})`);
        break;
      }
      const rss = server.rssMb();
      maxRss = Math.max(maxRss, rss);
      if (rss > RSS_BOUND_MB) problem(`RSS ${rss.toFixed(0)} MB`);
    }
    assert.ok(server.alive, 'the server is alive at the end');
  } finally {
    await server.shutdown();
  }
  t.diagnostic(`${inputs.length} documents, ${versions} versions, ${requests} requests; max RSS ${maxRss.toFixed(0)} MB`);
  assert.deepEqual(problems.slice(0, 15), [], `${problems.length} problems (FUZZ_SEED=${SEED})`);
});

async function answered(what: string, request: () => Promise<unknown>, problem: (what: string) => void): Promise<void> {
  try {
    await withTimeout(request(), HANG_MS, what);
  } catch (error) {
    problem(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Diagnostics that do not lie inside the text. Lines end at \r\n, \r or \n, as LSP counts them; a character may be
 * the line's end.
 */
function diagnosticIssues(document: TextDocument, diagnostics: readonly Diagnostic[]): string[] {
  const lines = document.getText().split(/\r\n|\r|\n/);
  const valid = (p: Position): boolean =>
    p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  const issues: string[] = [];
  for (const d of diagnostics) {
    const message = typeof d.message === 'string' ? d.message : d.message.value;
    const label = `${String(d.code)} ${JSON.stringify(message.slice(0, 100))} at ${JSON.stringify(d.range)}`;
    if (!valid(d.range.start) || !valid(d.range.end)) issues.push(`outside the text: ${label}`);
    if (message.trim() === '') issues.push(`empty message: ${label}`);
  }
  return issues;
}

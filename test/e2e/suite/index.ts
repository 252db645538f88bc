import Mocha from 'mocha';

/**
 * The extension-tests entry point that VS Code calls in its extension host (`extensionTestsPath`).
 * The suite is bundled into one file, so the test modules are registered after mocha's `pre-require` instead of
 * being loaded from disk by mocha.
 */
export function run(): Promise<void> {
  // The extension host's stdout goes nowhere visible; console.log reaches the page console, which the launcher prints.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: ConsoleReporter });
  mocha.suite.emit('pre-require', globalThis, 'e2e-suite', mocha);
  require('./diagnostics.e2e');
  require('./editing.e2e');
  require('./preview.e2e');
  require('./settings.e2e');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} e2e test(s) failed`)) : resolve()));
  });
}

/** One `[e2e]` line per test and a closing `N passed, N failed` line, through console.log. */
class ConsoleReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    let passed = 0;
    let failed = 0;
    runner.on('pass', (test) => {
      passed++;
      console.log(`[e2e] ok ${test.fullTitle()}`);
    });
    runner.on('fail', (test, error: Error) => {
      failed++;
      console.log(`[e2e] FAIL ${test.fullTitle()}: ${error.stack ?? error.message}`);
    });
    runner.on('end', () => console.log(`[e2e] ${passed} passed, ${failed} failed`));
  }
}

// A @web/test-runner reporter that prints one closing line, "NAME: N passed, N failed, N skipped",
// so that CI can read the result of the browser test run. A file that failed to load counts
// as a failure.

function count(suite, totals) {
  for (const t of suite.tests ?? []) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite.suites ?? []) count(s, totals);
}

export function summaryReporter(name) {
  let totals;
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
    },
    // Printed when the process exits, after everything the runner prints (including its
    // terminal clean-up), so that it is the last line of the run.
    start() {
      process.once('exit', () => {
        if (totals)
          process.stdout.write(
            `\n${name}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`,
          );
      });
    },
  };
}

// A web-test-runner reporter that counts passed and failed tests over every session and writes them
// to $FRISE_TOTALS_FILE (JSON), so .ci/run can print one `N passed, N failed` line for all runners.
import {writeFileSync} from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function totalsReporter() {
  return {
    onTestRunFinished({sessions}) {
      const totals = {runner: 'web-test-runner', passed: 0, failed: 0, skipped: 0, erroredFiles: 0};
      for (const session of sessions) {
        count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.erroredFiles += 1;
      }
      // a test file that fails to load has no test results: count it as one failure so it is never lost
      totals.failed += totals.erroredFiles;
      if (process.env.FRISE_TOTALS_FILE) writeFileSync(process.env.FRISE_TOTALS_FILE, JSON.stringify(totals));
    },
  };
}

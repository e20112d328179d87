/**
 * Prints, at the end of a Jest run, how long each project's test files took (the sum of their
 * run times, as Jest measures them; files run in parallel, so the sum can exceed the wall time),
 * with the files and tests per project and the run's wall time.
 */
class ProjectDurationReporter {
  constructor() {
    this.started = Date.now();
    this.projects = new Map();
  }

  onTestResult(test, result) {
    const name = test.context.config.displayName?.name ?? 'default';
    const entry = this.projects.get(name) ?? { files: 0, tests: 0, failed: 0, ms: 0 };
    entry.files += 1;
    entry.tests += result.numPassingTests + result.numFailingTests;
    entry.failed += result.numFailingTests + (result.testExecError ? 1 : 0);
    entry.ms += Math.max(0, (result.perfStats.end ?? 0) - (result.perfStats.start ?? 0));
    this.projects.set(name, entry);
  }

  onRunComplete() {
    if (this.projects.size === 0) return;
    const rows = [...this.projects.entries()].sort(([, a], [, b]) => b.ms - a.ms);
    const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
    const lines = [
      '',
      'Time by project (sum of its files; the wall time is shorter where files run in parallel)',
      `${'project'.padEnd(14)}${'files'.padStart(7)}${'tests'.padStart(8)}${'failed'.padStart(8)}${'time'.padStart(11)}`,
      ...rows.map(
        ([name, { files, tests, failed, ms }]) =>
          `${name.padEnd(14)}${String(files).padStart(7)}${String(tests).padStart(8)}${String(failed).padStart(8)}${seconds(ms).padStart(11)}`,
      ),
      `${'wall time'.padEnd(37)}${seconds(Date.now() - this.started).padStart(11)}`,
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}

module.exports = ProjectDurationReporter;

const Sequencer = require('@jest/test-sequencer').default;

/**
 * The projects whose files start stacks, browsers and emulated Nodes first: their files are the
 * slowest, and a run that starts one late ends with one worker waiting on it.
 */
const SLOWEST_FIRST = ['browser', 'e2e', 'infra', 'reliability', 'integration', 'security', 'unit'];

/**
 * Jest's order (failed first, then slowest first by the times of earlier runs), except among files
 * with no time yet (every file of a clean clone), which Jest takes largest first: those go by
 * SLOWEST_FIRST, then largest first.
 */
class SlowestFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const rank = (test) => {
      const index = SLOWEST_FIRST.indexOf(test.context.config.displayName?.name);
      return index === -1 ? SLOWEST_FIRST.length : index;
    };
    const untimed = sorted.filter((test) => test.duration == null && !this.hasFailed(test));
    const order = new Map(sorted.map((test, index) => [test, index]));
    // a stable sort: within a project, Jest's order (largest first) stays
    untimed.sort((a, b) => rank(a) - rank(b) || order.get(a) - order.get(b));
    let next = 0;
    return sorted.map((test) => (test.duration == null && !this.hasFailed(test) ? untimed[next++] : test));
  }
}

module.exports = SlowestFirstSequencer;

// The synths most infra test files share, made into the run's synth cache in the background
// (started by synthCacheSetup.ts, at the lowest CPU priority). Each goes through synthesize(), so it
// takes the synth's lock and shares the assembly exactly as a test file would; one that fails
// shares nothing, and the first test file that needs it synthesises it again and reports the error.
import '../../helpers/env';
import { stages } from '../../../infra/stages';
import { synthesizeShipped } from './shippedStages';
import { synthesize, type Synthesized } from './synthesize';

const shared: Array<[string, () => Synthesized]> = [
  ['every shipped stage', synthesizeShipped],
  ['dev alone', () => synthesize({ stages: { dev: stages.dev } })],
];

for (const [name, make] of shared) {
  const started = Date.now();
  const synthesized = make();
  if (synthesized.error) console.error(`${name}: synth failed`, synthesized.error);
  else console.log(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  synthesized.cleanup();
}

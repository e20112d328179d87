import { median, percentile, round } from './stats';

/** Each round's wall and CPU time of one cold-start variant (NaN where that start failed). */
export interface ColdRounds {
  readonly wallMs: readonly number[];
  readonly cpuMs: readonly number[];
}

export interface Spread {
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
  /** (p90 − p10) / median: how far the ratio moves from round to round. */
  readonly relativeSpread: number;
}

export type ColdMeasure = 'wall' | 'cpu';

export interface ColdGoal {
  readonly name: string;
  readonly target: number;
  readonly wall: Spread;
  readonly cpu: Spread;
  /** The measure the goal is judged on: the steadier one over all goals (smaller relative spread). */
  readonly quoted: ColdMeasure;
  readonly value: number;
  readonly met: boolean;
}

/** Per round: (numerator − reference) / (denominator − reference), the overheads over the bare `node`; rounds with a failed start are left out. */
export function perRoundRatios(numerator: readonly number[], denominator: readonly number[], reference: readonly number[]): number[] {
  const ratios: number[] = [];
  for (let index = 0; index < numerator.length; index++) {
    const ratio = (numerator[index]! - reference[index]!) / (denominator[index]! - reference[index]!);
    if (Number.isFinite(ratio)) ratios.push(ratio);
  }
  return ratios;
}

export function spreadOf(values: readonly number[]): Spread {
  const middle = median(values);
  const p10 = percentile(values, 10);
  const p90 = percentile(values, 90);
  return { median: round(middle, 3), p10: round(p10, 3), p90: round(p90, 3), relativeSpread: round((p90 - p10) / Math.abs(middle), 3) };
}

/**
 * The cold-start goals, each as a ratio of overheads taken round by round (variants are
 * interleaved, so one round's starts share the machine's state), on wall time and on CPU time;
 * judged on whichever of the two moved less across the goals.
 */
export function judgeColdGoals(
  goals: ReadonlyArray<{ readonly name: string; readonly target: number; readonly numerator: ColdRounds; readonly denominator: ColdRounds }>,
  bare: ColdRounds,
): ColdGoal[] {
  const measured = goals.map((goal) => ({
    ...goal,
    wall: spreadOf(perRoundRatios(goal.numerator.wallMs, goal.denominator.wallMs, bare.wallMs)),
    cpu: spreadOf(perRoundRatios(goal.numerator.cpuMs, goal.denominator.cpuMs, bare.cpuMs)),
  }));
  const total = (measure: ColdMeasure) => measured.reduce((sum, goal) => sum + goal[measure].relativeSpread, 0);
  const quoted: ColdMeasure = total('cpu') < total('wall') ? 'cpu' : 'wall';
  return measured.map(({ name, target, wall, cpu }) => {
    const value = (quoted === 'cpu' ? cpu : wall).median;
    return { name, target, wall, cpu, quoted, value, met: value <= target };
  });
}

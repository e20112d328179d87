import { judgeColdGoals, perRoundRatios, spreadOf } from '../../../bench/lib/coldGoals';

describe('perRoundRatios', () => {
  it('divides the overheads over the reference round by round and leaves out failed rounds', () => {
    expect(perRoundRatios([110, 120, Number.NaN], [210, 170, 200], [10, 20, 10])).toEqual([0.5, 2 / 3]);
  });
});

describe('spreadOf', () => {
  it('gives the median, p10, p90 and their distance relative to the median', () => {
    // Prepare
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

    // Act
    const spread = spreadOf(values);

    // Assess
    expect(spread).toEqual({ median: 5.5, p10: 1, p90: 9, relativeSpread: round3(8 / 5.5) });
  });
});

const round3 = (value: number) => Number(value.toFixed(3));

describe('judgeColdGoals', () => {
  const bare = { wallMs: [100, 100, 100, 100], cpuMs: [50, 50, 50, 50] };
  // wall time swings round to round, CPU time does not
  const ours = { wallMs: [300, 500, 250, 450], cpuMs: [250, 250, 250, 250] };
  const floor = { wallMs: [300, 300, 300, 300], cpuMs: [230, 230, 230, 230] };

  it('judges every goal on the steadier measure', () => {
    // Act
    const [goal] = judgeColdGoals([{ name: 'ours / floor', target: 1.15, numerator: ours, denominator: floor }], bare);

    // Assess: CPU: 200 / 180 in every round
    expect(goal!.quoted).toBe('cpu');
    expect(goal!.value).toBeCloseTo(200 / 180, 3);
    expect(goal!.met).toBe(true);
    expect(goal!.wall.relativeSpread).toBeGreaterThan(goal!.cpu.relativeSpread);
  });

  it('quotes wall time when it is the steadier', () => {
    // Prepare
    const steadyWall = { wallMs: [400, 400, 400, 400], cpuMs: [100, 300, 150, 250] };

    // Act
    const [goal] = judgeColdGoals([{ name: 'ours / floor', target: 1.15, numerator: steadyWall, denominator: floor }], bare);

    // Assess
    expect(goal!.quoted).toBe('wall');
    expect(goal!.value).toBe(1.5);
    expect(goal!.met).toBe(false);
  });
});

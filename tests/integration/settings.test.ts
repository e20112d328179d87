import { putAliasSettings } from '../../data/aliasSettings';
import { injectFaults } from '../helpers/faultInjection';
import { createHarness, type Harness } from '../helpers/handlerHarness';

/** The alias the harness's Lambda context names (…:function:storefront-api-test:test). */
const ALIAS = 'test';
const RESTOCK = 'mutation($id: ID!) { restockProduct(id: $id, quantity: 1) { stock } }';

type LogLine = Record<string, unknown> & { level: string; message: string };
const parse = (lines: string[]) => lines.map((line) => JSON.parse(line) as LogLine);

describe('runtime settings from the alias settings item', () => {
  let h: Harness;
  let admin: string;
  let clock: number;

  beforeEach(async () => {
    clock = Date.now();
    // only Date is faked: Powertools' cache expiry follows it, I/O timers stay real
    jest.useFakeTimers({
      now: clock,
      doNotFake: [
        'nextTick',
        'setImmediate',
        'setTimeout',
        'setInterval',
        'clearTimeout',
        'clearInterval',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });
    h = await createHarness({ logLevel: 'INFO' }, { aliasSettings: true });
    admin = h.token({ sub: 'ops', admin: true });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  const advance = (seconds: number) => {
    clock += seconds * 1000;
    jest.setSystemTime(clock);
  };

  it('reads the item once at cold start (starting during init) and not again before the refresh interval', async () => {
    await h.gql({ query: '{ categories { id } }' });
    expect(h.calls).toEqual(['GetItemCommand', 'QueryCommand']);
    h.calls.length = 0;

    for (let index = 0; index < 5; index++) await h.gql({ query: '{ categories { id } }' });
    advance(59);
    await h.gql({ query: '{ categories { id } }' });

    expect(h.calls).toEqual(Array(6).fill('QueryCommand'));
  });

  it('applies a new read-only switch and log level after the interval, without a restart', async () => {
    await h.gql({ query: '{ categories { id } }' });
    await putAliasSettings(h.db, { alias: ALIAS, settings: { readOnly: true, logLevel: 'WARN' }, expectedRevision: 0 });

    const beforeInterval = await h.gql({ query: RESTOCK, variables: { id: 'no-such-product' }, token: admin });
    advance(61);
    h.logs.length = 0;
    const blocked = await h.gql({ query: RESTOCK, variables: { id: 'no-such-product' }, token: admin });
    const read = await h.gql({ query: '{ categories { id } }' });

    expect(beforeInterval.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(blocked.statusCode).toBe(503);
    expect(blocked.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(blocked.body.errors?.[0]?.message).toMatch(/read-only/);
    expect(read.body.errors).toBeUndefined();
    // WARN is in force: no per-request INFO line any more
    expect(parse(h.logs).filter((line) => line.message === 'GraphQL request')).toEqual([]);

    await putAliasSettings(h.db, { alias: ALIAS, settings: { readOnly: false, logLevel: 'INFO', refreshSeconds: 10 }, expectedRevision: 1 });
    advance(61);
    const allowed = await h.gql({ query: RESTOCK, variables: { id: 'no-such-product' }, token: admin });
    expect(allowed.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(parse(h.logs).filter((line) => line.message === 'GraphQL request')).toHaveLength(1);

    // the new interval itself applies from now on
    await putAliasSettings(h.db, { alias: ALIAS, settings: { readOnly: true, refreshSeconds: 10 }, expectedRevision: 2 });
    advance(11);
    const blockedAgain = await h.gql({ query: RESTOCK, variables: { id: 'no-such-product' }, token: admin });
    expect(blockedAgain.statusCode).toBe(503);
  });

  it('falls back to the defaults with one warning when the item is invalid, and keeps serving', async () => {
    await putAliasSettings(h.db, { alias: ALIAS, settings: { readOnly: 'sometimes', limits: { maxDepth: 0 } }, expectedRevision: 0 });

    for (let index = 0; index < 3; index++) {
      const response = await h.gql({ query: RESTOCK, variables: { id: 'no-such-product' }, token: admin });
      expect(response.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      advance(61);
    }

    // (the item was written after init had already found none: that is its own warning)
    const warnings = parse(h.logs).filter((line) => line.level === 'WARN' && line.message.startsWith('Invalid'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ message: 'Invalid runtime settings item; using the defaults', alias: ALIAS });
    expect(JSON.stringify(warnings[0]!.problems)).toMatch(/readOnly/);
  });

  it('keeps the settings in force when the item cannot be read, warns once, and reads again 5 s later', async () => {
    // Arrange: defaults in force; then the item says read-only, but reading it fails
    await h.gql({ query: '{ categories { id } }' });
    await putAliasSettings(h.db, { alias: ALIAS, settings: { readOnly: true }, expectedRevision: 0 });
    const faults = injectFaults(h.client, ({ command, body }) =>
      command === 'GetItemCommand' && /aliassettings/i.test(body)
        ? { kind: 'response', status: 400, type: 'AccessDeniedException', message: 'denied' }
        : undefined,
    );
    h.logs.length = 0;

    // Act
    advance(61);
    const duringFailure = await h.gql({ query: RESTOCK, variables: { id: 'no-such-product' }, token: admin });
    advance(4);
    await h.gql({ query: '{ categories { id } }' });
    const attemptsWithinPause = faults.injected;
    faults.plan = undefined;
    advance(2);
    const afterPause = await h.gql({ query: RESTOCK, variables: { id: 'no-such-product' }, token: admin });

    // Assess
    expect(duringFailure.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(attemptsWithinPause).toBe(1);
    expect(afterPause.statusCode).toBe(503);
    expect(
      parse(h.logs)
        .filter((line) => line.level === 'WARN')
        .map((line) => line.message),
    ).toEqual(['Runtime settings could not be read; keeping the settings in force']);
  });

  it('caches a missing item too: one read per interval, one warning', async () => {
    for (let index = 0; index < 4; index++) await h.gql({ query: '{ categories { id } }' });

    expect(h.calls.filter((call) => call === 'GetItemCommand')).toHaveLength(1);
    expect(
      parse(h.logs)
        .filter((line) => line.level === 'WARN')
        .map((line) => line.message),
    ).toEqual(['No runtime settings item for this alias; using the defaults']);
  });
});

import { getAliasSettings, putAliasSettings } from '../../data/aliasSettings';
import { ConflictError } from '../../core/errors';
import { READ_ONLY_MESSAGE } from '../../server/plugins/readOnlyPlugin';
import { defaultRuntimeSettings } from '../../runtime/settings/runtimeSettings';
import { fixedSettings } from '../helpers/fixedSettings';
import { aCategory, aProduct } from '../factories/catalog';
import { createHarness, type Harness } from '../helpers/handlerHarness';
import { tableItems } from '../helpers/tableItems';

const WRITES = ['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'TransactWriteItemsCommand', 'BatchWriteItemCommand'];
type LogLine = { level: string; message: string };
const levels = (lines: string[]) => lines.map((line) => (JSON.parse(line) as LogLine).level);

describe('settings writes are conditioned on the item’s revision', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await createHarness();
  });

  it('lets exactly one of two operators who read the same revision write; the other gets a conflict and changes nothing', async () => {
    // Prepare: both operators read revision 1
    await putAliasSettings(h.db, { alias: 'race', settings: { logLevel: 'INFO' }, expectedRevision: 0 });

    // Act
    const outcomes = await Promise.allSettled([
      putAliasSettings(h.db, { alias: 'race', settings: { readOnly: true }, expectedRevision: 1, updatedBy: 'ops-a' }),
      putAliasSettings(h.db, { alias: 'race', settings: { logLevel: 'DEBUG' }, expectedRevision: 1, updatedBy: 'ops-b' }),
    ]);

    // Assess
    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const lost = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(ConflictError);
    const stored = await getAliasSettings(h.db, { alias: 'race' });
    expect(stored).toMatchObject({ revision: 2, settings: (won[0] as PromiseFulfilledResult<{ settings: unknown }>).value.settings });
  });

  it('refuses a write based on a revision that is no longer current, and a first write over an existing item', async () => {
    // Prepare
    await putAliasSettings(h.db, { alias: 'stale', settings: { logLevel: 'WARN' }, expectedRevision: 0 });
    await putAliasSettings(h.db, { alias: 'stale', settings: { logLevel: 'ERROR' }, expectedRevision: 1 });
    const before = await getAliasSettings(h.db, { alias: 'stale' });

    // Act
    const stale = putAliasSettings(h.db, { alias: 'stale', settings: { readOnly: true }, expectedRevision: 1 });
    const overwrite = putAliasSettings(h.db, { alias: 'stale', settings: { readOnly: true }, expectedRevision: 0 });

    // Assess
    await expect(stale).rejects.toThrow(ConflictError);
    await expect(overwrite).rejects.toThrow(ConflictError);
    expect(await getAliasSettings(h.db, { alias: 'stale' })).toEqual(before);
  });
});

describe('read-only refusals say when to retry', () => {
  it('answers a mutation with 503 SERVICE_UNAVAILABLE and Retry-After, writing nothing, while reads go on', async () => {
    // Prepare
    const h = await createHarness({}, { settings: fixedSettings(defaultRuntimeSettings({ readOnly: true })) });
    const product = await aProduct(h.db, (await aCategory(h.db)).categoryId, { stock: 3 });
    const admin = h.token({ sub: 'ops', admin: true });
    const before = await tableItems(h);
    h.calls.length = 0;

    // Act
    const refused = await h.gql({ query: `mutation { restockProduct(id: "${product.productId}", quantity: 1) { stock } }`, token: admin });
    const read = await h.gql({ query: `{ product(id: "${product.productId}") { stock } }` });

    // Assess
    expect(refused.statusCode).toBe(503);
    expect(Object.fromEntries(Object.entries(refused.headers).map(([name, value]) => [name.toLowerCase(), value]))).toMatchObject({
      'retry-after': '60',
    });
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ message: READ_ONLY_MESSAGE, extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }) }),
    ]);
    expect(read.body).toEqual({ data: { product: { stock: 3 } } });
    expect(h.calls.filter((name) => WRITES.includes(name))).toEqual([]);
    expect(await tableItems(h)).toEqual(before);
  });
});

describe('logSampleRate', () => {
  const debugLines = async (logSampleRate: number) => {
    const h = await createHarness({}, { settings: fixedSettings(defaultRuntimeSettings({ logLevel: 'ERROR', logSampleRate })) });
    h.logs.length = 0;
    for (let index = 0; index < 5; index++) await h.gql({ query: '{ categories { id } }' });
    return levels(h.logs).filter((level) => level === 'DEBUG' || level === 'INFO').length;
  };

  it('logs every request in full at rate 1 whatever the alias’s level, and none at rate 0', async () => {
    // Act
    const sampled = await debugLines(1);
    const unsampled = await debugLines(0);

    // Assess
    expect(sampled).toBeGreaterThanOrEqual(5);
    expect(unsampled).toBe(0);
  });
});

import { randomUUID } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { apiGatewayEvent } from '../../core/apiGatewayEvent';
import type { Db } from '../../data/db';
import type { CartItem } from '../../data/entities/cart';
import { createLocalProvider, type LocalDelivery, type LocalProvider } from '../../domain/payments/localProvider';
import type { PaymentProvider } from '../../domain/payments/paymentProvider';
import { LOCAL_PAYMENT_WEBHOOK_SECRET } from '../../runtime/env/paymentEnvironment';
import { createWebhookHandler, type WebhookHandler } from '../../webhooks/createWebhookHandler';
import type { Config } from '../../runtime/env/apiEnvironment';
import { createHarness, type Harness, type HarnessOptions } from './handlerHarness';

/** A clock a test moves by hand (holds expire when it says so, never by sleeping). */
export interface TestClock {
  (): Date;
  advanceMinutes(minutes: number): void;
}

export function testClock(start = Date.now()): TestClock {
  let at = start;
  const clock = (() => new Date(at)) as TestClock;
  clock.advanceMinutes = (minutes) => void (at += minutes * 60_000);
  return clock;
}

export interface CheckoutKit {
  readonly h: Harness;
  readonly clock: TestClock;
  readonly provider: LocalProvider;
  /** What the provider the API uses is (swap it to make it fail). */
  use(provider: PaymentProvider): void;
  readonly webhook: WebhookHandler;
  /** Delivers every event the provider has emitted so far to the webhook function, in order; returns each answer's outcome. */
  deliverAll(): Promise<string[]>;
  deliver(delivery: LocalDelivery): Promise<string>;
}

/** The API's handler with a local payment provider, a controlled clock, and the webhook function on the same table. */
export async function createCheckoutKit(overrides: Partial<Config> = {}, { stream }: Pick<HarnessOptions, 'stream'> = {}): Promise<CheckoutKit> {
  const clock = testClock();
  const provider = createLocalProvider({ webhookSecret: LOCAL_PAYMENT_WEBHOOK_SECRET, now: () => clock().getTime() });
  let current: PaymentProvider = provider;
  const h = await createHarness(overrides, { paymentProvider: async () => current, now: clock, stream });
  const webhook = createWebhookHandler({
    config: {
      stage: 'test',
      region: 'us-east-1',
      tableName: h.tableName,
      dynamoDbEndpoint: h.endpoint,
      logLevel: 'ERROR',
      payments: { kind: 'local', webhookSecret: LOCAL_PAYMENT_WEBHOOK_SECRET },
    },
    db: h.db,
    provider: async () => provider,
    logger: new Logger({ logLevel: 'SILENT' }),
    now: clock,
  });
  const deliver = async ({ body, headers }: LocalDelivery) => {
    const event = apiGatewayEvent({ method: 'POST', path: '/webhooks/local', headers: Object.entries(headers), body, stage: 'test' });
    const result = await webhook(event);
    return (JSON.parse(result.body) as { outcome?: string }).outcome ?? String(result.statusCode);
  };
  return {
    h,
    clock,
    provider,
    use: (next) => void (current = next),
    webhook,
    deliver,
    async deliverAll() {
      await provider.settled();
      const outcomes: string[] = [];
      for (const delivery of provider.deliveries.splice(0)) outcomes.push(await deliver(delivery));
      return outcomes;
    },
  };
}

/** A customer's cart as the cart mutations leave it before checkout: lines, an address, a shipping method. */
export async function aCart(
  db: Db,
  customerId: string,
  lines: ReadonlyArray<{ productId: string; variantId?: string; quantity: number }>,
  overrides: Partial<CartItem> = {},
): Promise<CartItem> {
  const now = new Date();
  const cart: CartItem = {
    cartId: `cart_${randomUUID().replaceAll('-', '').slice(0, 22)}`,
    customerId,
    lines: lines.map((line) => ({
      lineId: randomUUID(),
      productId: line.productId,
      variantId: line.variantId ?? line.productId,
      quantity: line.quantity,
    })),
    discountCodes: [],
    shippingAddress: { name: 'Ada Lovelace', line1: '1 Analytical St', city: 'London', postalCode: 'N1 1AA', countryCode: 'GB' },
    shippingMethodId: 'standard',
    version: 1,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    expiresAt: Math.floor(now.getTime() / 1000) + 86_400,
    ...overrides,
  };
  await db.entities.cart.create(cart).go();
  return cart;
}

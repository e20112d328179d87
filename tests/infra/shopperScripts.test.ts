import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { PROJECT_ROOT } from '../../infra/projectRoot';
import { storefrontScripts } from '../helpers/storefrontScripts';

const DIST = join(PROJECT_ROOT, 'web', 'dist');

/** The names of the admin pages' operations: their documents are in the code that runs them. */
const ADMIN_OPERATIONS = parse(readFileSync(join(PROJECT_ROOT, 'web', 'src', 'operations', 'admin.graphql'), 'utf8')).definitions.flatMap(
  (definition) => (definition.kind === Kind.OPERATION_DEFINITION ? [definition.name!.value] : []),
);

/** Words of the admin pages' own components. */
const ADMIN_WORDS = ['Reload and re-apply my changes', 'Adjust stock', 'Low-stock threshold'];

/** Where Stripe's loader (`@stripe/stripe-js`) fetches Stripe.js from: its code names it. */
const STRIPE_JS_ORIGIN = 'https://js.stripe.com';

const textOf = (files: readonly string[]) => files.map((file) => readFileSync(join(DIST, file), 'utf8')).join('\n');
const quoted = (text: string, name: string) => new RegExp(`["'\`]${name}["'\`]`).test(text);

describe('the built storefront (web/dist, `npm run build:web`)', () => {
  it('ships no admin code in what a shopper loads: the admin pages are a chunk of their own, loaded only on /admin', () => {
    // Prepare
    const { initial, lazy } = storefrontScripts(DIST);

    // Act
    const shopper = textOf(initial);
    const later = textOf(lazy);

    // Assess: the shop's own operations are in the entry, the admin pages' only in the lazy chunks
    expect(ADMIN_OPERATIONS.length).toBeGreaterThanOrEqual(8);
    expect(quoted(shopper, 'CategoryProducts')).toBe(true);
    expect(ADMIN_OPERATIONS.filter((name) => quoted(shopper, name))).toEqual([]);
    expect(ADMIN_WORDS.filter((words) => shopper.includes(words))).toEqual([]);
    expect(ADMIN_OPERATIONS.filter((name) => !quoted(later, name))).toEqual([]);
    expect(ADMIN_WORDS.filter((words) => !later.includes(words))).toEqual([]);
  });

  it('ships no Stripe.js in what a shopper loads: the Stripe card field is a chunk of its own, loaded on the payment step only', () => {
    // Prepare
    const { initial, lazy } = storefrontScripts(DIST);

    // Act
    const shopper = textOf(initial);
    const stripeChunks = lazy.filter((file) => readFileSync(join(DIST, file), 'utf8').includes(STRIPE_JS_ORIGIN));

    // Assess: the local test-card form is in the entry; Stripe's loader (which names its script's origin) only in one lazy chunk
    expect(shopper).toContain('Card number');
    expect(shopper).not.toContain(STRIPE_JS_ORIGIN);
    expect(shopper).not.toContain('createPaymentMethod');
    expect(stripeChunks).toHaveLength(1);
    expect(textOf(stripeChunks)).toContain('createPaymentMethod');
  });
});

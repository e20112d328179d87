/** Who is calling: nobody (catalog reads only), or a signed-in customer who may be an admin. */
export type Actor =
  { readonly kind: 'anonymous' } | { readonly kind: 'customer'; readonly customerId: string; readonly isAdmin: boolean; readonly email?: string };

export const anonymous: Actor = { kind: 'anonymous' };

/** The Cognito group (and local token claim) that makes a customer an admin. */
export const ADMIN_GROUP = 'admin';

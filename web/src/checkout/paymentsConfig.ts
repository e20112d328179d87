import { createContext, useContext } from 'react';
import type { LocalPaymentsConfig, StripePaymentsConfig } from '../config';

/** The stage's payment settings from `config.json`: which card form the checkout shows. */
export const PaymentsContext = createContext<LocalPaymentsConfig | StripePaymentsConfig>({ provider: 'local' });

export function usePaymentsConfig(): LocalPaymentsConfig | StripePaymentsConfig {
  return useContext(PaymentsContext);
}

import { ServiceUnavailableError } from '../core/errors';
import type { CursorCodec, Cursors } from '../data/cursor';
import type { Db } from '../data/db';
import { createLoaders, type Loaders } from '../data/loaders';
import type { Actor } from '../core/actor';
import type { MediaServices } from '../domain/media/mediaServices';
import type { PaymentProvider } from '../domain/payments/paymentProvider';
import type { RuntimeSettings } from '../runtime/settings/runtimeSettings';

/** The API Gateway stage a request came through, as its event names it. */
export interface ApiStage {
  readonly restApiId: string;
  readonly stageName: string;
}

/** What every resolver receives; built per request. */
export interface Context {
  readonly requestId: string;
  readonly actor: Actor;
  readonly db: Db;
  readonly loaders: Loaders;
  /** The runtime settings in force for this request (one snapshot for the whole request). */
  readonly settings: RuntimeSettings;
  /** Page cursors signed for, and only accepted from, this caller. */
  readonly cursors: Cursors;
  /** The API Gateway stage the request came through, when its GET answers are cached (so a catalog write flushes them). */
  readonly apiStage?: ApiStage;
  /** The media bucket and the media function, where the stage has them (uploads are refused without). */
  readonly media?: MediaServices;
  /** The origin product image URLs start with; empty: relative URLs (`/media/…`). */
  readonly mediaBaseUrl: string;
  /** The payment provider, loaded on first use (SERVICE_UNAVAILABLE where the stage has none). */
  readonly payments: () => Promise<PaymentProvider>;
  /** The time (a clock tests control; the system's otherwise). */
  readonly now: () => Date;
}

export function createContext({
  requestId,
  actor,
  db,
  settings,
  cursorCodec,
  apiStage,
  media,
  mediaBaseUrl = '',
  payments = noPayments,
  now = () => new Date(),
}: {
  requestId: string;
  actor: Actor;
  db: Db;
  settings: RuntimeSettings;
  cursorCodec: CursorCodec;
  apiStage?: ApiStage;
  media?: MediaServices;
  mediaBaseUrl?: string;
  payments?: () => Promise<PaymentProvider>;
  now?: () => Date;
}): Context {
  const cursors = cursorCodec.forCaller(actor.kind === 'customer' ? actor.customerId : undefined);
  return {
    requestId,
    actor,
    db,
    settings,
    cursors,
    loaders: createLoaders(db),
    mediaBaseUrl,
    payments,
    now,
    ...(apiStage ? { apiStage } : {}),
    ...(media ? { media } : {}),
  };
}

const noPayments = (): Promise<PaymentProvider> =>
  Promise.reject(new ServiceUnavailableError('This stage takes no payments: no payment provider is configured.'));

import type { Logger } from '@aws-lambda-powertools/logger';
import { MetricUnit, type Metrics } from '@aws-lambda-powertools/metrics';
import { EmailRefusedError } from './emailRefusedError';
import type { Email, Mailer } from './outbox';

/** The metric counting emails the provider refused for good (one per email). */
export const EMAILS_REFUSED_METRIC = 'EmailsRefused';

export interface SendEmailDeps {
  readonly mailer: Mailer;
  readonly logger: Logger;
  /** Where EMAILS_REFUSED_METRIC is counted. */
  readonly metrics?: Metrics;
}

/**
 * Sends one email. A permanent refusal (EmailRefusedError) is logged and counted, and answers
 * false: retrying cannot help, so the caller moves on. Any other failure is thrown, to be retried.
 */
export async function sendEmail({ mailer, logger, metrics }: SendEmailDeps, email: Email, details: Record<string, unknown>): Promise<boolean> {
  try {
    await mailer.send(email);
    return true;
  } catch (error) {
    if (!(error instanceof EmailRefusedError)) throw error;
    logger.error('Email refused for good; not retried', { ...details, reason: error.reason, error });
    metrics?.addMetric(EMAILS_REFUSED_METRIC, MetricUnit.Count, 1);
    return false;
  }
}

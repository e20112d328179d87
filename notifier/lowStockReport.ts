import type { Logger } from '@aws-lambda-powertools/logger';
import type { Metrics } from '@aws-lambda-powertools/metrics';
import type { Db } from '../data/db';
import { variantTitle } from '../data/variants';
import { listLowStockProducts } from '../domain/stock/listLowStockProducts';
import type { Mailer, Publisher } from './outbox';
import { sendEmail } from './sendEmail';

/** The body of the daily low-stock report on the admin topic, version 1. */
export interface LowStockReportV1 {
  readonly schemaVersion: 1;
  readonly reportType: 'LOW_STOCK';
  readonly stage: string;
  readonly generatedAt: string;
  readonly defaultThreshold: number;
  readonly products: ReadonlyArray<{
    readonly id: string;
    readonly sku: string;
    readonly name: string;
    readonly stock: number;
    readonly threshold: number;
    /** The variant at or below its threshold (added in place: version 1 grows by optional fields). */
    readonly variantId?: string;
    /** Its option values, "M / Red"; absent for a variant with none. */
    readonly variantTitle?: string;
  }>;
}

export interface LowStockReportDeps {
  readonly db: Db;
  readonly stage: string;
  readonly publisher: Publisher;
  readonly mailer?: Mailer;
  /** Where the report is also emailed (with a mailer); the admin topic only when unset. */
  readonly emailTo?: string;
  readonly logger: Logger;
  /** Where an email refused for good is counted. */
  readonly metrics?: Metrics;
}

/**
 * The products at or below their threshold (one Query), published to the admin topic and optionally
 * emailed (an email refused for good is logged and counted, and the run still succeeds).
 */
export async function runLowStockReport(
  { db, stage, publisher, mailer, emailTo, logger, metrics }: LowStockReportDeps,
  { defaultThreshold, now = new Date() }: { defaultThreshold: number; now?: Date },
): Promise<LowStockReportV1> {
  const low = await listLowStockProducts(db, { defaultThreshold });
  const report: LowStockReportV1 = {
    schemaVersion: 1,
    reportType: 'LOW_STOCK',
    stage,
    generatedAt: now.toISOString(),
    defaultThreshold,
    products: low.map(({ product, variant, threshold }) => ({
      id: product.productId,
      sku: variant.sku,
      name: product.name,
      stock: variant.stock,
      threshold,
      variantId: variant.variantId,
      ...(variant.selectedOptions.length ? { variantTitle: variantTitle(variant.selectedOptions) } : {}),
    })),
  };
  const subject = `Low stock (${stage}): ${report.products.length} product${report.products.length === 1 ? '' : 's'}`;
  await publisher.publish({ topic: 'admin', subject, body: report, attributes: { reportType: report.reportType, stage } });
  if (mailer && emailTo) {
    const rows = report.products.map(
      (p) => `${p.sku}  ${p.stock} in stock (threshold ${p.threshold})  ${p.name}${p.variantTitle ? ` (${p.variantTitle})` : ''}`,
    );
    const text = rows.length ? rows.join('\n') : 'No product is at or below its threshold.';
    const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const html = `<!doctype html><html lang="en"><body><pre>${escape(text)}</pre></body></html>`;
    await sendEmail({ mailer, logger, metrics }, { to: emailTo, subject, text, html }, { reportType: report.reportType });
  }
  return report;
}

import { Metrics } from '@aws-lambda-powertools/metrics';
import { SERVICE_NAME } from './serviceNames';

export const METRICS_NAMESPACE = 'Storefront';

/** CloudWatch metrics in Embedded Metric Format, one namespace, the stage as a default dimension. */
export function createMetrics({ serviceName = SERVICE_NAME, stage }: { serviceName?: string; stage: string }): Metrics {
  return new Metrics({ namespace: METRICS_NAMESPACE, serviceName, defaultDimensions: { stage } });
}

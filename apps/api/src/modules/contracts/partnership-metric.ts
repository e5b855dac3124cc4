import type { Loaders } from '../../graphql/loaders.js';
import type { MetricView } from './metric.view.js';

/**
 * A metric that a partnership's report or payment line names, from the one read of all the
 * partnership's metrics that its terms make anyway: a list of reports or payments beside the
 * terms costs no statement of its own for them, whichever of the reads lands first.
 */
export async function partnershipMetric(
  loaders: Loaders,
  partnershipId: string,
  metricId: string,
): Promise<MetricView> {
  // Primed already (a payment just calculated primes the metrics it priced): no read at all.
  if (loaders.knowsMetric(metricId)) return loaders.metric.load(metricId);
  const metrics = await loaders.metricsOfPartnership.load(partnershipId);
  return metrics.find((row) => row.metric.id === metricId)?.metric ?? loaders.metric.load(metricId);
}

/** What the analysis worker computes, as plain functions the page can also run itself (worker-client.ts). */
import { analyse, uncertainRanges, uncertainty, type Analysis, type UncertaintyResult } from '../../lib/tco/analysis';
import type { StrategyId } from '../../lib/tco/model';
import { findBook } from '../../lib/tco/price-books';
import type { Scenario } from '../../lib/tco/scenario';

export type Job = { kind: 'analysis'; scenario: Scenario; pair: [StrategyId, StrategyId] } | { kind: 'uncertainty'; scenario: Scenario };
export type JobResult<J extends Job> = J extends { kind: 'analysis' } ? Analysis : UncertaintyResult | null;

export function runJob<J extends Job>(job: J): JobResult<J> {
  if (job.kind === 'analysis') return analyse(job.scenario, job.pair) as JobResult<J>;
  const book = findBook(job.scenario.priceBook);
  return (book ? uncertainty(job.scenario, uncertainRanges(book, job.scenario)) : null) as JobResult<J>;
}

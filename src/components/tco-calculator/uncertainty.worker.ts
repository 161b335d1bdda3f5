/**
 * The uncertainty run (10,000 draws, several hundred model runs) off the main
 * thread, so typing never waits for it: the page posts a scenario, the worker
 * answers with its ranges. Same pure functions as everywhere (src/lib/tco).
 */
import { uncertainRanges, uncertainty } from '../../lib/tco/analysis';
import { findBook } from '../../lib/tco/price-books';
import type { Scenario } from '../../lib/tco/scenario';

self.onmessage = (event: MessageEvent<{ id: number; scenario: Scenario }>) => {
  const { id, scenario } = event.data;
  const book = findBook(scenario.priceBook);
  if (!book) return;
  self.postMessage({ id, result: uncertainty(scenario, uncertainRanges(book, scenario)) });
};

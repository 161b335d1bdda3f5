/**
 * The calculator's analyses off the main thread, so neither typing nor
 * hydrating waits for them: break-even and sensitivity (a few hundred model
 * runs) and the uncertainty ranges (10,000 draws). The page posts a job, the
 * worker answers with its result under the job's id. Same pure functions as
 * everywhere (src/lib/tco); worker-client.ts runs them on the page where a
 * worker cannot start.
 */
import { runJob, type Job } from './jobs';

self.onmessage = (event: MessageEvent<{ id: number; job: Job }>) => {
  const { id, job } = event.data;
  self.postMessage({ id, result: runJob(job) });
};

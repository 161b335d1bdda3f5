/**
 * One worker for the calculator's analyses (analysis.worker.ts), started on
 * the first job. Where a worker cannot start or load (an old browser, a
 * strict policy), its jobs run on the page instead, each in a task of its own.
 */
import { runJob, type Job, type JobResult } from './jobs';

let worker: Worker | null | undefined; // undefined: not tried yet; null: none, the page computes
let lastId = 0;
const waiting = new Map<number, { job: Job; done: (result: unknown) => void }>();

function onPage(job: Job, done: (result: unknown) => void) {
  setTimeout(() => done(runJob(job)), 0);
}

function start(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    const w = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<{ id: number; result: unknown }>) => {
      const entry = waiting.get(e.data.id);
      waiting.delete(e.data.id);
      entry?.done(e.data.result);
    };
    // A worker that cannot load hands its jobs back to the page.
    w.onerror = () => {
      worker = null;
      for (const [id, entry] of waiting) {
        waiting.delete(id);
        onPage(entry.job, entry.done);
      }
    };
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

/** The job's result, from the worker (or the page). Every job is answered; callers drop answers they no longer need. */
export function ask<J extends Job>(job: J): Promise<JobResult<J>> {
  return new Promise((resolve) => {
    const done = resolve as (result: unknown) => void;
    const w = start();
    if (!w) return onPage(job, done);
    const id = ++lastId;
    waiting.set(id, { job, done });
    w.postMessage({ id, job });
  });
}

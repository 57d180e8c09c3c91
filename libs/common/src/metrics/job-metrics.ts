import type { Job, Worker } from 'bullmq';
import { jobDuration, jobFailures } from './registry.js';

function secondsOf(job: Job | undefined): number | null {
  return job?.processedOn && job.finishedOn ? (job.finishedOn - job.processedOn) / 1000 : null;
}

/** Counts a BullMQ worker's jobs in the metrics: durations by outcome, and failures, under its queue's name. */
export function observeJobs<W extends Worker>(worker: W): W {
  const queue = worker.name;
  worker.on('completed', (job: Job) => {
    const seconds = secondsOf(job);
    if (seconds !== null) jobDuration.observe({ queue, outcome: 'completed' }, seconds);
  });
  worker.on('failed', (job: Job | undefined) => {
    jobFailures.inc({ queue });
    const seconds = secondsOf(job);
    if (seconds !== null) jobDuration.observe({ queue, outcome: 'failed' }, seconds);
  });
  return worker;
}

/**
 * @module corpus/worker
 * Worker-thread entry of the analysis pool: receives batches of jobs, answers each batch with one
 * message holding its results.
 */
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './job.js';

if (!parentPort) throw new Error('corpus/worker must run as a worker thread');
const port = parentPort;
port.on('message', (batch: Job[]) => {
  port.postMessage(batch.map(runJob));
});

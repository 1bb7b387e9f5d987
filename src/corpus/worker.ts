/**
 * @module corpus/worker
 * Worker-thread entry of the analysis pool: receives batches of jobs, answers each batch with one
 * message holding its results; or, once the analyses are done, the rebuild's story grouping (see
 * AnalysisPool.stories).
 */
import { parentPort } from 'node:worker_threads';
import { runJob } from './job.js';
import type { WorkerReply, WorkerRequest } from './pool.js';
import { clusterStories } from './stories.js';

if (!parentPort) throw new Error('corpus/worker must run as a worker thread');
const port = parentPort;
port.on('message', (msg: WorkerRequest) => {
  const reply: WorkerReply = Array.isArray(msg) ? msg.map(runJob) : { stories: clusterStories(msg.stories) };
  port.postMessage(reply);
});

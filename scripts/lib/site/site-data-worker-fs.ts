/** Worker entry of `runSiteDataTask` (site-data-task-fs.ts): runs the task, posts its outcome. */
import { parentPort, workerData } from 'node:worker_threads';
import { writeSiteData, type SiteDataTask } from './site-data-task-fs.ts';

try {
  parentPort!.postMessage({ ok: true, value: await writeSiteData(workerData as SiteDataTask) });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
  parentPort!.postMessage({ ok: false, error: `${message}${cause}` });
}

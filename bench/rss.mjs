// Preloaded into a measured process (node --import bench/rss.mjs ...): when the process exits,
// writes its peak resident set size in bytes to the file named by CORROBORATE_BENCH_RSS_FILE.
// `process.resourceUsage().maxRSS` covers the whole process, worker threads included; workers
// inherit --import too, so only the main thread writes.
import * as fs from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.CORROBORATE_BENCH_RSS_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    try {
      fs.writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
    } catch {
      // The bench reports the RSS as unknown.
    }
  });
}

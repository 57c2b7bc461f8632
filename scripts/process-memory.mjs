// The memory of a process and all its descendants, read from /proc (Linux): what a build's
// peak is measured by in the benchmarks and in `npm run build:regions`.
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

/** The resident memory, in bytes, of the process `rootPid` and all its descendants (Pagefind runs as a child process). */
export function treeRss(rootPid) {
  const parents = new Map();
  const rss = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      rss.set(Number(name), Number(readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE);
    } catch {
      // The process ended while being read.
    }
  }
  const inTree = (pid) => {
    for (let p = pid; p > 1; p = parents.get(p) ?? 0) if (p === rootPid) return true;
    return false;
  };
  let total = 0;
  for (const [pid, bytes] of rss) if (inTree(pid)) total += bytes;
  return total;
}

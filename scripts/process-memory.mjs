// A build run and measured: the memory of a process and all its descendants, read from /proc
// (Linux), and a command (`astro build`, the search index) with its time and peak, for the benchmarks and `npm run build:regions`.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * Runs `node ...args` in `cwd` with `env` added to this process's environment; resolves, never
 * rejects, with its exit code, wall time, the peak memory of its process tree (sampled every
 * 200 ms) and its output. The benchmarks and `npm run build:regions` measure every build this way.
 */
export function measuredProcess(args, { cwd, env = {} }) {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 200);
    child.on('close', (code) => {
      clearInterval(sampler);
      done({ code, seconds: (performance.now() - started) / 1000, peakMb: peak / 1024 / 1024, output });
    });
  });
}

/** `astro build` (the project's own, under `project`), measured as `measuredProcess` measures. */
export function measuredBuild({ project, cwd = project, env = {}, args = [] }) {
  return measuredProcess([join(project, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], { cwd, env });
}

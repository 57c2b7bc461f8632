#!/usr/bin/env node
// `npm test`: every check a pull request must pass, with its own set-up. It makes sure Debian's
// Chromium is there for the browser tests (installing it when it can), type-checks the project
// and runs the unit, build and browser tests. On a Node.js too old for Astro it stops first.
import './require-node.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium';
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function run(command, args) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(`The browser tests need Debian's Chromium at ${CHROMIUM}. Install it as root with:\n\n  ${INSTALL}\n`);
    process.exit(1);
  }
  console.log(`Chromium is missing; installing Debian's package.`);
  run('sh', ['-c', `${INSTALL.replace('apt-get install', 'DEBIAN_FRONTEND=noninteractive apt-get install')}`]);
}

/** Runs every vitest project and ends with one plain line of counts taken from its JSON report. */
function runTests() {
  const folder = mkdtempSync(join(tmpdir(), 'hyvinvointipuu-test-'));
  const report = join(folder, 'vitest.json');
  console.log('\n$ vitest run');
  const result = spawnSync(
    'node_modules/.bin/vitest',
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {
      stdio: 'inherit',
      env,
    },
  );
  if (existsSync(report)) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = JSON.parse(readFileSync(report, 'utf8'));
    const skipped = numPendingTests + numTodoTests;
    console.log(`\nTests: ${numPassedTests} passed, ${numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
  }
  rmSync(folder, { recursive: true, force: true });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureChromium();
run('node_modules/.bin/astro', ['check']);
// Every file, `.astro` pages included, in the formatter's style: `npm run format` fixes it.
run('node_modules/.bin/prettier', ['--check', '.']);
runTests();

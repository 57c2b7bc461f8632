#!/usr/bin/env node
// `npm start`: builds the site for this computer and serves it at http://127.0.0.1:4321/. The
// public build (`npm run build`) needs the site's public address in SITE_URL; here the local
// address is that address, unless SITE_URL is set.
import './require-node.mjs';
import { spawnSync } from 'node:child_process';

const LOCAL = 'http://127.0.0.1:4321';
const env = { ...process.env, SITE_URL: process.env.SITE_URL || LOCAL };
const astro = (...args) => spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], { stdio: 'inherit', env });

const build = astro('build');
if (build.status !== 0) process.exit(build.status ?? 1);
const preview = astro('preview', '--host', '127.0.0.1', '--port', '4321');
process.exit(preview.status ?? 0);

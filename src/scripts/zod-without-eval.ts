/**
 * Zod probes for `new Function` to compile its checks when a schema is built. The content
 * security policy forbids eval, and the probe alone reports a violation (zod then goes
 * without), so the scripts that use the schemas import this module first, before any schema
 * is built.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });

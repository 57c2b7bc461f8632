import type { APIRoute } from 'astro';
import { editorSetup } from '~/data/editor-setup';

/** The browser editor's configuration, generated from the schemas (src/lib/editor/editor-config.ts). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(editorSetup(), null, 2), { headers: { 'Content-Type': 'application/json' } });

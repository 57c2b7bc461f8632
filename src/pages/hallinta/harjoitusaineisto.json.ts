import type { APIRoute } from 'astro';
import { contentRoot } from '~/lib/content-root';
import { practiceFiles } from '~/lib/editor/practice-files';
import { collectionNames } from '~/schemas/collections';

/** The content as files, for the editor's practice mode (`/hallinta/?harjoittelu`). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(practiceFiles(contentRoot(), collectionNames)), {
    headers: { 'Content-Type': 'application/json' },
  });

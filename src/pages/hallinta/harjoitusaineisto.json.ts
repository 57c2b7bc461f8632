import type { APIRoute } from 'astro';
import { settings } from '~/config/settings';
import { practiceFiles } from '~/lib/editor/practice-files';
import { collectionNames } from '~/schemas/collections';

/** The content as files, for the editor's practice mode (`/hallinta/?harjoittelu`). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(practiceFiles(settings.contentRoots, collectionNames)), {
    headers: { 'Content-Type': 'application/json' },
  });

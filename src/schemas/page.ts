import { z } from 'astro/zod';
import { calendarDateSchema } from './dates';

/** A maintainers' page such as the accessibility statement; Markdown or MDX in `content/pages/`. */
export const pageSchema = z
  .object({
    /** The page title, also its main heading. */
    title: z.string().trim().min(1),
    /** One sentence for search engines and link previews. */
    description: z.string().trim().min(1),
    /** When the page's content was last reviewed. */
    updated: calendarDateSchema,
  })
  .strict();

export type Page = z.output<typeof pageSchema>;

import { z } from 'astro/zod';
import { schemeOf } from '../lib/safe-url';
import { schemaMessage } from './messages';

function isAbsoluteUrl(value: string): boolean {
  try {
    return Boolean(new URL(value).host);
  } catch {
    return false;
  }
}

/** A web address (`https://` or `http://`), e.g. a website or a page about an event. */
export const webUrlSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const scheme = schemeOf(value);
    if (scheme !== 'https:' && scheme !== 'http:') {
      ctx.addIssue({ code: 'custom', message: schemaMessage('webAddressScheme') });
    } else if (!isAbsoluteUrl(value)) {
      ctx.addIssue({ code: 'custom', message: schemaMessage('fullWebAddress') });
    }
  });

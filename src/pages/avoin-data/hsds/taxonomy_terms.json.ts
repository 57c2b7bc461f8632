import type { APIRoute } from 'astro';
import { pageContext } from '~/data/site-content';
import { hsdsTaxonomyTermsExport } from '~/lib/endpoints/exports';

/** The wellbeing-tree branches as Open Referral HSDS 3.0 taxonomy terms. */
export const GET: APIRoute = async ({ site }) => hsdsTaxonomyTermsExport(await pageContext('fi'), site!);

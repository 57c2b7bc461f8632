import type { APIRoute } from 'astro';
import { pageContext } from '~/data/site-content';
import { hsdsOrganizationsExport } from '~/lib/endpoints/exports';

/** Active actors as Open Referral HSDS 3.0 organizations. */
export const GET: APIRoute = async ({ site }) => hsdsOrganizationsExport(await pageContext('fi'), site!);

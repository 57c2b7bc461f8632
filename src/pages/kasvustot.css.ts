import type { APIRoute } from 'astro';
import { loadSiteIndex } from '../data/site-content';
import { branchColourRules } from '../lib/branch-colours';

/** The branches' colours, linked by the pages that colour their branch sections. */
export const GET: APIRoute = async () => {
  const { branchesInOrder } = await loadSiteIndex();
  return new Response(branchColourRules(branchesInOrder.map((node) => node.entry)), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};

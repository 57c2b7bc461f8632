import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { settings } from '~/config/settings';

/**
 * A build for the public needs the public address: canonical links, language alternates,
 * posters, feeds and exports all carry it, and a poster printed with `localhost` on it points
 * nowhere. So `astro build` stops, in one sentence, when `SITE_URL` is not set; `npm start`
 * (scripts/start.mjs) sets the local address itself, and `astro dev` needs none.
 */
export function siteAddress(): AstroIntegration {
  return {
    name: 'hyvinvointipuu:site-address',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' || settings.site) return;
        const error = new AstroError(
          'Set SITE_URL to the public address of the site before building it, for example SITE_URL=https://hyvinvointipuu.kunta.fi npm run build (npm start builds and serves the site on this computer without it).',
        );
        error.stack = '';
        throw error;
      },
    },
  };
}

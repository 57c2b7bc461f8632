// Loads the project's TypeScript modules from plain Node scripts through Vite (which Astro
// already brings), so that command-line tools reuse src/lib instead of copying it.
import { createServer } from 'vite';

export async function withTypeScript(run) {
  const server = await createServer({
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    // `~/lib/urls` is `src/lib/urls` (tsconfig.json `paths`), as in the build.
    resolve: { tsconfigPaths: true },
    server: { middlewareMode: true, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    return await run((path) => server.ssrLoadModule(path));
  } finally {
    await server.close();
  }
}

/**
 * The checked settings (src/config/settings.ts). A setting in the wrong form ends the command
 * with the setting's own message, not a stack trace, as the build does.
 */
export async function settingsOf(load) {
  try {
    return (await load('/src/config/settings.ts')).settings;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}

// The browser editor at /hallinta/: loads the configuration generated from the schemas, teaches
// the editor how our files are read and written (src/lib/editor/entry-file.ts), and starts Sveltia
// CMS, which the build bundles with its fonts and interface texts (no CDN). `?harjoittelu` starts the practice
// mode: a copy of the content in this browser's own storage, saved nowhere else.
import { readEntryFile, writeEntryFile, type EntryFormat } from '../lib/editor/entry-file';

interface Setup {
  cms: Record<string, unknown>;
  formats: Record<string, EntryFormat & { extension: string }>;
  configured: boolean;
}

interface Cms {
  init(options: { config: Record<string, unknown> }): Promise<void>;
  registerCustomFormat(
    name: string,
    extension: string,
    methods: { fromFile(text: string): unknown; toFile(value: Record<string, unknown>): string },
  ): void;
}

/** The folder in the browser's private file system that the editor's test back-end works in. */
const PRACTICE_FOLDER = 'sveltia-cms-test';
const PREFERENCES_KEY = 'sveltia-cms.prefs';

/** Finnish is the editor's language unless the person has chosen another in its settings. */
function preferFinnish(): void {
  try {
    const preferences = JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}') as Record<string, unknown>;
    if (!preferences.locale) localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ ...preferences, locale: 'fi' }));
  } catch {
    // Storage may be blocked; the editor then follows the browser's language.
  }
}

/**
 * Copies the site's content into the practice folder, once: earlier practice is kept, unless the
 * page was opened to start over (`?harjoittelu&alusta`).
 */
async function preparePractice(startOver: boolean): Promise<void> {
  const storage = await navigator.storage.getDirectory();
  if (startOver) await storage.removeEntry(PRACTICE_FOLDER, { recursive: true }).catch(() => undefined);
  const root = await storage.getDirectoryHandle(PRACTICE_FOLDER, { create: true });
  for await (const _ of root.keys()) return;
  const files = (await (await fetch('/hallinta/harjoitusaineisto.json')).json()) as Record<string, string>;
  for (const [path, text] of Object.entries(files)) {
    const parts = path.split('/');
    let folder = root;
    for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
    const writable = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
    await writable.write(text);
    await writable.close();
  }
}

async function start(): Promise<void> {
  const query = new URLSearchParams(location.search);
  const practice = query.has('harjoittelu');
  const setup = (await (await fetch('/hallinta/asetukset.json')).json()) as Setup;
  if (!setup.configured && !practice) return;
  preferFinnish();
  if (practice) await preparePractice(query.has('alusta'));
  // Its own chunk, loaded only here: the public pages never load the editor.
  const { default: cms } = (await import('@sveltia/cms')) as unknown as { default: Cms };
  for (const [name, format] of Object.entries(setup.formats)) {
    cms.registerCustomFormat(name, format.extension, {
      fromFile: (text) => readEntryFile(text, format),
      toFile: (value) => writeEntryFile(value, format),
    });
  }
  document.getElementById('muokkaimen-ohje')?.remove();
  const config = practice ? { ...setup.cms, backend: { name: 'test-repo' }, publish_mode: 'simple' } : setup.cms;
  await cms.init({ config });
}

void start();

/**
 * The search page's own small search UI on Pagefind's JavaScript API. It replaces Pagefind's
 * default UI, which with its styles weighs about 140 KB before the first result: here the
 * first search fetches only Pagefind's search code, its WebAssembly, the language's index
 * metadata, the index chunks of the words searched, and the fragments of the results shown.
 * Filters are a plain form (`?q=…&kunta=…`), so every search has an address, and no filter
 * index is loaded until a filter is chosen.
 */
import {
  chosenFilters,
  emptyPagesLast,
  excerptParts,
  resultMessage,
  servedMunicipality,
  suggestedBranches,
  withSearchTerm,
} from '../lib/search/results';

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/** Results drawn at a time; "show more" draws the next ones. */
const PAGE = 10;

const form = document.querySelector<HTMLFormElement>('#haku-lomake')!;
const status = document.querySelector<HTMLElement>('#haku-viesti')!;
const list = document.querySelector<HTMLOListElement>('#haku-tulokset')!;
const more = document.querySelector<HTMLButtonElement>('#haku-lisaa')!;
const suggestions = document.querySelector<HTMLElement>('#haku-ehdotukset')!;
const config = JSON.parse(form.dataset.search!) as {
  /** This edition's own index, e.g. `/sv/pagefind/`. */
  bundle: string;
  texts: { zero: string; one: string; many: string; filtered: string; searching: string; servesAlso: string };
  filters: { key: string; name: string }[];
  /** The filter only empty branch pages carry (`EMPTY_PAGE_FILTER`). */
  emptyPageFilter: string;
  metaLabels: { key: string; label: string }[];
  /** The metadata keys of a result's municipality and of the others its actor works in. */
  municipalityMeta: string;
  servesMeta: string;
  branches: { name: string; description: string; href: string; main: boolean }[];
};
/** The municipality filter's name in the index, e.g. "Kunta". */
const municipalityFilter = config.filters.find((filter) => filter.key === 'kunta')!.name;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // The path comes from the page at run time, so that the bundler leaves Pagefind's own file alone.
  const path = `${config.bundle}pagefind.js`;
  pagefind ??= import(/* @vite-ignore */ path).then(async (module: Pagefind) => {
    // Searching on the page's own thread spares a second copy of the search code for a worker.
    // The index stores whole paths (`/sv/vimpeli/`); without `baseUrl: '/'` Pagefind would put
    // its folder's parent in front of them (`/sv/sv/vimpeli/`) in the Swedish and English editions.
    await module.options({ noWorker: true, excerptLength: 24, baseUrl: '/' });
    return module;
  });
  return pagefind;
}

async function resultItem(result: PagefindResult, filters: Record<string, string>): Promise<HTMLLIElement> {
  const data = await result.data();
  const item = document.createElement('li');
  item.className = 'hp-result';
  const title = document.createElement('a');
  title.className = 'hp-result__title';
  title.href = data.url;
  title.textContent = data.meta.title ?? data.url;
  const heading = document.createElement('h3');
  heading.append(title);
  const meta = document.createElement('p');
  meta.className = 'hp-card__meta';
  meta.textContent = config.metaLabels
    .filter(({ key }) => data.meta[key])
    .map(({ key, label }) => `${label}: ${data.meta[key]}`)
    .join(' · ');
  const excerpt = document.createElement('p');
  const parsed = new DOMParser().parseFromString(data.excerpt, 'text/html');
  for (const part of excerptParts(parsed.body.childNodes)) {
    if (!part.marked) excerpt.append(part.text);
    else excerpt.append(Object.assign(document.createElement('mark'), { textContent: part.text }));
  }
  item.append(heading, meta);
  // A regional actor found by a municipality filter says why: it also works there.
  const served = servedMunicipality(data.meta, filters[municipalityFilter], {
    municipality: config.municipalityMeta,
    serves: config.servesMeta,
  });
  if (served) {
    const reason = document.createElement('p');
    reason.className = 'hp-result__reason';
    reason.textContent = config.texts.servesAlso.replace('[MUNICIPALITY]', served);
    item.append(reason);
  }
  item.append(excerpt);
  return item;
}

let shown: PagefindResult[] = [];
let shownFilters: Record<string, string> = {};
let drawn = 0;

async function drawMore(): Promise<void> {
  const next = shown.slice(drawn, drawn + PAGE);
  drawn += next.length;
  list.append(...(await Promise.all(next.map((result) => resultItem(result, shownFilters)))));
  more.hidden = drawn >= shown.length;
}

/** After a search that found nothing: the branches that may be meant, and the A–Ö directory. */
function showSuggestions(term: string): void {
  const directory = suggestions.querySelector('#haku-ehdotus-hakemisto')!;
  const items = suggestedBranches(term, config.branches).map((branch) => {
    const item = document.createElement('li');
    item.append(Object.assign(document.createElement('a'), { href: branch.href, textContent: branch.name }));
    return item;
  });
  directory.parentElement!.replaceChildren(...items, directory);
  suggestions.hidden = false;
}

/** The edition switcher's links keep the search words, so the other edition searches them too. */
function keepTermInEditionLinks(term: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.hp-editions a[hreflang]')) {
    link.setAttribute('href', withSearchTerm(link.getAttribute('href')!, term));
  }
}

async function search(params: URLSearchParams): Promise<void> {
  const term = (params.get('q') ?? '').trim();
  const filters = chosenFilters(params, config.filters);
  keepTermInEditionLinks(term);
  suggestions.hidden = true;
  if (!term && Object.keys(filters).length === 0) return;
  status.textContent = config.texts.searching.replace('[SEARCH_TERM]', term);
  const pagefind = await loadPagefind();
  const [response, empty] = await Promise.all([
    pagefind.search(term || null, { filters }),
    pagefind.search(term || null, { filters: { ...filters, [config.emptyPageFilter]: '1' } }),
  ]);
  shown = emptyPagesLast(response.results, empty.results);
  shownFilters = filters;
  drawn = 0;
  list.replaceChildren();
  status.textContent = resultMessage(config.texts, term, shown.length);
  if (shown.length === 0) showSuggestions(term);
  await drawMore();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value) params.set(key, value);
  history.replaceState(null, '', `${location.pathname}?${params}`);
  void search(params);
});
more.addEventListener('click', () => void drawMore());

// The note about browsing without JavaScript is not needed once the search runs.
document.querySelector('#haku-ilman-javascriptia')?.remove();
const initial = new URLSearchParams(location.search);
for (const [key, value] of initial) {
  const field = form.elements.namedItem(key);
  if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
}
// A search that arrives with filters shows them, so the reader sees what narrowed it.
if (Object.keys(chosenFilters(initial, config.filters)).length) form.querySelector('details')?.setAttribute('open', '');
void search(initial);

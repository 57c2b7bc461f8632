/**
 * The submission forms' script: checks what is typed with the content's own schemas
 * (`src/lib/submissions/prepare.ts`), shows each problem next to its field and in a summary,
 * and once everything passes writes the submission as text to copy, an email and an issue.
 * Nothing is sent from here: the sender sends the email or the issue themselves. Everything
 * the sender typed reaches the page only as `textContent` or a field's value, never as markup.
 */
// First, so that no schema is built before zod is told to do without eval.
import './zod-without-eval';
import { helsinkiNow } from '../lib/events/event-facts';
import { issueHref, mailtoHref, submissionText } from '../lib/submissions/message';
import { correctionTargetKey, prepareSubmission, type FieldMessage, type PreparedSubmission } from '../lib/submissions/prepare';
import type { FormValues } from '../lib/submissions/values';
import type { SubmissionConfig } from '../lib/view-models/submission-page';

const form = document.querySelector<HTMLFormElement>('#ilmoita-lomake')!;
const config = JSON.parse(form.dataset.submission!) as SubmissionConfig;
const summary = document.querySelector<HTMLElement>('#ilmoita-virheet')!;
const output = document.querySelector<HTMLElement>('#ilmoita-valmis')!;
const text = document.querySelector<HTMLTextAreaElement>('#ilmoita-teksti')!;
const copied = document.querySelector<HTMLElement>('#ilmoita-kopioitu')!;

/** Fields the sender has left or changed: only these show their problems before the form is submitted. */
const touched = new Set<string>();
/** The problems each field shows now. */
let shown = new Map<string, string[]>();

function values(): FormValues {
  const all: Record<string, string[]> = {};
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') (all[name] ??= []).push(value);
  return Object.fromEntries(Object.entries(all).map(([name, list]) => [name, list.length === 1 ? list[0]! : list]));
}

function check(): PreparedSubmission {
  return prepareSubmission(config.kind, values(), {
    lang: config.lang,
    today: helsinkiNow().slice(0, 10),
    formUrl: config.formUrl,
    municipalities: config.municipalities.map(({ id }) => id),
    targets: config.targets,
    texts: config.texts,
  });
}

/** The element a field's problem is shown on: the input, or the fieldset of a group of checkboxes. */
function fieldElement(name: string): HTMLElement | null {
  return document.getElementById(`ilmoita-${name}`);
}

/** Where focus goes for a field: the input, or the first checkbox of a group. */
function focusTarget(name: string): HTMLElement | null {
  const element = fieldElement(name);
  return element instanceof HTMLFieldSetElement ? element.querySelector('input') : element;
}

function describedBy(element: HTMLElement, id: string, on: boolean): void {
  const ids = new Set((element.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
  if (on) ids.add(id);
  else ids.delete(id);
  if (ids.size) element.setAttribute('aria-describedby', [...ids].join(' '));
  else element.removeAttribute('aria-describedby');
}

function showField(name: string, messages: string[]): void {
  const element = fieldElement(name);
  const error = document.getElementById(`ilmoita-${name}-virhe`);
  if (!element || !error) return;
  error.textContent = messages.join(' ');
  error.hidden = messages.length === 0;
  if (messages.length) element.setAttribute('aria-invalid', 'true');
  else element.removeAttribute('aria-invalid');
  describedBy(element, error.id, messages.length > 0);
}

function byField(problems: FieldMessage[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { field, message } of problems) map.set(field, [...(map.get(field) ?? []), message]);
  return map;
}

/** The summary's links, one per problem, in the order of the form. */
function drawSummary(): void {
  const list = summary.querySelector('ul')!;
  const items = [...shown].flatMap(([name, messages]) =>
    messages.map((message) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${focusTarget(name)?.id ?? 'ilmoita-lomake'}`;
      link.textContent = name ? `${config.labels[name] ?? name}: ${message}` : message;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        focusTarget(name)?.focus();
      });
      item.append(link);
      return item;
    }),
  );
  list.replaceChildren(...items);
  if (!items.length) summary.hidden = true;
}

/**
 * Shows the problems of the fields in `fields`; `adding` false only takes away problems that
 * are gone, so that a field does not complain while it is being typed into.
 */
function render(problems: FieldMessage[], fields: Iterable<string>, adding = true): void {
  const current = byField(problems);
  const next = new Map(shown);
  for (const name of fields) {
    const messages = current.get(name) ?? [];
    if (!adding && messages.length && !next.has(name)) continue;
    if (messages.length) next.set(name, messages);
    else next.delete(name);
    showField(name, messages);
  }
  // Keep the form's order, whatever order the fields were touched in.
  const order = [...form.elements].map((element) => (element as HTMLInputElement).name);
  shown = new Map([...next].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
  if (!summary.hidden) drawSummary();
}

function hideOutput(): void {
  output.hidden = true;
  copied.textContent = '';
}

function showWay(id: string, href: string | undefined, label: string): void {
  const item = document.getElementById(`ilmoita-tapa-${id}`)!;
  const link = item.querySelector('a')!;
  item.hidden = !href;
  if (href) {
    link.href = href;
    link.textContent = label;
  }
}

function showOutput(prepared: Extract<PreparedSubmission, { ok: true }>): void {
  const { draft } = prepared;
  text.value = submissionText(draft);
  showWay(
    'sahkoposti',
    config.email ? mailtoHref(config.email, draft) : undefined,
    config.texts.sendEmail.replace('{email}', config.email ?? ''),
  );
  showWay('issue', config.repository ? issueHref(config.repository, draft) : undefined, config.texts.sendIssue);
  // With neither configured, the text goes to the municipality, through its own website.
  const municipalityId =
    config.kind === 'correction' ? config.targets[String(values().target)]?.municipality : String(values().municipality);
  const municipality = config.municipalities.find(({ id }) => id === municipalityId);
  showWay(
    'kunta',
    config.email || config.repository ? undefined : municipality?.website,
    config.texts.sendMunicipality.replace('{municipality}', municipality?.name ?? ''),
  );
  output.hidden = false;
  output.focus();
}

/** The organiser and venue choices of the chosen municipality. */
function fillChoices(): void {
  const municipality = String(values().municipality ?? '');
  const choices = config.choices[municipality];
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-by-municipality]')) {
    const kept = select.value;
    const first = select.options[0]!;
    if (select.name !== 'venue') first.textContent = choices ? config.texts.choose : config.texts.chooseMunicipalityFirst;
    const options = (choices?.[select.name === 'venue' ? 'venue' : 'organiser'] ?? []).map((choice) => {
      const option = document.createElement('option');
      option.value = choice.value;
      option.textContent = choice.label;
      return option;
    });
    select.replaceChildren(first, ...options);
    select.value = options.some((option) => option.value === kept) ? kept : '';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const prepared = check();
  for (const element of form.elements) if ((element as HTMLInputElement).name) touched.add((element as HTMLInputElement).name);
  if (!prepared.ok) {
    hideOutput();
    summary.hidden = false;
    render(prepared.problems, new Set([...touched, ...prepared.problems.map(({ field }) => field)]));
    summary.focus();
    return;
  }
  render([], touched);
  summary.hidden = true;
  showOutput(prepared);
});

/**
 * A field shows its problems once the sender leaves it with something written in it, or makes
 * a choice. A field left empty is told it is needed only on submitting: passing through the
 * form must not fill it with messages, nor move the next field away from under the pointer.
 */
function left(event: Event): void {
  const target = event.target as HTMLInputElement;
  const name = target.name;
  // Moving between the checkboxes of one group is not leaving it.
  if (!name || (event instanceof FocusEvent && (event.relatedTarget as HTMLInputElement | null)?.name === name)) return;
  if (event.type === 'focusout' && !touched.has(name) && !target.value.trim()) return;
  touched.add(name);
  const prepared = check();
  render(prepared.ok ? [] : prepared.problems, touched);
}
form.addEventListener('focusout', left);
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).matches('select[name="municipality"]')) fillChoices();
  left(event);
});
form.addEventListener('input', () => {
  // What was written before no longer matches the form.
  hideOutput();
  const prepared = check();
  render(prepared.ok ? [] : prepared.problems, touched, false);
});

document.querySelector('#ilmoita-kopioi')!.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(text.value);
    copied.textContent = config.texts.copied;
  } catch {
    // The clipboard API is refused on plain http and in some browsers: the older command still copies a selection.
    text.focus();
    text.select();
    copied.textContent = document.execCommand('copy') ? config.texts.copied : config.texts.copyFailed;
  }
});

// `?kunta=vimpeli`, `?kasvusto=…` and `?kohde=actors/vimpeli/spr-vimpelin-osasto` fill in the
// form, as the links of the calendars and the entry pages do; a value the form does not list is ignored.
const params = new URLSearchParams(location.search);
for (const [param, name] of [
  ['kunta', 'municipality'],
  ['kasvusto', 'branch'],
] as const) {
  const select = form.elements.namedItem(name);
  const value = params.get(param);
  if (select instanceof HTMLSelectElement && value && [...select.options].some((option) => option.value === value)) {
    select.value = value;
  }
}
const targetSelect = form.elements.namedItem('target');
const target = correctionTargetKey(params.get('kohde'), config.targets);
if (targetSelect instanceof HTMLSelectElement && target) targetSelect.value = target;
if (config.kind === 'event') fillChoices();

document.querySelector('#ilmoita-ilman-javascriptia')?.remove();
form.hidden = false;

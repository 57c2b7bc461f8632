import { actorKinds } from '~/schemas/actor';
import { audiences, eventKinds } from '~/schemas/event';
import { languageName, languages, type Language } from '~/i18n/languages';
import { municipalityOfId } from '../entry-id';
import { parseRepository, type ForgeRepository } from '../forge';
import { dictionaries, type UiKey } from '../i18n';
import { localize } from '../localize';
import { actorsWorkingIn, isListed } from '../site-index';
import { titleField } from '../submissions/event';
import type { SubmissionKind } from '../submissions/message';
import type { CorrectionTarget, SubmissionContext } from '../submissions/prepare';
import { urls } from '../urls';
import type { Crumb } from './common';
import type { PageContext } from '../page-context';

/** A choice of a select or a group of checkboxes; `lang` when its label is in another language (a Finnish fallback). */
export interface FieldOption {
  value: string;
  label: string;
  lang?: Language | undefined;
}

/** One field of a form, as the page draws it. */
export interface FormField {
  name: string;
  /** The element's id: `ilmoita-<name>`. */
  id: string;
  label: string;
  hint?: string | undefined;
  type: 'text' | 'email' | 'tel' | 'url' | 'date' | 'time' | 'textarea' | 'select' | 'checkboxes' | 'checkbox';
  required?: boolean;
  autocomplete?: string;
  inputmode?: 'numeric' | 'decimal' | 'tel' | 'email' | 'url';
  /** A select's first choice, standing for "nothing chosen". */
  placeholder?: string;
  options?: FieldOption[];
  /** A select's choices in groups (the correction's entries by kind). */
  groups?: { label: string; options: FieldOption[] }[];
  /** Whether the script fills the choices from the chosen municipality (organisers, venues). */
  byMunicipality?: boolean;
  rows?: number;
}

export interface FormSection {
  /** The fieldset's legend. */
  legend: string;
  hint?: string | undefined;
  fields: FormField[];
}

/** What the page's script needs: the form's kind, the checks' words, the choices by municipality and the ways to send. */
export interface SubmissionConfig {
  kind: SubmissionKind;
  lang: Language;
  formUrl: string;
  municipalities: { id: string; name: string; website: string }[];
  /** Actors and venues of each municipality, for the organiser and venue selects. */
  choices: Record<string, { organiser: FieldOption[]; venue: FieldOption[] }>;
  targets: Record<string, CorrectionTarget>;
  email?: string | undefined;
  repository?: ForgeRepository | undefined;
  /** Field names as the error summary shows them. */
  labels: Record<string, string>;
  texts: SubmissionContext['texts'] & {
    chooseMunicipalityFirst: string;
    choose: string;
    copied: string;
    copyFailed: string;
    /** "… {email}" and "… {municipality}": filled by the script. */
    sendEmail: string;
    sendIssue: string;
    sendMunicipality: string;
  };
}

export interface SubmissionPage {
  kind: SubmissionKind;
  heading: string;
  intro: string;
  sections: FormSection[];
  config: SubmissionConfig;
  /** What the page says when the script does not run: the facts to send, and where. */
  withoutScript: { text: string; facts: string; email?: string | undefined; municipalities: { label: string; href: string }[] };
  /** The other two forms, for a reader who came to the wrong one. */
  otherForms: { label: string; href: string }[];
  breadcrumbs: Crumb[];
}

const HEADINGS: Record<SubmissionKind, UiKey> = {
  event: 'submit.event.heading',
  actor: 'submit.actor.heading',
  correction: 'submit.correction.heading',
};

const COLLECTIONS = ['actors', 'fruits', 'events'] as const;

/** The entries a correction can be about, by `<collection>/<id>`: every actor (defunct ones too), fruit and event. */
function correctionTargets(ctx: PageContext, site: URL): Record<string, CorrectionTarget> {
  const { index, lang } = ctx;
  const targets: Record<string, CorrectionTarget> = {};
  const add = (collection: (typeof COLLECTIONS)[number], id: string, title: string, page: string) => {
    targets[`${collection}/${id}`] = {
      title,
      file: `content/${collection}/${id}.md`,
      page: new URL(page, site).href,
      municipality: municipalityOfId(id),
    };
  };
  for (const actor of index.actors) add('actors', actor.id, actor.data.name, urls.actor(lang, actor.id));
  for (const fruit of index.fruits) add('fruits', fruit.id, localize(fruit.data.title, lang).text, urls.fruit(lang, fruit.id));
  for (const event of index.events) {
    add(
      'events',
      event.id,
      `${localize(event.data.title, lang).text} ${event.data.start.slice(0, 10)}`,
      urls.event(lang, event.id),
    );
  }
  return targets;
}

/** What every form's fields are built from: the edition's words and the content's choices. */
interface FormKit {
  t: PageContext['t'];
  lang: Language;
  field: (name: string, type: FormField['type'], extra?: Partial<FormField>) => FormField;
  hint: (key: string) => string;
  municipalities: SubmissionConfig['municipalities'];
  municipalityField: FormField;
  branchOptions: FieldOption[];
}

function formKit({ t, lang, index }: PageContext): FormKit {
  const field = (name: string, type: FormField['type'], extra: Partial<FormField> = {}): FormField => ({
    name,
    id: `ilmoita-${name}`,
    type,
    ...extra,
    label: extra.label ?? t(`submit.field.${name}` as UiKey),
  });
  const municipalities = index.municipalities.map((municipality) => ({
    id: municipality.id,
    name: localize(municipality.data.name, lang).text,
    website: municipality.data.website,
  }));
  return {
    t,
    lang,
    field,
    hint: (key) => t(`submit.hint.${key}` as UiKey),
    municipalities,
    municipalityField: field('municipality', 'select', {
      required: true,
      placeholder: t('submit.choose'),
      options: municipalities.map(({ id, name }) => ({ value: id, label: name })),
    }),
    branchOptions: index.branchesInOrder.map(({ entry, depth }) => {
      const name = localize(entry.data.name, lang);
      // A sub-branch is marked by a dash, as an option can hold no markup to indent it.
      return { value: entry.id, label: `${'– '.repeat(depth)}${name.text}`, lang: name.fallback ? name.lang : undefined };
    }),
  };
}

/** The sections every form ends with: who sends it (optional) and the consent to publish. */
function senderAndConsent({ t, field, hint }: FormKit, kind: SubmissionKind): FormSection[] {
  return [
    {
      legend: t('submit.section.sender'),
      hint: t('submit.hint.sender'),
      fields: [
        field('senderName', 'text', { autocomplete: 'name' }),
        field('senderEmail', 'email', { autocomplete: 'email', hint: hint('email') }),
        field('senderPhone', 'tel', { autocomplete: 'tel', hint: hint('phone') }),
      ],
    },
    {
      legend: t('submit.section.consent'),
      hint: t(`submit.hint.consent.${kind}` as UiKey),
      fields: [field('consent', 'checkbox')],
    },
  ];
}

/**
 * The event's name in Finnish (required) and in each other language of the registry
 * (optional). A language whose dictionary has no label of its own ("Nimi ruotsiksi") is named
 * by the language data: "Nimi, pohjoissaame".
 */
function titleFields({ t, lang, field, hint }: FormKit): FormField[] {
  return languages.map((code) => {
    const name = titleField(code);
    if (code === 'fi') return field(name, 'text', { required: true });
    const ownLabel = `submit.field.${name}` in dictionaries.fi;
    return field(name, 'text', {
      hint: hint('translation'),
      ...(ownLabel ? {} : { label: t('submit.field.titleIn', { language: languageName(code, lang) }) }),
    });
  });
}

/** The event form: what, when, where, who organises it, a description and whom to ask. */
function eventSections(kit: FormKit): FormSection[] {
  const { t, field, hint, municipalityField, branchOptions } = kit;
  return [
    {
      legend: t('submit.section.event'),
      fields: [
        ...titleFields(kit),
        municipalityField,
        field('branch', 'select', {
          required: true,
          placeholder: t('submit.choose'),
          options: branchOptions,
          hint: hint('branch'),
        }),
        field('kind', 'select', {
          required: true,
          placeholder: t('submit.choose'),
          options: eventKinds.map((value) => ({ value, label: t(`eventKind.${value}`) })),
        }),
        field('audience', 'checkboxes', {
          hint: hint('audience'),
          options: audiences.map((value) => ({ value, label: t(`audience.${value}`) })),
        }),
      ],
    },
    {
      legend: t('submit.section.time'),
      fields: [
        field('startDate', 'date', { required: true, hint: hint('date') }),
        field('startTime', 'time', { hint: hint('startTime') }),
        field('endDate', 'date', { hint: hint('endDate') }),
        field('endTime', 'time'),
      ],
    },
    {
      legend: t('submit.section.place'),
      hint: t('submit.hint.placeSection'),
      fields: [
        field('venue', 'select', { placeholder: t('submit.notListed'), byMunicipality: true }),
        field('place', 'text', { hint: hint('place') }),
      ],
    },
    {
      legend: t('submit.section.organisers'),
      hint: t('submit.hint.organisers'),
      fields: [
        field('organiser', 'select', {
          required: true,
          placeholder: t('submit.chooseMunicipalityFirst'),
          byMunicipality: true,
        }),
        field('coOrganiser', 'select', { placeholder: t('submit.chooseMunicipalityFirst'), byMunicipality: true }),
        field('otherOrganiser', 'text', { hint: hint('otherOrganiser') }),
      ],
    },
    {
      legend: t('submit.section.description'),
      fields: [
        field('summary', 'textarea', { required: true, rows: 3, hint: hint('summary') }),
        field('body', 'textarea', { rows: 8, hint: hint('body') }),
      ],
    },
    {
      legend: t('submit.section.info'),
      hint: t('submit.hint.info'),
      fields: [
        field('infoName', 'text'),
        field('infoPhone', 'tel', { hint: hint('phone') }),
        field('infoEmail', 'email', { hint: hint('email') }),
      ],
    },
  ];
}

/** The actor form: the actor, its contact details, a contact person and its registry numbers. */
function actorSections({ t, field, hint, municipalityField, branchOptions }: FormKit): FormSection[] {
  return [
    {
      legend: t('submit.section.actor'),
      fields: [
        field('name', 'text', { required: true, hint: hint('name') }),
        municipalityField,
        field('kind', 'select', {
          label: t('submit.field.actorKind'),
          required: true,
          placeholder: t('submit.choose'),
          options: actorKinds.map((value) => ({ value, label: t(`actorKind.${value}`) })),
        }),
        field('branches', 'checkboxes', { required: true, options: branchOptions, hint: hint('branches') }),
        field('description', 'textarea', { required: true, rows: 3, hint: hint('description') }),
        field('body', 'textarea', { label: t('submit.field.actorBody'), rows: 8, hint: hint('body') }),
      ],
    },
    {
      legend: t('submit.section.contact'),
      fields: [
        field('email', 'email', { hint: hint('actorEmail') }),
        field('website', 'url', { hint: hint('website') }),
        field('street', 'text', { autocomplete: 'address-line1' }),
        field('postalCode', 'text', { inputmode: 'numeric', autocomplete: 'postal-code', hint: hint('postalCode') }),
        field('city', 'text', { autocomplete: 'address-level2' }),
      ],
    },
    {
      legend: t('submit.section.contactPerson'),
      hint: t('submit.hint.contactPerson'),
      fields: [
        field('contactRole', 'text', { hint: hint('contactRole') }),
        field('contactName', 'text'),
        field('contactPhone', 'tel', { hint: hint('phone') }),
        field('contactEmail', 'email', { hint: hint('email') }),
      ],
    },
    {
      legend: t('submit.section.identifiers'),
      fields: [
        field('businessId', 'text', { hint: hint('businessId') }),
        field('associationRegisterNumber', 'text', { inputmode: 'decimal', hint: hint('associationRegisterNumber') }),
      ],
    },
  ];
}

/** The correction form: which entry, what is wrong and what is right. */
function correctionSections({ t, field, hint, municipalities }: FormKit, targets: SubmissionConfig['targets']): FormSection[] {
  return [
    {
      legend: t('submit.section.correction'),
      fields: [
        field('target', 'select', {
          required: true,
          placeholder: t('submit.choose'),
          hint: hint('target'),
          groups: COLLECTIONS.map((collection) => ({
            label: t(`submit.collection.${collection}` as UiKey),
            options: Object.entries(targets)
              .filter(([key]) => key.startsWith(`${collection}/`))
              .map(([value, target]) => ({
                value,
                label: `${target.title} (${municipalities.find(({ id }) => id === target.municipality)?.name ?? target.municipality})`,
              })),
          })),
        }),
        field('problem', 'textarea', { required: true, rows: 4, hint: hint('problem') }),
        field('correction', 'textarea', { rows: 4, hint: hint('correction') }),
      ],
    },
  ];
}

/** For the event form, each municipality's organisers (actors working there) and venues. */
function eventChoices(index: PageContext['index'], municipalities: FormKit['municipalities']): SubmissionConfig['choices'] {
  const choices: SubmissionConfig['choices'] = {};
  for (const { id } of municipalities) {
    choices[id] = {
      organiser: actorsWorkingIn(index, id)
        .filter(isListed)
        .map((actor) => ({ value: actor.id, label: actor.data.name })),
      venue: [...index.venue.values()]
        .filter((venue) => municipalityOfId(venue.id) === id)
        .map((venue) => ({ value: venue.id, label: venue.data.name })),
    };
  }
  return choices;
}

/**
 * One of the three submission forms of an edition: its fields in sections, the choices from
 * the content (municipalities, branches, actors and venues by municipality, entries to
 * correct), the words of its checks and where the finished submission can be sent.
 */
export function buildSubmissionPage(ctx: PageContext, kind: SubmissionKind, site: URL): SubmissionPage {
  const { t, lang, index } = ctx;
  // Where submissions go: the repository's issues, or email, or the municipality's own website.
  const settings = ctx.settings.corrections;
  const targets = kind === 'correction' ? correctionTargets(ctx, site) : {};
  const kit = formKit(ctx);
  const { municipalities } = kit;
  const sections = [
    ...(kind === 'event' ? eventSections(kit) : kind === 'actor' ? actorSections(kit) : correctionSections(kit, targets)),
    ...senderAndConsent(kit, kind),
  ];
  const choices = kind === 'event' ? eventChoices(index, municipalities) : {};

  const labels = Object.fromEntries(sections.flatMap((section) => section.fields.map((f) => [f.name, f.label])));
  const repository = parseRepository(settings.repository, settings.forge);
  const formUrl = new URL(
    urls[kind === 'event' ? 'submitEvent' : kind === 'actor' ? 'submitActor' : 'submitCorrection'](lang),
    site,
  ).href;
  const otherForms = (['event', 'actor', 'correction'] as const)
    .filter((other) => other !== kind)
    .map((other) => ({
      label: t(HEADINGS[other]),
      href: other === 'event' ? urls.submitEvent(lang) : other === 'actor' ? urls.submitActor(lang) : urls.submitCorrection(lang),
    }));

  return {
    kind,
    heading: t(HEADINGS[kind]),
    intro: t(`submit.${kind}.intro` as UiKey),
    sections,
    config: {
      kind,
      lang,
      formUrl,
      municipalities,
      choices,
      targets,
      email: settings.email,
      repository,
      labels,
      texts: {
        expected: t('submit.error.expected'),
        required: t('submit.error.required'),
        chooseMunicipalityFirst: t('submit.chooseMunicipalityFirst'),
        choose: t('submit.choose'),
        copied: t('submit.ready.copied'),
        copyFailed: t('submit.ready.copyFailed'),
        sendEmail: t('submit.ready.email'),
        sendIssue: t('submit.ready.issue'),
        sendMunicipality: t('submit.ready.municipality'),
      },
    },
    withoutScript: {
      text: settings.email ? t('submit.noScript.email', { email: settings.email }) : t('submit.noScript.municipality'),
      facts: t(`submit.noScript.facts.${kind}` as UiKey),
      email: settings.email,
      municipalities: settings.email ? [] : municipalities.map(({ name, website }) => ({ label: name, href: website })),
    },
    otherForms,
    breadcrumbs: [{ label: t('nav.home'), href: urls.home(lang) }, { label: t(HEADINGS[kind]) }],
  };
}

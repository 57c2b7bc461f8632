import ICAL from 'ical.js';
import { roleContactText, type ContactFacts, type PhoneFact } from './contact-facts';

function addText(card: ICAL.Component, name: string, value: string | undefined): void {
  if (value) card.addPropertyWithValue(name, value);
}

function addPhone(card: ICAL.Component, phone: PhoneFact): void {
  const property = new ICAL.Property('tel');
  property.resetType('uri');
  property.setValue(`tel:${phone.number}`);
  property.setParameter('type', ['work', phone.type]);
  card.addProperty(property);
}

/**
 * vCard's REV is when the card's facts last changed: here the day a person confirmed them
 * (`2018-06-13` → `20180613T000000Z`), which also keeps the file the same between builds.
 */
function revisionOf(verified: string): string {
  return `${verified.replace(/-/g, '')}T000000Z`;
}

/**
 * One actor as a vCard 4.0 (RFC 6350) of KIND `org`. Role contacts have no person to hold
 * them, so their addresses and numbers are the organisation's own (TYPE=work), and the note
 * says which role each belongs to.
 */
function actorVCard(facts: ContactFacts): ICAL.Component {
  const card = new ICAL.Component('vcard');
  card.addPropertyWithValue('version', '4.0');
  card.addPropertyWithValue('kind', 'org');
  card.addPropertyWithValue('uid', `urn:uuid:${facts.uuid}`);
  card.addPropertyWithValue('fn', facts.name);
  card.addPropertyWithValue('org', facts.name);
  addText(card, 'nickname', facts.alternateName);
  addText(card, 'email', facts.email);
  for (const contact of facts.contacts) {
    addText(card, 'email', contact.email);
    for (const phone of contact.phones) addPhone(card, phone);
  }
  if (facts.address) {
    const address = new ICAL.Property('adr');
    address.setValue(['', '', facts.address.street, facts.address.city, '', facts.address.postalCode, 'Suomi']);
    card.addProperty(address);
  }
  addText(card, 'url', facts.website);
  const categories = new ICAL.Property('categories');
  categories.setValues([facts.kind, ...facts.branches]);
  card.addProperty(categories);
  card.addPropertyWithValue('note', [facts.description, ...facts.contacts.map(roleContactText)].join('\n'));
  card.addPropertyWithValue('source', facts.pageUrl);
  card.addPropertyWithValue('rev', revisionOf(facts.verified));
  return card;
}

/** Every actor in one `.vcf` file, which address books import as many contacts at once. */
export function vCardFile(facts: ContactFacts[]): string {
  return facts.map((fact) => `${actorVCard(fact).toString()}\r\n`).join('');
}

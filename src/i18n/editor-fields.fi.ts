import { languageName, type Language } from './languages';

/**
 * The browser editor's Finnish labels and help texts, one per schema field, by collection and
 * field path (`contacts.phones.number`). The editor's fields themselves come from the schemas
 * (src/lib/editor/); a unit test fails when a schema field has no label or help text here.
 */
export interface FieldText {
  label: string;
  hint: string;
}

type Texts = Record<string, FieldText>;

const localized: Partial<Record<Language, FieldText>> = {
  fi: { label: 'suomeksi', hint: 'Pakollinen.' },
  sv: { label: 'ruotsiksi', hint: 'Vapaaehtoinen; ruotsinkielinen sivu näyttää muuten suomenkielisen tekstin.' },
  en: { label: 'englanniksi', hint: 'Vapaaehtoinen; englanninkielinen sivu näyttää muuten suomenkielisen tekstin.' },
};

/**
 * The label of a text's part in one language (`description.fi`, …). A language added to the
 * registry without words here is named as the language data names it ("pohjoissaame (se)").
 */
export function languagePartText(lang: Language): FieldText {
  return (
    localized[lang] ?? {
      label: `${languageName(lang, 'fi')} (${lang})`,
      hint: 'Vapaaehtoinen; tämän kielen sivu näyttää muuten suomenkielisen tekstin.',
    }
  );
}

const body: FieldText = {
  label: 'Pidempi esittely',
  hint: 'Näkyy sivulla kuvauksen jälkeen. Kappaleet erotetaan tyhjällä rivillä.',
};
const note: FieldText = {
  label: 'Huomautus',
  hint: 'Lähteet tai avoimet kysymykset vain henkilökunnalle; näkyy raportissa ”Vahvistettavat tiedot”, ei koskaan julkisilla sivuilla.',
};

export const editorFieldTexts: Record<string, Texts> = {
  actors: {
    name: { label: 'Nimi', hint: 'Virallinen nimi, esimerkiksi ”Vimpelin SPR” tai ”Evijärven Yrittäjät ry”.' },
    alternateName: { label: 'Muu nimi', hint: 'Lyhenne tai nimi, jolla toimija tunnetaan.' },
    kind: { label: 'Tyyppi', hint: 'Millainen toimija on.' },
    branches: { label: 'Kasvustot', hint: 'Hyvinvointipuun oksat, joihin toimija kuuluu; tärkein ensin.' },
    description: { label: 'Kuvaus', hint: 'Yksi tai kaksi virkettä siitä, mitä toimija tekee; näkyy listoissa.' },
    serves: { label: 'Toimii myös kunnissa', hint: 'Muut kunnat, joissa toimija toimii, esimerkiksi yhteishanke.' },
    contacts: { label: 'Yhteyshenkilöt', hint: 'Yhteystiedot tehtävän mukaan, esimerkiksi puheenjohtaja tai toimisto.' },
    'contacts.title': { label: 'Tehtävä', hint: 'Esimerkiksi ”puheenjohtaja”, ”sihteeri” tai ”toimisto”.' },
    'contacts.name': { label: 'Henkilön nimi', hint: 'Vain henkilön luvalla; lupa kirjataan pull requestiin.' },
    'contacts.email': { label: 'Sähköposti', hint: 'Esimerkiksi puheenjohtaja@yhdistys.fi.' },
    'contacts.phones': { label: 'Puhelinnumerot', hint: 'Henkilön oma numero vain hänen luvallaan.' },
    'contacts.phones.number': { label: 'Numero', hint: 'Esimerkiksi 06 123 4567 tai +358 6 123 4567.' },
    'contacts.phones.type': { label: 'Linja', hint: 'Puhe, tekstiviesti tai faksi.' },
    'contacts.phones.description': { label: 'Lisätieto', hint: 'Milloin soittaa, esimerkiksi ”arkisin klo 9–15”.' },
    email: { label: 'Sähköposti', hint: 'Toimijan yleinen osoite, esimerkiksi info@yhdistys.fi.' },
    website: { label: 'Verkkosivut', hint: 'Koko osoite, esimerkiksi https://www.yhdistys.fi/.' },
    address: { label: 'Osoite', hint: 'Käynti- tai postiosoite.' },
    'address.street': { label: 'Katuosoite', hint: 'Esimerkiksi Kauppatie 1.' },
    'address.postalCode': { label: 'Postinumero', hint: 'Viisi numeroa, esimerkiksi 62900.' },
    'address.city': { label: 'Postitoimipaikka', hint: 'Esimerkiksi Alajärvi.' },
    identifiers: { label: 'Tunnisteet', hint: 'Y-tunnus ja yhdistysrekisterinumero, jos on.' },
    'identifiers.businessId': { label: 'Y-tunnus', hint: 'Esimerkiksi 1234567-1; tarkistusnumero tarkistetaan.' },
    'identifiers.associationRegisterNumber': { label: 'Yhdistysrekisterinumero', hint: 'Esimerkiksi 123.456.' },
    languages: { label: 'Palvelukielet', hint: 'Kielikoodit, esimerkiksi fi, sv, en.' },
    status: { label: 'Tila', hint: 'Lakanneet toimijat poistuvat listoista, mutta niiden sivu säilyy.' },
    verified: {
      label: 'Tiedot vahvistettu',
      hint: 'Päivä, jona joku varmisti tiedot oikeiksi (ei viimeisen muokkauksen päivä).',
    },
    note,
    body,
  },
  fruits: {
    title: { label: 'Otsikko', hint: 'Lyhyt otsikko, joka näkyy omenassa.' },
    branch: { label: 'Kasvusto', hint: 'Oksa, jolla omena kasvaa.' },
    partners: { label: 'Kumppanit', hint: 'Toimijat, jotka saivat tuloksen aikaan yhdessä; myös muista kunnista.' },
    date: { label: 'Ajankohta', hint: 'Vuosi, esimerkiksi 2018, tai päivä muodossa 2018-04-17.' },
    kind: { label: 'Tyyppi', hint: 'Millainen kumppanuuden hedelmä on.' },
    attraction: { label: 'Nähtävyys', hint: 'Näytetäänkö matkailijoille ja muuttajille.' },
    summary: { label: 'Tiivistelmä', hint: 'Yksi tai kaksi virkettä tuloksesta; näkyy listoissa.' },
    image: { label: 'Kuva', hint: 'Kuva ja sen tekstivastine.' },
    'image.src': { label: 'Kuvatiedosto', hint: 'Kuva tallentuu kansioon public/kuvat/.' },
    'image.alt': { label: 'Tekstivastine', hint: 'Mitä kuvassa näkyy, niille jotka eivät näe kuvaa. Pakollinen.' },
    note,
    body: { label: 'Tarina', hint: 'Miten tulos syntyi. Kappaleet erotetaan tyhjällä rivillä.' },
  },
  events: {
    title: { label: 'Nimi', hint: 'Tapahtuman nimi.' },
    start: { label: 'Alkaa', hint: 'Päivä ja kellonaika Suomen aikaa.' },
    end: { label: 'Päättyy', hint: 'Jätä tyhjäksi, jos vain alkamisaika tiedetään. Ei ennen alkua.' },
    status: { label: 'Tila', hint: 'Varattu päivä (tiedot tarkentuvat), vahvistettu tai peruttu.' },
    place: { label: 'Paikka', hint: 'Paikan nimi ja osoite; tai valitse alta tapahtumapaikka.' },
    'place.name': { label: 'Paikan nimi', hint: 'Esimerkiksi ”Seurantalo”.' },
    'place.address': { label: 'Osoite', hint: 'Katuosoite ja paikkakunta.' },
    venue: { label: 'Tapahtumapaikka', hint: 'Luettelon paikka; saman paikan samanaikaiset tapahtumat näkyvät päällekkäisinä.' },
    audience: { label: 'Kenelle', hint: 'Kohdeyleisö; saman yleisön samanaikaiset tapahtumat ovat päällekkäisiä.' },
    channels: { label: 'Tiedotuskanavat', hint: 'Missä tapahtumasta tiedotetaan.' },
    organisers: { label: 'Järjestäjät', hint: 'Toimijat, jotka järjestävät tapahtuman.' },
    branch: { label: 'Kasvusto', hint: 'Hyvinvointipuun oksa, johon tapahtuma kuuluu.' },
    kind: { label: 'Tyyppi', hint: 'Millainen tapahtuma on.' },
    attendance: { label: 'Osallistujat', hint: 'Täytetään tapahtuman jälkeen.' },
    'attendance.count': { label: 'Määrä', hint: 'Osallistujien lukumäärä.' },
    'attendance.note': { label: 'Keitä', hint: 'Esimerkiksi ”järjestöjen edustajaa”.' },
    summary: { label: 'Tiivistelmä', hint: 'Yksi tai kaksi virkettä; näkyy listoissa.' },
    note,
    body: { label: 'Ohjelma tai raportti', hint: 'Ohjelma ennen tapahtumaa, raportti sen jälkeen.' },
  },
  venues: {
    name: { label: 'Nimi', hint: 'Esimerkiksi ”Hotelli Kivitippu”.' },
    address: { label: 'Osoite', hint: 'Katuosoite ja paikkakunta, jos tiedossa.' },
  },
  channels: {
    name: { label: 'Nimi', hint: 'Esimerkiksi ”Paikallislehti”.' },
    kind: { label: 'Tyyppi', hint: 'Millainen kanava on.' },
    leadDays: { label: 'Ennakko (päivää)', hint: 'Montako päivää ennen tapahtumaa ilmoitus on lähetettävä.' },
    text: { label: 'Tekstin pituus', hint: 'Lyhyt teksti (some) vai pidempi (lehti).' },
    instructions: { label: 'Ohjeet', hint: 'Miten ilmoitus lähetetään kanavaan.' },
    url: { label: 'Osoite', hint: 'Kanavan verkko-osoite, jos on.' },
  },
  branches: {
    name: { label: 'Nimi', hint: 'Esimerkiksi ”Liikunta ja ulkoilu”.' },
    order: { label: 'Järjestys', hint: 'Pienin ensin, esimerkiksi 10, 20, 30.' },
    colour: { label: 'Väri', hint: 'Oksan väri puussa.' },
    description: { label: 'Kuvaus', hint: 'Mitä kasvusto kattaa, yksi tai kaksi virkettä.' },
    parent: { label: 'Yläkasvusto', hint: 'Kasvusto, jonka alaotsikko tämä on.' },
  },
  municipalities: {
    name: { label: 'Nimi', hint: 'Kunnan nimi.' },
    code: { label: 'Kuntanumero', hint: 'Tilastokeskuksen kolminumeroinen koodi, esimerkiksi 005.' },
    status: { label: 'Kaupunki vai kunta', hint: 'Miten kunta kutsuu itseään.' },
    region: { label: 'Maakunta', hint: 'Maakunta, johon kunta kuuluu.' },
    'region.name': { label: 'Nimi', hint: 'Esimerkiksi Etelä-Pohjanmaa.' },
    'region.code': { label: 'Maakuntakoodi', hint: 'Kaksinumeroinen, esimerkiksi 14.' },
    website: { label: 'Verkkosivut', hint: 'Kunnan virallinen sivusto.' },
    intro: { label: 'Esittely', hint: 'Lyhyt esittely asukkaille ja muuttajille.' },
  },
  pages: {
    title: { label: 'Otsikko', hint: 'Sivun otsikko.' },
    description: { label: 'Kuvaus', hint: 'Yksi virke hakukoneille ja linkkien esikatseluun.' },
    updated: { label: 'Päivitetty', hint: 'Milloin sisältö viimeksi tarkistettiin.' },
    body: { label: 'Teksti', hint: 'Sivun teksti.' },
  },
};

/** The collections' names in the editor, singular and plural, and a line of help. */
export const editorCollectionTexts: Record<string, { label: string; singular: string; description: string }> = {
  actors: {
    label: 'Toimijat',
    singular: 'Toimija',
    description: 'Yhdistykset, seurat, kyläyhdistykset, yritykset ja palvelut. Valitse uudelle toimijalle ensin kunta (kansio).',
  },
  events: {
    label: 'Tapahtumat',
    singular: 'Tapahtuma',
    description: 'Tapahtumat ja varatut päivät. Valitse uudelle tapahtumalle ensin kunta (kansio).',
  },
  fruits: {
    label: 'Hedelmät',
    singular: 'Hedelmä',
    description: 'Kumppanuuden hedelmät eli omenat: mitä toimijat saivat yhdessä aikaan.',
  },
  venues: { label: 'Tapahtumapaikat', singular: 'Tapahtumapaikka', description: 'Paikat, joissa tapahtumia järjestetään.' },
  channels: { label: 'Tiedotuskanavat', singular: 'Tiedotuskanava', description: 'Missä tapahtumista tiedotetaan.' },
  branches: { label: 'Kasvustot', singular: 'Kasvusto', description: 'Hyvinvointipuun oksat; yhteiset kaikille kunnille.' },
  municipalities: { label: 'Kunnat', singular: 'Kunta', description: 'Sivuston kunnat.' },
  pages: { label: 'Ylläpidon sivut', singular: 'Sivu', description: 'Saavutettavuusseloste ja tietosuojaseloste.' },
};

/** The editor's own messages: format hints under fields and the file-name field. */
export const editorMessages = {
  /** Shown when a field does not match its schema's pattern; `{hint}` is the field's help text. */
  pattern: (hint: string | undefined) => (hint ? `Muoto: ${hint}` : 'Tarkista muoto.'),
  email: 'Sähköpostiosoite, esimerkiksi info@yhdistys.fi.',
  fileName: 'Tiedoston nimi ja sivun osoitteen loppu: pienet kirjaimet, numerot ja väliviivat, esimerkiksi kesakonsertti.',
};

import type { DraftField } from '../../intake/dossier/draft';
import type { ToestemmingWijze } from '../../intake/dossier/dossier';
import type { GroupId, FieldId } from './questions';

/** Dutch texts per field: card input label, name in the review and in messages, typed names. */
export interface FieldText {
  /** Label of the card input. */
  input: string;
  /** The field's name in the review card, in problem messages and in "wijzig <veld>". */
  label: string;
  /** Other names a verwijzer may type after "wijzig". */
  aliases?: readonly string[];
  placeholder?: string;
}

export const fieldMessages: Record<FieldId, FieldText> = {
  kandidaatNaam: { input: 'Naam', label: 'Naam cliënt', aliases: ['naam'], placeholder: 'Voor- en achternaam' },
  kandidaatGeboortedatum: { input: 'Geboortedatum', label: 'Geboortedatum', aliases: ['geboren', 'datum'] },
  kandidaatWoonplaats: { input: 'Woonplaats', label: 'Woonplaats', aliases: ['plaats cliënt', 'plaats kandidaat'] },
  kandidaatTelefoon: {
    input: 'Telefoonnummer',
    label: 'Telefoon cliënt',
    aliases: ['telefoonnummer cliënt', 'telefoonnummer kandidaat'],
    placeholder: 'Bijvoorbeeld 06-12345678',
  },
  kandidaatEmail: {
    input: 'E-mailadres (laat leeg als de cliënt geen e-mail heeft)',
    label: 'E-mail cliënt',
    aliases: ['email', 'e mail', 'mail', 'e mailadres'],
    placeholder: 'naam@voorbeeld.nl',
  },
  verwijzerNaam: { input: 'Jouw naam', label: 'Jouw naam' },
  verwijzerOrganisatie: {
    input: 'Jouw organisatie',
    label: 'Jouw organisatie',
    aliases: ['organisatie'],
    placeholder: 'Bijvoorbeeld gemeente, UWV of re-integratiebedrijf',
  },
  verwijzerTelefoon: {
    input: 'Jouw telefoonnummer',
    label: 'Jouw telefoonnummer',
    aliases: ['telefoon verwijzer', 'mijn telefoon'],
    placeholder: 'Bijvoorbeeld 010-1234567',
  },
  leerbedrijfNaam: { input: 'Naam van het leerbedrijf', label: 'Naam leerbedrijf', aliases: ['leerbedrijf'] },
  leerbedrijfPlaats: { input: 'Plaats van het leerbedrijf', label: 'Plaats leerbedrijf' },
  praktijkopleider: {
    input: 'Praktijkopleider: naam en telefoonnummer of e-mail (laat leeg als je het nog niet weet)',
    label: 'Praktijkopleider',
    aliases: ['opleider', 'begeleider leerbedrijf'],
    placeholder: 'Bijvoorbeeld Jan de Boer, 06-12345678',
  },
  gewensteStart: {
    input: 'Gewenste start',
    label: 'Gewenste start',
    aliases: ['start', 'startdatum', 'begin', 'begindatum'],
    placeholder: 'Bijvoorbeeld 1 februari 2027, of: zo snel mogelijk',
  },
  opmerkingen: { input: 'Opmerkingen (mag leeg blijven)', label: 'Opmerkingen', aliases: ['opmerking'] },
  intakeTeam: { input: 'Intaketeam', label: 'Intaketeam', aliases: ['team'] },
  toestemming: {
    input: 'De cliënt geeft toestemming om deze gegevens te delen met het intaketeam van het mbo',
    label: 'Toestemming',
  },
  toestemmingWijze: { input: 'Hoe gaf de cliënt toestemming?', label: 'Manier van toestemming' },
};

export const screeningTarget: FieldText = { input: '', label: 'Screening', aliases: ['advies', 'screening opnieuw'] };
export const werkprocessenTarget: FieldText = {
  input: '',
  label: 'Werkprocessen',
  aliases: ['werkproces', 'kwalificaties', 'kwalificatie', 'werkprocessen wijzigen'],
};

/** The gewenste start without a date. */
export const startWords = { soon: 'Zo snel mogelijk', unknown: 'Nog niet bekend' } as const;

export const wijzeLabels: Record<ToestemmingWijze, string> = {
  mondeling: 'Mondeling (in een gesprek)',
  schriftelijk: 'Schriftelijk (op papier, getekend)',
  digitaal: 'Digitaal (per e-mail of met een online formulier)',
};

/** Title, short intro and the longer "waarom?" answer of each question card. */
export const groupMessages: Record<GroupId, { title: string; intro: string[]; why: string }> = {
  kandidaat: {
    title: 'Gegevens van de cliënt',
    intro: ['Het intaketeam gebruikt deze gegevens alleen om de cliënt uit te nodigen voor een adviesgesprek.'],
    why:
      'Het intaketeam van het mbo nodigt de cliënt zelf uit. Daarvoor zijn naam, geboortedatum, woonplaats en een ' +
      'telefoonnummer nodig. E-mail mag leeg blijven. Een BSN is niet nodig: vul dat nooit in.',
  },
  verwijzer: {
    title: 'Jouw gegevens',
    intro: ['Zo kan het intaketeam jou bereiken als er vragen zijn over de aanmelding.'],
    why: 'Heeft het intaketeam een vraag over de aanmelding, dan bellen of mailen ze jou als verwijzer.',
  },
  leerbedrijf: {
    title: 'Het leerbedrijf',
    intro: [
      'Bij welk bedrijf gaat de cliënt in de praktijk leren?',
      'De praktijkopleider begeleidt de cliënt op het werk. Weet je nog niet wie dat is? Laat het leeg of typ ' +
        '"weet ik nog niet".',
    ],
    why:
      'Het mbo kijkt of het leerbedrijf erkend is en maakt afspraken met de praktijkopleider daar. Met de naam en ' +
      'het nummer van de praktijkopleider kan het intaketeam dat meteen regelen.',
  },
  start: {
    title: 'Wanneer wil de cliënt beginnen?',
    intro: [
      'Typ een datum, bijvoorbeeld 1 februari 2027, of "zo snel mogelijk". Weet je het nog niet? Typ "weet ik nog ' +
        'niet".',
    ],
    why:
      'Het intaketeam plant het adviesgesprek en de start bij het leerbedrijf. Met een gewenste start kan dat op ' +
      'tijd.',
  },
  opmerkingen: {
    title: 'Nog iets voor het intaketeam?',
    intro: [
      'Bijvoorbeeld wanneer de cliënt goed bereikbaar is, of wat het intaketeam vooraf moet weten.',
      'Niets te melden? Laat het leeg en klik op Volgende, of typ "geen". Schrijf geen BSN en geen medische details.',
    ],
    why: 'Met een korte toelichting kan het intaketeam het adviesgesprek beter voorbereiden.',
  },
  intakeTeam: {
    title: 'Naar welk intaketeam?',
    intro: ['Kies het intaketeam van het mbo in de regio van de cliënt.'],
    why: 'Hoe de intake geregeld is, verschilt per regio. De aanmelding gaat alleen naar het team dat je kiest.',
  },
  toestemming: {
    title: 'Toestemming van de cliënt',
    intro: [
      'Met deze aanmelding deel je gegevens van de cliënt met het intaketeam van het mbo. Dat mag alleen als de ' +
        'cliënt daar zelf mee instemt.',
      'Vraag het de cliënt dus eerst. Vertel welke gegevens je deelt (naam, geboortedatum, woonplaats, telefoon, ' +
        'e-mail en de screening) ' +
        'en dat het intaketeam ze alleen gebruikt voor de intake.',
      'Geef hieronder aan of de cliënt ja zei, en hoe. De datum van vandaag wordt erbij gezet.',
    ],
    why:
      'De privacywet (AVG) zegt: persoonsgegevens deel je niet zonder goede reden en de cliënt moet ervan weten. ' +
      'Daarom verstuur ik niets zonder toestemming. Zonder toestemming kun je de aanmelding wel als concept bewaren.',
  },
};

/** Names of every draft field, for "er ontbreekt nog: ..." after a refused send. */
export const draftFieldLabels: Record<DraftField, string> = {
  ...Object.fromEntries(Object.entries(fieldMessages).map(([field, text]) => [field, text.label])),
  verwijzerTeamsId: 'Jouw Teams-account',
  leerbedrijfErkend: 'Erkenning leerbedrijf (screening)',
  urenPerWeek: 'Uren per week (screening)',
  begeleiding: 'Begeleiding (screening)',
  inkomen: 'Inkomen (screening)',
  screening: 'Screening',
  toestemmingDatum: 'Datum van toestemming',
  kwalificaties: 'Kwalificaties',
  werkprocessen: 'Werkprocessen',
  gewensteStartdatum: 'Gewenste start',
  startZoSnelMogelijk: 'Gewenste start',
  praktijkopleiderNaam: 'Naam praktijkopleider',
  praktijkopleiderTelefoon: 'Telefoon of e-mail praktijkopleider',
  praktijkopleiderEmail: 'E-mail praktijkopleider',
} as Record<DraftField, string>;

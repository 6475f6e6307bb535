import type { Erkenning, Inkomen } from '../../intake/dossier/dossier';
import type { AnswerProblem } from './applyAnswers';
import { fieldMessages } from './fieldMessages.nl';
import type { FieldId } from './questions';

export {
  draftFieldLabels,
  fieldMessages,
  groupMessages,
  screeningTarget,
  werkprocessenTarget,
  wijzeLabels,
} from './fieldMessages.nl';

const PHONE_EXAMPLE = 'Typ een Nederlands telefoonnummer, bijvoorbeeld 06-12345678 of 010-1234567.';

/** Why an answer was refused, naming the field. A refused value is never repeated back. */
export function problemMessage(field: FieldId, problem: AnswerProblem): string {
  const label = fieldMessages[field].label;
  switch (problem) {
    case 'CONTAINS_BSN':
      return (
        `In "${label}" staat een nummer dat op een BSN lijkt. Een BSN mag ik niet bewaren en het intaketeam heeft ` +
        `het niet nodig. ` +
        'Ik heb dit antwoord niet opgeslagen. Vul het opnieuw in, zonder dat nummer.'
      );
    case 'REQUIRED':
      return field === 'toestemmingWijze'
        ? 'Kies hoe de cliënt toestemming gaf: mondeling, schriftelijk of digitaal.'
        : `Vul "${label}" nog in.`;
    case 'TOO_LONG':
      return `"${label}" is te lang. Maak het korter.`;
    case 'INVALID_DATE':
      return 'De geboortedatum klopt niet. Typ die als dag-maand-jaar, bijvoorbeeld 17-05-1990.';
    case 'DATE_IN_FUTURE':
      return 'De geboortedatum ligt in de toekomst. Controleer de datum.';
    case 'AGE_OUT_OF_RANGE':
      return 'Met deze geboortedatum is de cliënt jonger dan 15 of ouder dan 100 jaar. Controleer de datum.';
    case 'INVALID_FORMAT':
      return formatMessage(field, label);
    case 'NOT_KNOWN':
      return notKnownMessage(field, label);
    case 'HEALTH_DETAIL':
      return (
        `In "${label}" staat een medisch gegeven, zoals een diagnose, ziekte of medicijn. Het intaketeam heeft dat ` +
        'niet nodig en ik bewaar het niet. Beschrijf liever wat de cliënt op de werkplek nodig heeft, bijvoorbeeld ' +
        '"heeft baat bij vaste structuur en korte instructies".'
      );
  }
}

/** "weet ik nog niet" where a name or place is asked: nothing is filled in, and what to do instead. */
function notKnownMessage(field: FieldId, label: string): string {
  const kept = `Ik heb "${label}" leeg gelaten.`;
  if (field === 'leerbedrijfNaam' || field === 'leerbedrijfPlaats') {
    return (
      `${kept} Weet je het nog niet precies? Vul in wat je weet; het intaketeam vraagt de rest na. ` +
      'Is er nog geen leerbedrijf? Typ dan "stop": de aanmelding blijft bewaard als concept. Doe daarna de ' +
      'screening opnieuw en kies bij het leerbedrijf "nog geen".'
    );
  }
  return `${kept} Dit hebben we nodig voor de aanmelding. Vul het in zodra je het weet.`;
}

function formatMessage(field: FieldId, label: string): string {
  switch (field) {
    case 'kandidaatTelefoon':
    case 'verwijzerTelefoon':
      return `"${label}" is geen geldig telefoonnummer. ${PHONE_EXAMPLE}`;
    case 'kandidaatEmail':
      return (
        'Het e-mailadres van de cliënt klopt niet. Typ het zo: naam@voorbeeld.nl. Geen e-mail? Laat het leeg ' +
        'of typ "geen".'
      );
    case 'kandidaatNaam':
    case 'verwijzerNaam':
      return `"${label}" lijkt geen naam. Typ voor- en achternaam, bijvoorbeeld Sam de Vries.`;
    case 'intakeTeam':
      return 'Dat intaketeam ken ik niet. Kies een team uit de lijst of typ het nummer.';
    case 'toestemming':
      return 'Geef aan of de cliënt toestemming gaf: ja of nee.';
    case 'toestemmingWijze':
      return 'Kies hoe de cliënt toestemming gaf: mondeling, schriftelijk of digitaal.';
    case 'gewensteStart':
      return (
        'Die start kan ik niet gebruiken. Typ een datum vanaf vandaag, bijvoorbeeld 1 februari 2027, of "zo snel ' +
        'mogelijk". Weet je het nog niet? Typ "weet ik nog niet".'
      );
    case 'praktijkopleider':
      return (
        'Typ de naam van de praktijkopleider met een telefoonnummer of e-mailadres, bijvoorbeeld "Jan de Boer, ' +
        '06-12345678". Weet je het nog niet? Laat het leeg of typ "weet ik nog niet".'
      );
    default:
      return `"${label}" kan ik zo niet gebruiken. Probeer het nog eens.`;
  }
}

/** The verwijzer's own details, remembered for the next aanmelding (never the client's). */
export const gegevensMessages = {
  using: (naam: string, organisatie: string, telefoon: string) =>
    `Ik gebruik jouw gegevens: ${naam}, ${organisatie}, ${telefoon}.`,
  usingHint: 'Klopt iets niet meer? Kies "Wijzig" of typ "wijzig mijn gegevens".',
  changeButton: 'Wijzig',
  changeCommand: 'wijzig mijn gegevens',
  remembered:
    'Je eigen naam, organisatie en telefoonnummer onthoud ik voor je volgende aanmelding, tot 30 dagen na deze. ' +
    'Van de cliënt onthoud ik niets. Typ "vergeet mijn gegevens" om ze te wissen.',
  rememberToggle: 'Wil je dat ik je gegevens onthoud voor een volgende keer?',
  notRemembered: 'Je eigen gegevens heb ik niet onthouden, zoals je vroeg.',
};

/** A saved concept and a new screening: which client is this aanmelding for? */
export const conceptChoiceMessages = {
  title: 'Je hebt nog een bewaard concept',
  intro: (naam: string | undefined) =>
    `Er is een bewaarde aanmelding ${naam ? `voor ${naam}` : 'zonder naam'} met een andere screening dan de ` +
    'screening die je net deed. Met welke wil je verder? Het concept blijft hoe dan ook bewaard.',
  verderButton: (naam: string | undefined) => (naam ? `Verder met het concept voor ${naam}` : 'Verder met het concept'),
  nieuwButton: 'Nieuwe aanmelding met deze screening',
  typeHint: 'Je kunt ook typen: "verder" of "nieuw".',
  chosen: 'Gekozen',
  notUnderstood:
    'Kies "verder" om het bewaarde concept af te maken, of "nieuw" voor een aanmelding met deze screening.',
  parked: (naam: string | undefined) =>
    `Het concept ${naam ? `voor ${naam} ` : ''}blijft bewaard. Na deze aanmelding kun je er weer mee verder.`,
};

export const aanmeldingMessages = {
  flow: {
    intro:
      'We maken samen een aanmelding voor het intaketeam van het mbo. Ik vraag alleen wat ik nog niet weet. ' +
      'Er gaat niets weg voordat jij op Versturen klikt. Vul nooit een BSN in.',
    resumed: 'Je gaat verder met je bewaarde aanmelding. Ik vraag alleen wat nog ontbreekt.',
    screeningFirst: 'Eerst doe ik een korte screening. Daarna vraag ik de gegevens voor de aanmelding.',
    screeningStopped:
      'Zonder afgeronde screening maak ik geen aanmelding. Wat je al invulde, blijft bewaard. ' +
      'Typ "aanmelding" als je toch verder wilt; dan begint de screening opnieuw.',
    screeningUnchanged: 'De screening is niet veranderd.',
    oneByOne: 'Je typt liever? Prima. Ik vraag de gegevens nu één voor één.',
    werkprocessenTaken: 'Je keuze van werkprocessen staat nu in de aanmelding. De andere antwoorden zijn bewaard.',
    werkprocessenUnchanged: 'De werkprocessen zijn niet veranderd. De andere antwoorden zijn bewaard.',
  },
  prefill: {
    title: 'Dit haal ik uit je bericht',
    intro: 'Klopt dit? Dan vraag ik alleen nog wat ontbreekt.',
    sourceLlm:
      'Voorstel van een taalmodel. Het zag je bericht zonder namen, datums en nummers en wees alleen aan wat wat ' +
      'is. Niets telt mee voordat jij het bevestigt. Controleer het goed.',
    sourceRules: 'Gelezen op vaste patronen. Controleer het goed.',
    missing: (labels: string[]) => `Daarna vraag ik nog: ${labels.join(', ')}.`,
    kloptButton: 'Klopt',
    aanpassenButton: 'Aanpassen',
    typeHint: 'Typ "klopt" of "aanpassen".',
    notUnderstood: 'Kies "Klopt" als dit goed is, of "Aanpassen" om het te verbeteren. Je kunt het ook typen.',
    adjust: 'Verbeter wat niet klopt en klik op Volgende.',
    bsn:
      'In je bericht staat een nummer dat op een BSN lijkt. Een BSN mag ik niet bewaren en het intaketeam heeft het ' +
      'niet nodig. Ik heb niets uit je bericht overgenomen. Typ het opnieuw zonder dat nummer, of vul de kaart in.',
    recordTitle: 'Overgenomen uit je bericht',
    notTaken: 'Niet overgenomen',
  },
  card: {
    next: 'Volgende',
    required: 'Dit veld is verplicht',
    typeOne: 'Je kunt je antwoord ook typen. Typ "waarom?" als je wilt weten waarom ik dit vraag.',
    typeMany: 'Liever typen? Stuur dan een bericht; ik vraag de gegevens daarna één voor één.',
    typeConsent: 'Je kunt ook typen, bijvoorbeeld "ja, mondeling" of "nee". Typ "waarom?" voor uitleg.',
    choose: 'Maak een keuze',
  },
  invalid: {
    unusable: 'Dat antwoord kan ik niet gebruiken voor deze vraag. Probeer het nog eens:',
    otherQuestion: 'Dat antwoord hoort bij een andere vraag. Beantwoord eerst deze vraag:',
    consentTyped:
      'Typ "ja" of "nee": gaf de cliënt toestemming? Je mag er ook bij zetten hoe, bijvoorbeeld "ja, mondeling".',
  },
  consent: {
    refused:
      'Zonder toestemming van de cliënt verstuur ik niets naar het intaketeam. Dat is de regel voor ' +
      'persoonsgegevens. ' +
      'Je kunt de aanmelding wel bewaren als concept. Geeft de cliënt later toestemming? Wijzig dan "Toestemming" ' +
      'en verstuur de aanmelding.',
  },
  review: {
    title: 'Controleer de aanmelding',
    recordTitle: 'De aanmelding',
    recordSent: (id: string) => `Verstuurd als dossier ${id}.`,
    recordConcept: 'Bewaard als concept. Er is niets verstuurd.',
    recordChanging: 'Je past de aanmelding aan. Zo zag de aanmelding er op dat moment uit.',
    intro: 'Kijk alles goed na. Er gaat pas iets naar het intaketeam als je op Versturen klikt.',
    noConsent: '⚠️ De cliënt heeft geen toestemming gegeven. Zonder toestemming kan ik de aanmelding niet versturen.',
    sections: {
      kandidaat: 'Cliënt',
      verwijzer: 'Verwijzer (jij)',
      screening: 'Screening',
      wensen: 'Wensen',
      overig: 'Overig',
    },
    facts: {
      email: 'E-mailadres',
      advies: 'Advies',
      redenen: 'Aandachtspunten',
      kwalificaties: 'Kwalificaties',
      werkprocessen: 'Werkprocessen',
      leerbedrijf: 'Leerbedrijf',
      uren: 'Uren per week',
      startdatum: 'Gewenste start',
      praktijkopleider: 'Praktijkopleider',
      begeleiding: 'Begeleiding geregeld',
      inkomen: 'Inkomen',
    },
    empty: '(leeg)',
    none: '(geen)',
    noEmail: 'Geen e-mailadres',
    noScreening: 'Niet gedaan',
    notChosen: 'Nog niet gekozen',
    consentGiven: (wijze: string, datum: string) => `Ja, ${wijze.toLowerCase()}, op ${datum}`,
    consentRefused: 'Nee',
    yes: 'Ja',
    no: 'Nee',
    erkend: {
      erkend: 'erkend leerbedrijf',
      'niet-erkend': 'nog niet erkend',
      geen: 'Nog geen leerbedrijf',
    } satisfies Record<Erkenning, string>,
    inkomen: { loon: 'Loon', uitkering: 'Uitkering', anders: 'Anders', onbekend: 'Onbekend' } satisfies Record<
      Inkomen,
      string
    >,
    changeLabel: 'Wil je iets wijzigen?',
    changePlaceholder: 'Kies wat je wilt wijzigen',
    changeButton: 'Wijzig gekozen onderdeel',
    werkprocessenButton: 'Werkprocessen wijzigen',
    sendButton: 'Versturen',
    conceptButton: 'Bewaren als concept',
    typeHint: 'Je kunt ook typen: "versturen", "bewaren als concept" of bijvoorbeeld "wijzig e-mail" of "wijzig 3".',
    whichField: 'Wat wil je wijzigen? Kies het in de lijst, of typ bijvoorbeeld "wijzig woonplaats".',
    whichOf: (labels: string[]) =>
      `Bedoel je ${labels.map((l) => `"${l}"`).join(' of ')}? Typ bijvoorbeeld "wijzig ${labels[0]?.toLowerCase()}".`,
    notUnderstood: 'Dat begrijp ik niet. Typ "versturen", "bewaren als concept" of "wijzig" met wat je wilt aanpassen.',
  },
  send: {
    sent: (id: string) => `Je aanmelding is verstuurd. Dossiernummer: ${id}`,
    next: (team: string) => [
      `**Wat gebeurt er nu?** Het intaketeam (${team}) krijgt het dossier. Zij nemen contact op met de cliënt ` +
        `voor een adviesgesprek. ` +
        'Je mag daar zelf ook bij zijn: dat helpt de cliënt en het intaketeam. Vraag het intaketeam ernaar.',
      'Verandert de status, dan krijg je hier een bericht. Je kunt de status ook zelf bekijken bij "Mijn ' +
        'aanmeldingen".',
      'Noem het dossiernummer als je contact hebt met het intaketeam.',
    ],
    waiting: (team: string) =>
      `Let op: de aanmelding wacht op het intaketeam (${team}). ` +
      'Hun kanaal in Teams is nog niet gekoppeld aan de assistent, dus zij hebben het dossier nog niet. ' +
      'Het gaat vanzelf naar hen zodra zij hun kanaal koppelen.',
    nextWaiting: [
      'Je aanmelding is veilig bewaard; je hoeft niets opnieuw te doen. ' +
        'Wil je het sneller? Vraag het intaketeam hun kanaal te koppelen.',
      'Zodra het dossier aankomt, krijg je hier een bericht. ' +
        'Je kunt de status ook zelf bekijken bij "Mijn aanmeldingen".',
      'Noem het dossiernummer als je contact hebt met het intaketeam.',
    ],
    failed:
      'Het versturen is niet gelukt. Je gegevens zijn bewaard. Probeer het zo opnieuw met Versturen, ' +
      'of bewaar de aanmelding als concept en probeer het later.',
    consentMissing:
      'Ik kan de aanmelding niet versturen: de cliënt heeft geen toestemming gegeven. Zonder toestemming mag het ' +
      'intaketeam ' +
      'de gegevens niet krijgen. Bewaar de aanmelding als concept, of wijzig "Toestemming" als de cliënt wel ja ' +
      'heeft gezegd.',
    incomplete: (labels: string[]) => `Er ontbreekt nog iets: ${labels.join(', ')}. Vul dat eerst aan.`,
    menuButton: 'Naar het menu',
    mijnAanmeldingenButton: 'Mijn aanmeldingen',
  },
  concept: {
    saved: 'Je aanmelding is bewaard als concept. Er is niets verstuurd.',
    later: 'Typ later "aanmelding" om verder te gaan. Je ziet het concept ook bij "Mijn aanmeldingen".',
    continueButton: 'Verder met aanmelding',
  },
};

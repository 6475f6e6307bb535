import type { DisplayState } from '../../intake/dossier/lifecycle';

/** Every Dutch text of "Mijn aanmeldingen". */
export const mijnAanmeldingenMessages = {
  title: 'Mijn aanmeldingen',
  intro: 'Hier zie je je aanmeldingen, de nieuwste bovenaan, met de status bij het intaketeam.',
  empty: 'Je hebt nog geen aanmeldingen. Wil je er een maken? Dan help ik je stap voor stap.',
  more: (count: number) => `Er zijn nog ${count} oudere aanmeldingen.`,
  concept: {
    heading: 'Concept (nog niet verstuurd)',
    noName: '(nog geen naam ingevuld)',
    continueButton: 'Verder met concept',
    setAsideHeading: 'Concept (opzijgezet)',
    setAsideState:
      'opzijgezet voor je nieuwe aanmelding. Dit concept komt vanzelf terug zodra die nieuwe aanmelding is ' +
      'verstuurd of verwijderd.',
  },
  sentOn: (date: string, team: string) => `Gemaakt ${date} · Intaketeam: ${team}`,
  today: 'vandaag',
  status: {
    concept: () => 'Concept',
    verzonden: () => 'Verzonden: de aanmelding is onderweg naar het intaketeam',
    'wacht-op-intaketeam': () =>
      'Wacht op het intaketeam: het kanaal van het intaketeam in Teams is nog niet gekoppeld. ' +
      'De aanmelding gaat vanzelf naar het intaketeam zodra zij dat doen.',
    afgeleverd: () => 'Aangekomen bij het intaketeam',
    'in-behandeling': () => 'In behandeling bij het intaketeam',
    'info-nodig': () => 'Het intaketeam heeft een vraag voor je',
    'adviesgesprek-gepland': () => 'Adviesgesprek gepland',
    aangevuld: () => 'Je antwoord is bij het intaketeam',
    gestart: () => 'Besluit van het intaketeam: het traject start',
    'niet-gestart': () => 'Besluit van het intaketeam: het traject start niet',
    afgerond: () => 'Traject afgerond',
    mislukt: () =>
      'Niet aangekomen: het versturen is steeds mislukt. Je kunt de aanmelding opnieuw versturen of verwijderen.',
  } satisfies Record<DisplayState, () => string>,
  waiting: (days: number) => `Wacht ${days} ${days === 1 ? 'werkdag' : 'werkdagen'} op een eerste reactie`,
  reden: 'Reden',
  toelichting: 'Toelichting van het intaketeam:',
  praktijkverklaring: (behaald: boolean) =>
    behaald ? 'Praktijkverklaring behaald' : 'Geen praktijkverklaring behaald',
  uitkomst: (moment: string, label: string) => `Uitkomst ${moment}: ${label}`,
  uitkomstDoorgeven: 'Uitkomst doorgeven',
  statusLabel: 'Status',
  deleteButton: 'Verwijderen',
  resendButton: 'Opnieuw versturen',
  resent: (id: string) =>
    `Ik verstuur aanmelding ${id} opnieuw naar het intaketeam. Hieronder zie je de status; je krijgt een ` +
    'bericht als de aanmelding is aangekomen.',
  resendNotNeeded: (id: string) =>
    `Aanmelding ${id} hoeft niet opnieuw verstuurd te worden: hieronder zie je de status.`,
  newButton: 'Aanmelding voorbereiden',
  menuButton: 'Naar het menu',
  listButton: 'Mijn aanmeldingen',
  confirm: {
    dossier: (id: string, naam: string) =>
      `Weet je zeker dat je aanmelding ${id} (${naam}) wilt verwijderen? Het intaketeam krijgt de aanmelding dan ` +
      `niet en dit kan niet ongedaan worden gemaakt.`,
    concept: (naam: string) =>
      `Weet je zeker dat je het concept voor ${naam} wilt verwijderen? Dit kan niet ongedaan worden gemaakt.`,
    yes: 'Ja, verwijderen',
    no: 'Nee, bewaren',
  },
  deleted: (id: string) => `Aanmelding ${id} is verwijderd.`,
  conceptDeleted: 'Het concept is verwijderd.',
  noConcept: 'Er is geen concept om te verwijderen.',
  notFound: 'Die aanmelding kan ik niet vinden bij jouw aanmeldingen. Misschien is die al verwijderd.',
  notAllowed: (id: string) =>
    `Aanmelding ${id} is al bij het intaketeam aangekomen. Verwijderen kan dan niet meer via mij. ` +
    'Wil je de aanmelding intrekken? Neem contact op met het intaketeam en noem het dossiernummer.',
};

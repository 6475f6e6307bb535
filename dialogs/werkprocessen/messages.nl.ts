import { readableSource } from '../../knowledge/readableSource';
/** Every Dutch text of "Werkprocessen verkennen" (and of the menu answer to a free question). */
export const werkprocessenMessages = {
  title: 'Werkprocessen verkennen',
  intro:
    'Een werkproces is een stuk werk uit een mbo-beroep, zoals "Ontvangt gasten". ' +
    'Je cliënt kan een paar werkprocessen op een werkplek leren. Kies hier welke passen.',
  hervat: (aantal: number) => `Je eerdere selectie staat nog klaar (${aantal}). Je kunt die aanvullen of aanpassen.`,
  typeHint:
    'Je kunt ook typen: een vraag, "interesses koken", "uitleg 1", een nummer uit de lijst ("kies 1 en 3"), "terug", ' +
    '"selectie" of "klaar".',
  typeHintZonderLijst: 'Je kunt ook typen: een vraag, "terug", "selectie" of "klaar".',
  start: {
    suggesties: (interesses: string) => `Voor iemand met interesse in "${interesses}" past misschien:`,
    metWerkplek: (werkplek: string) => `Werkplek: ${werkplek}`,
    geenInteresses:
      'Ik weet nog niet wat je cliënt graag doet. Vul het hieronder in, dan stel ik werkprocessen voor. Je kunt ook ' +
      'zoeken of bladeren.',
    uitlegKnop: (nummer: number) => `Uitleg ${nummer}`,
    uitlegHint: 'Kies "Uitleg" voor wat je cliënt daar doet, met voorbeelden.',
    beroepen: 'Passende mbo-beroepen',
    andereWerkprocessen: 'Werkprocessen uit andere mbo-beroepen',
    beroepenUitleg: 'Welke werkprocessen je cliënt hierin kan leren, laat het mbo zien bij de intake.',
    nietGevonden: (onderwerp: string) => `Over ${onderwerp} vond ik geen werkprocessen.`,
    dichtbij: 'Dit komt het dichtst in de buurt:',
    nietGevondenVerder:
      'Mijn kennisbank kent niet alle mbo-beroepen. Het mbo weet welke beroepen er nog meer zijn: vraag het bij de ' +
      'intake, of blader per domein.',
    hogerNiveau:
      'Ik toon eerst Entree en niveau 2, daar halen de meeste deelnemers hun praktijkverklaring. Hoger niveau? Typ ' +
      'bijvoorbeeld "zorg niveau 3".',
    andereInteresses: 'Andere interesses',
    interessesLabel: 'Wat doet je cliënt graag?',
    interessesPlaceholder: 'Bijvoorbeeld: koken, buiten werken, met mensen',
    werkplekLabel: 'Waar gaat de cliënt werken? (mag leeg blijven)',
    werkplekPlaceholder: 'Bijvoorbeeld: verpleeghuis, groothandel',
    suggestiesKnop: 'Toon suggesties',
  },
  zoek: {
    label: 'Stel een vraag of zoek met gewone woorden',
    placeholder: 'Bijvoorbeeld: wat doet een assistent logistiek?',
    knop: 'Zoeken',
    kop: (vraag: string) => `Dit vond ik bij "${vraag}":`,
    hogerNiveau:
      'Niveau 3 of 4 staat hier omdat het goed bij je vraag past. De meeste praktijkverklaringen zijn Entree of ' +
      'niveau 2: die passen vaak beter bij een eerste stap.',
    geenBeroep: (onderwerp: string) =>
      `Voor ${onderwerp} staat geen mbo-beroep in mijn kennisbank. Het intaketeam van de mbo-instelling weet wat ` +
      'zij daarin aanbieden. Dit komt het dichtst in de buurt:',
    geenHits: (vraag: string) => `Bij "${vraag}" vond ik niets. Probeer andere woorden, of blader per domein.`,
    leeg: 'Typ eerst een vraag of een paar woorden, bijvoorbeeld "magazijn" of "werken met kinderen".',
    teLang: (lengte: number, max: number) => `Je vraag is te lang (${lengte} tekens). Gebruik maximaal ${max} tekens.`,
    welkWoord: 'Waar wil je naar zoeken? Typ een vraag of een paar woorden.',
  },
  kies: {
    label: 'Vink aan wat past',
    knop: 'Zet in mijn selectie',
    toegevoegd: (labels: string[]) => `Toegevoegd aan je selectie: ${labels.join('; ')}.`,
    alGekozen: (labels: string[]) => `Staat al in je selectie: ${labels.join('; ')}.`,
    kiesKwalificatie: (titels: string[]) =>
      `${titels.join('; ')}: dit hoort bij het deel dat alle beroepen in het dossier delen. Het mbo schrijft iemand ` +
      `in voor één beroep ` +
      '(kwalificatie). Kies daarom ook een werkproces of de hele kwalificatie van het beroep waarvoor de cliënt ' +
      'leert.',
    onbekend: 'Een of meer keuzes ken ik niet (meer). Die heb ik niet toegevoegd. Kies opnieuw uit de lijst.',
    nietsAangevinkt: 'Je hebt nog niets aangevinkt. Vink eerst een of meer werkprocessen aan.',
    gekozen: '✓ in je selectie',
  },
  bladeren: {
    knop: 'Bladeren per domein',
    domeinen: 'Kies een opleidingsdomein',
    domeinenIntro: 'Elk mbo-beroep hoort bij een opleidingsdomein. Kies er een om de kwalificaties te zien.',
    domeinLabel: 'Domein',
    nietAangeboden: (naam: string, crebo: string, note: string) => `${naam} (crebo ${crebo}): ${note}`,
    domeinAantal: (aantal: number) => `${aantal} ${aantal === 1 ? 'kwalificatie' : 'kwalificaties'}`,
    domein: (domein: string) => `Kwalificaties in ${domein}`,
    kwalificatieLabel: 'Kwalificatie',
    bekijk: 'Bekijk',
    kerntakenKop: 'Kerntaken: kies er een om de werkprocessen te zien',
    kerntaakLabel: 'Kerntaak',
    kerntaak: (code: string, titel: string) => `Kerntaak ${code}: ${titel}`,
    aantalWerkprocessen: (aantal: number) => `${aantal} ${aantal === 1 ? 'werkproces' : 'werkprocessen'}`,
    kiesEerst: (wat: string) => `Kies eerst een ${wat} in de lijst.`,
    onbekend: 'Die keuze ken ik niet (meer). Kies opnieuw uit de lijst.',
  },
  kwalificatie: {
    meta: (crebo: string, niveau: number, domein: string) => `Crebo ${crebo} · niveau ${niveau} · ${domein}`,
    dossier: (naam: string) => `Kwalificatiedossier: ${naam}`,
    geladen: (aantal: number) => `Werkprocessen beschikbaar: ${aantal}.`,
    geenWerkprocessen: (naam: string) =>
      `Welke werkprocessen je cliënt bij ${naam} kan leren, laat het mbo zien bij de intake. ` +
      'Je kunt het hele beroep kiezen; de werkprocessen kies je dan samen met het mbo en het leerbedrijf. ' +
      'Wil je ze hier al zien? Vraag de beheerder om het kwalificatiedossier toe te voegen.',
    geenWerkprocessenKort: 'Welke werkprocessen erbij horen, laat het mbo zien bij de intake.',
    niveau: (niveau: number) => (niveau === 1 ? 'Entree (niveau 1)' : `niveau ${niveau}`),
    kiesHeel: 'Kies de hele kwalificatie',
    heelGekozen: '✓ De hele kwalificatie staat in je selectie.',
    heeftWerkprocessen: (naam: string) => `Van ${naam} heb ik de werkprocessen. Kies daaruit wat past.`,
    officieel: 'Officiële typering van het beroep (SBB):',
    // Short: a kwalificatie's name can be 50 characters and would run past the card's edge; the name stands above it
    openen: 'Bekijk dit beroep',
    /** Shown on hover and read by screen readers: which beroep the short button opens. */
    openenVolledig: (naam: string) => `Bekijk ${naam}`,
  },
  werkproces: {
    /** `crebo`: as creboMessages labels it (a kwalificatiedossier's number only for a basisdeel entry). */
    meta: (code: string, kwalificatie: string, crebo: string, niveau: number) =>
      `Code ${code} · ${kwalificatie} (${crebo}) · niveau ${niveau}`,
    basisdeel: (dossier: string) =>
      `Code uit het basisdeel van kwalificatiedossier ${dossier}: het deel dat alle beroepen in dit dossier ` +
      'delen. Voor de inschrijving kies je ook het beroep (de kwalificatie), met een eigen crebo.',
    dossier: (naam: string, cohort: string | null) =>
      `Kwalificatiedossier ${naam}${cohort ? `, versie voor wie start vanaf ${cohort}` : ''}`,
    nietGecontroleerd:
      '⚠️ Nog niet gecontroleerd: deze code komt niet uit het officiële dossier. Controleer die code met het mbo.',
    voorbeelden: 'Voorbeelden op de werkplek:',
    geenUitleg: 'Hier is nog geen uitleg in gewone taal. Lees de officiële omschrijving.',
    officieel: 'Officiële omschrijving (SBB):',
    kiesDit: 'Kies dit werkproces',
    bekijk: 'Bekijk dit werkproces',
    /** Under an entry shown in the middle of another flow. */
    kerntaken: 'Werkprocessen:',
    kop: 'Wat doet je cliënt in dit werkproces?',
    alGekozen: 'Dit werkproces staat in je selectie.',
  },
  /** Internal notes (report line numbers, footnotes, dossier codes) stay in the data, not on the card. */
  bron: (bron: string) => {
    const readable = readableSource(bron);
    return /^bron\b/i.test(readable) ? readable : `Bron: ${readable}`;
  },
  selectie: {
    titel: 'Je selectie',
    leeg: 'Je selectie is nog leeg. Zoek of blader, en vink werkprocessen aan.',
    knop: (aantal: number) => `Mijn selectie (${aantal})`,
    heleKwalificatie: (naam: string, crebo: string) => `${naam} (${crebo}): de hele kwalificatie`,
    werkproces: (code: string, titel: string, kwalificatie: string, crebo: string) =>
      `${code} ${titel} (${kwalificatie}, ${crebo})`,
    verwijder: 'Verwijder',
    verwijderd: (label: string) => `Verwijderd uit je selectie: ${label}.`,
    nietInSelectie: 'Dat staat niet (meer) in je selectie.',
    verwijderHint: 'Typ bijvoorbeeld "verwijder 2" om iets weg te halen.',
  },
  nav: {
    terug: 'Terug',
    klaar: 'Klaar',
    start: 'Naar de suggesties',
  },
  klaar: {
    titel: 'Je selectie is klaar',
    leeg: 'Je hebt geen werkprocessen gekozen. Dat kan ook later, bij de aanmelding.',
    volgende:
      'Bij "Aanmelding voorbereiden" neem ik deze selectie over in het aanmeldformulier. ' +
      'Het intaketeam van het mbo kijkt samen met het leerbedrijf of de werkprocessen daar te leren zijn.',
    aanmelding: 'Aanmelding voorbereiden',
    verder: 'Verder verkennen',
    menu: 'Naar het menu',
  },
  typed: {
    geenLijst: 'Hier staat geen genummerde lijst. Typ een vraag, of "terug", "selectie" of "klaar".',
    nummerOnbekend: (max: number) => `Kies een nummer van 1 tot en met ${max} uit de lijst.`,
    eenTegelijk: 'Kies één nummer om verder te kijken, of alleen nummers van werkprocessen om ze te kiezen.',
    geenWerkproces: (nummer: number) => `Nummer ${nummer} is uitleg, geen werkproces. Dat kun je niet kiezen.`,
    verwijderNummer: (max: number) =>
      max === 0 ? 'Je selectie is nog leeg.' : `Kies een nummer van 1 tot en met ${max} uit je selectie.`,
  },
  onbruikbaar: 'Die keuze kan ik niet gebruiken. Kies opnieuw op de kaart hieronder, of typ je vraag.',
  teLang: (max: number) => `Dat is te lang. Gebruik maximaal ${max} tekens.`,
  menuAntwoord: {
    gevonden:
      'Dit vond ik bij je vraag. Wil je werkprocessen kiezen voor je cliënt? Kies dan "Werkprocessen verkennen".',
    geenHits: 'Probeer het met andere woorden, of kijk zelf rond: blader per domein door de mbo-beroepen.',
    verkennen: 'Werkprocessen verkennen',
    menu: 'Naar het menu',
  },
} as const;

import { STATUS_LABELS } from '../../intake/dossier/statusLabels.nl';

/** Dutch texts for the intake team's channel and the status notifications to verwijzers. */
export const intakeTeamMessages = {
  statusLabels: STATUS_LABELS,
  card: {
    title: (id: string) => `Nieuwe aanmelding ${id}`,
    status: 'Status',
    kandidaat: 'Cliënt',
    naam: 'Naam',
    geboortedatum: 'Geboortedatum',
    woonplaats: 'Woonplaats',
    telefoon: 'Telefoon',
    email: 'E-mail',
    geenEmail: 'geen',
    verwijzer: 'Verwijzer',
    organisatie: 'Organisatie',
    screening: 'Screening (indicatief)',
    advies: 'Advies',
    redenen: 'Redenen',
    geenRedenen: 'Geen bezwaren gevonden',
    antwoorden: 'Antwoorden van de verwijzer bij de screening:',
    geenScreening: 'Geen screening gedaan.',
    wensen: 'Wensen',
    kwalificaties: 'Kwalificaties',
    werkprocessen: 'Werkprocessen',
    leerbedrijf: 'Leerbedrijf',
    startdatum: 'Gewenste start',
    zoSnelMogelijk: 'zo snel mogelijk',
    praktijkopleider: 'Praktijkopleider',
    nogNietBekend: 'nog niet bekend',
    uren: 'Uren per week',
    begeleiding: 'Begeleiding',
    inkomen: 'Inkomen',
    opmerkingen: 'Opmerkingen',
    toestemming: 'Toestemming cliënt',
    ja: 'ja',
    nee: 'nee',
    geen: '—',
    handledBy: (who: string, when: string) => `Laatst bijgewerkt door ${who} op ${when}`,
    vraag: 'Vraag aan de verwijzer',
    antwoord: 'Antwoord van de verwijzer',
    adviesgesprek: 'Adviesgesprek',
    plaats: 'Plaats',
    verwijzerKomt: 'Verwijzer komt',
    verwijzerNogNiet: 'nog niet laten weten',
    reden: 'Reden',
    toelichting: 'Toelichting',
    praktijkverklaring: 'Praktijkverklaring behaald',
    uitkomst: (moment: string) => `Uitkomst ${moment}`,
  },
  actions: {
    inBehandeling: 'In behandeling nemen',
    infoNodig: 'Aanvullende informatie nodig',
    infoVraag: 'Welke informatie ontbreekt?',
    infoVraagPlaceholder: 'Bijvoorbeeld: graag het telefoonnummer van de praktijkopleider',
    adviesgesprek: 'Adviesgesprek gepland',
    adviesgesprekDatum: 'Datum van het adviesgesprek',
    adviesgesprekTijd: 'Tijd (uu:mm)',
    adviesgesprekPlaats: 'Plaats (adres, of "Teams")',
    adviesgesprekPlaatsPlaceholder: 'Bijvoorbeeld: ROC West, Stationsplein 1, Voorbeeldstad',
    besluit: 'Besluit',
    besluitKeuze: 'Wat is het besluit?',
    gestart: 'Het traject start',
    nietGestart: 'Het traject start niet',
    reden: 'Reden (als het traject niet start)',
    toelichting: 'Korte toelichting voor de verwijzer (mag leeg)',
    afronden: 'Traject afronden',
    afrondenWerkprocessen: 'Welke werkprocessen staan op de praktijkverklaring?',
    afrondenVerklaring: 'Praktijkverklaring behaald?',
    versturen: 'Versturen',
  },
  registration: {
    done: (teamNaam: string) =>
      `Dit kanaal is gekoppeld als intakekanaal voor **${teamNaam}**. Nieuwe aanmeldingen verschijnen hier als kaart.`,
    usage: 'Typ "koppel intake" met de naam (id) van het intaketeam, bijvoorbeeld "koppel intake west".',
    channelWelcome:
      'Hallo! Ik ben de verwijsassistent praktijkleren. Is dit het kanaal van een mbo-intaketeam? Typ dan "@bot ' +
      'koppel intake": ' +
      'ik vertel je dan hoe je dit kanaal koppelt, zodat nieuwe aanmeldingen hier binnenkomen.',
    notInChannel:
      'Een intakekanaal koppel je in een kanaal van het Teams-team van het intaketeam, niet in een chat. ' +
      'Typ daar "@bot koppel intake" met de naam (id) van het team, bijvoorbeeld "koppel intake west".',
    notThisTeam:
      'Dit kanaal kan ik niet koppelen voor dat intaketeam. Een intaketeam is ingesteld voor één Teams-team, en dit ' +
      'kanaal hoort daar niet bij ' +
      '(of de naam van het team klopt niet). Typ "@bot koppel intake" om de gegevens van dit kanaal voor je ' +
      'beheerder te zien.',
    channelInfo: {
      title: 'Dit kanaal koppelen als intakekanaal',
      notBound:
        'Dit Teams-team is nog niet ingesteld als intaketeam. Geef je beheerder de regels hieronder. ' +
        'De beheerder zet ze bij jullie intaketeam in het intaketeams-bestand; daarna typ je hier "@bot koppel ' +
        'intake" met de naam (id) van het team.',
      bound: (teams: string) =>
        `Dit Teams-team is ingesteld voor ${teams}. Typ in het kanaal dat de aanmeldingen moet krijgen:`,
      command: (id: string) => `@bot koppel intake ${id}`,
      forBeheer: 'Voor de beheerder (intaketeams-bestand):',
    },
    /** The team's intake channel is another channel of the same Teams team: moving it takes a confirmation. */
    move: {
      title: 'Intakekanaal verplaatsen?',
      ask: (teamNaam: string, minutes: number) =>
        `Het intakekanaal van **${teamNaam}** is nu een ander kanaal van dit team. Verplaats je het naar dit ` +
        'kanaal, dan komen nieuwe aanmeldingen hier binnen en werken de kaarten van de aanmeldingen en hun ' +
        `knoppen alleen nog in dit kanaal, niet meer in het huidige intakekanaal. Bevestig binnen ${minutes} ` +
        'minuten als je dat wilt.',
      typed: (id: string) => `Of typ: @bot koppel intake ${id} bevestig`,
      button: 'Ja, verplaats het intakekanaal hierheen',
      done: (teamNaam: string) =>
        `Het intakekanaal van **${teamNaam}** is verplaatst naar dit kanaal. Nieuwe aanmeldingen verschijnen hier ` +
        'als kaart, en de knoppen op de kaarten werken alleen nog in dit kanaal.',
      oldTold: 'Het vorige intakekanaal heeft hierover een bericht gekregen.',
      oldNotTold: "Het vorige intakekanaal kon ik hierover geen bericht sturen. Laat het je collega's daar zelf weten.",
      /** In the old channel, as plain text. */
      notice: (teamNaam: string, who: string) =>
        `Het intakekanaal van ${teamNaam} is verplaatst naar een ander kanaal door ${who}. Nieuwe aanmeldingen ` +
        'komen daar binnen, en de knoppen op de kaarten werken vanaf nu alleen in dat kanaal.',
      /** A confirmation in the channel that is linked already (the button pressed again after the move). */
      alreadyHere: (teamNaam: string) =>
        `Dit kanaal is al het intakekanaal van **${teamNaam}**. Er is niets veranderd.`,
      nothingToConfirm: (id: string) =>
        'Er staat in dit kanaal geen verplaatsing van het intakekanaal klaar om te bevestigen. Typ "@bot koppel ' +
        `intake ${id}" als je het intakekanaal naar dit kanaal wilt verplaatsen.`,
      expired: (id: string, minutes: number) =>
        `Deze vraag is verlopen: bevestigen kan tot ${minutes} minuten nadat je het vroeg. Er is niets verplaatst. ` +
        `Typ opnieuw "@bot koppel intake ${id}" als je het intakekanaal naar dit kanaal wilt verplaatsen.`,
    },
  },
  teamAction: {
    done: (status: string, who: string) => `${who} heeft de status gewijzigd: ${status}.`,
    someone: 'Iemand van het intaketeam',
    missingQuestion: 'Vul eerst in welke informatie ontbreekt (hoogstens 1000 tekens).',
    questionHasBsn:
      'Je vraag lijkt een burgerservicenummer (BSN) te bevatten. Dat mag niet in een aanmelding. Haal het nummer weg ' +
      'en verstuur de vraag opnieuw.',
    questionHasHealthDetail:
      'Je vraag noemt een medisch gegeven, zoals een diagnose, ziekte of medicijn. Daar vragen we niet naar: het ' +
      'intaketeam heeft het niet nodig en de verwijzer mag het niet doorgeven. Ik heb de vraag niet bewaard en niet ' +
      'verstuurd. Vraag liever wat de cliënt op de werkplek nodig heeft, bijvoorbeeld "Waar heeft de cliënt baat ' +
      'bij op de werkplek?"',
    notNow: (status: string) =>
      `Dat kan nu niet: de aanmelding heeft de status "${status}". De kaart hierboven toont wat nu kan.`,
    missingDate: 'Vul de datum, de tijd (uu:mm, bijvoorbeeld 10:00) en de plaats van het adviesgesprek in.',
    pastDate: 'Die datum en tijd zijn al voorbij. Kies een moment in de toekomst.',
    missingReason: 'Kies waarom het traject niet start.',
    missingDecision: 'Kies eerst het besluit: start het traject of niet?',
    invalidWerkprocessen: 'Kies de werkprocessen uit de lijst op de kaart, en of de praktijkverklaring is behaald.',
    reasonHasBsn:
      'Je toelichting lijkt een burgerservicenummer (BSN) te bevatten. Dat mag niet in een aanmelding. Haal het ' +
      'nummer weg en verstuur opnieuw.',
    reasonHasHealthDetail:
      'Je toelichting noemt een medisch gegeven, zoals een diagnose, ziekte of medicijn. De verwijzer leest de ' +
      'toelichting en heeft dat niet nodig. Ik heb het besluit niet bewaard en niet verstuurd. Schrijf liever wat ' +
      'het besluit betekent of wat beter past, bijvoorbeeld "Een BBL-opleiding past beter" of "Meer begeleiding op ' +
      'de werkplek nodig".',
    unknownDossier: 'Deze aanmelding bestaat niet meer (misschien verwijderd na de bewaartermijn).',
    invalid: 'Deze actie kon ik niet verwerken. Gebruik de knoppen op de kaart.',
    notHere: 'Deze knoppen werken alleen in het intakekanaal van het intaketeam. Er is niets veranderd.',
    elsewhere: 'Deze aanmelding wordt behandeld in het intakekanaal van het intaketeam.',
  },
  notify: {
    afgeleverd: (id: string) => `Je aanmelding ${id} is aangekomen bij het intaketeam.`,
    'in-behandeling': (id: string) => `Het intaketeam heeft je aanmelding ${id} in behandeling genomen.`,
    mislukt: (id: string) =>
      `Je aanmelding ${id} is niet aangekomen bij het intaketeam. Beheer is op de hoogte en probeert het opnieuw; je ` +
      `gegevens zijn bewaard.`,
  },
} as const;

/** Dutch texts of the loop between verwijzer and intake team, on both sides. */
export const loopMessages = {
  contact: {
    line: (who: string, ways: string) => (ways ? `Contact intaketeam: ${who}, ${ways}` : `Contact intaketeam: ${who}`),
    telefoon: (telefoon: string) => `tel. ${telefoon}`,
  },
  afspraak: (datum: string, tijd: string) => `${datum}, ${tijd}`,
  toVerwijzer: {
    aboutDossier: (id: string, naam: string) => `Aanmelding ${id} (${naam})`,
    question: {
      title: 'Vraag van het intaketeam',
      intro: 'Het intaketeam heeft aanvullende informatie nodig. Hun vraag:',
      label: 'Jouw antwoord',
      placeholder: 'Typ hier je antwoord',
      send: 'Antwoord versturen',
    },
    invitation: {
      title: 'Adviesgesprek gepland',
      intro:
        'Het intaketeam heeft een adviesgesprek gepland. De mbo-instelling nodigt je cliënt uit. Je bent ook welkom: ' +
        'kom je?',
      wanneer: 'Wanneer',
      waar: 'Waar',
      yes: 'Ik kom',
      no: 'Ik kom niet',
      answered: (komt: boolean) =>
        komt ? 'Je hebt laten weten dat je komt.' : 'Je hebt laten weten dat je niet komt.',
    },
    gestart: (id: string) => `Besluit van het intaketeam over aanmelding ${id}: het traject start.`,
    nietGestart: (id: string, reden: string) =>
      `Besluit van het intaketeam over aanmelding ${id}: het traject start niet. Reden: ${reden}.`,
    toelichting: 'Toelichting van het intaketeam:',
    afgerond: (id: string, behaald: boolean) =>
      `Het traject van aanmelding ${id} is afgerond. ` +
      (behaald ? 'Je cliënt heeft de praktijkverklaring behaald.' : 'Er is geen praktijkverklaring behaald.') +
      ' Over 3 en 6 maanden vraag ik je hoe het met je cliënt gaat.',
    followUp: {
      title: (naam: string) => `Hoe gaat het met ${naam}?`,
      intro: (id: string, months: number) =>
        `Het traject van aanmelding ${id} is ${months} maanden geleden afgerond. Wat doet je cliënt nu? ` +
        'Kies en verstuur.',
      label: 'Wat doet je cliënt nu?',
      send: 'Versturen',
    },
  },
  verwijzerAction: {
    answered: 'Je antwoord is verstuurd naar het intaketeam. Het staat nu bij de aanmelding.',
    yourAnswer: 'Jouw antwoord:',
    attendance: (komt: boolean) =>
      komt
        ? 'Dank je. Het intaketeam weet nu dat je bij het adviesgesprek komt.'
        : 'Dank je. Het intaketeam weet nu dat je niet bij het adviesgesprek komt.',
    outcome: (label: string) => `Dank je. De uitkomst is bewaard: ${label}.`,
    notYours: 'Dit kan alleen de verwijzer van deze aanmelding, in de eigen chat met mij. Er is niets veranderd.',
    notOpen: 'Deze vraag staat niet meer open: het intaketeam is al verder. Er is niets veranderd.',
    missingAnswer: 'Typ eerst je antwoord (hoogstens 1000 tekens).',
    answerHasBsn:
      'Je antwoord lijkt een burgerservicenummer (BSN) te bevatten. Dat mag niet in een aanmelding. Haal het nummer ' +
      'weg en verstuur je antwoord opnieuw.',
    answerHasHealthDetail:
      'Je antwoord noemt een medisch gegeven, zoals een diagnose, ziekte of medicijn. Het intaketeam heeft dat niet ' +
      'nodig en ik heb je antwoord niet bewaard en niet verstuurd. Beschrijf liever wat de cliënt op de werkplek ' +
      'nodig heeft, bijvoorbeeld "heeft baat bij vaste structuur en korte instructies".',
    invitationClosed: 'Het adviesgesprek staat niet meer gepland. Er is niets veranderd.',
    outcomeNotNow: 'Een uitkomst kun je doorgeven zodra het traject is afgerond. Er is niets veranderd.',
    missingOutcome: 'Kies eerst wat je cliënt nu doet.',
    invalid: 'Deze knop kon ik niet verwerken. Open "Mijn aanmeldingen" en probeer het daar.',
    listButton: 'Mijn aanmeldingen',
  },
  typedAnswer: {
    question: 'Is dit je antwoord op de vraag van het intaketeam?',
    youWrote: 'Je schreef:',
    theirQuestion: 'Hun vraag:',
    yes: 'Ja, stuur als antwoord',
    no: 'Nee, het is een vraag aan jou',
    refusedTitle: 'Dit stuur ik niet als antwoord naar het intaketeam',
    healthDetail:
      'Er staat een medisch gegeven in, zoals een diagnose, ziekte of medicijn. Het intaketeam heeft dat niet nodig ' +
      'en ik heb het niet bewaard en niet verstuurd. Schrijf je antwoord opnieuw en beschrijf liever wat de cliënt ' +
      'op de werkplek nodig heeft, bijvoorbeeld "heeft baat bij vaste structuur en korte instructies".',
  },
  toChannel: {
    answer: (id: string) => `De verwijzer heeft geantwoord op jullie vraag over aanmelding ${id}:`,
    attendance: (id: string, komt: boolean) =>
      komt
        ? `De verwijzer komt naar het adviesgesprek van aanmelding ${id}.`
        : `De verwijzer komt niet naar het adviesgesprek van aanmelding ${id}.`,
    outcome: (id: string, moment: string, label: string) =>
      `De verwijzer gaf de uitkomst door van aanmelding ${id} (${moment}): ${label}.`,
    reminder: (id: string, days: number) =>
      `Herinnering: aanmelding ${id} wacht al ${days} ${days === 1 ? 'werkdag' : 'werkdagen'} op een eerste ` +
      'reactie van het intaketeam. De kaart staat hierboven.',
  },
  momentLabels: { '3-maanden': 'na 3 maanden', '6-maanden': 'na 6 maanden', tussentijds: 'tussendoor' },
} as const;

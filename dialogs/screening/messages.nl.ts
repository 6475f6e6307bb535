import type { Advies } from '../../intake/screening/rules';

export { fieldMessages } from './fieldMessages.nl';

/** Plain-Dutch explanations of the criteria, for "uitleg <begrip>" at any question. */
export const glossary: readonly { names: readonly string[]; text: string }[] = [
  {
    names: ['leerbaarheid', 'leerbaar'],
    text:
      'Leerbaarheid: kan de cliënt naar verwachting een mbo-opleiding (entree of niveau 2) volgen en afronden, ' +
      'eventueel met steun? ' +
      'Kan de cliënt dat én meedoen in een klas (schoolbaarheid), dan gaat een diploma of certificaat voor.',
  },
  {
    names: ['schoolbaarheid', 'schoolbaar'],
    text:
      'Schoolbaarheid: kan de cliënt meedoen in een klas, met lessen, theorie en schoolregels? ' +
      'Praktijkleren is er voor wie dat (nog) niet lukt, maar wel op de werkvloer kan leren.',
  },
  {
    names: ['startkwalificatie', 'een startkwalificatie'],
    text:
      'Een startkwalificatie is een diploma op mbo-niveau 2 of hoger, havo of vwo. Wie die heeft, komt meestal niet ' +
      'in aanmerking. ' +
      'Is het diploma verouderd of het beroep niet meer uit te oefenen, dan is een uitzondering mogelijk: bespreek ' +
      'dat met het mbo.',
  },
  {
    names: ['werkfit', 'werkfitheid'],
    text:
      'Werkfit: de cliënt kan een aantal dagen per week werken, op tijd komen en afspraken nakomen, eventueel ' +
      'met begeleiding.',
  },
  {
    names: ['derde leerweg', 'de derde leerweg'],
    text:
      'De derde leerweg is een manier van inschrijven bij het mbo, naast bol (vooral school) en bbl (vooral werken, ' +
      'met een diploma als doel). De cliënt leert dan een deel van een mbo-opleiding, ' +
      'zoals een paar werkprocessen, bij een erkend leerbedrijf. Aan het eind volgt een praktijkverklaring.',
  },
  {
    names: ['praktijkverklaring', 'de praktijkverklaring'],
    text:
      'Een praktijkverklaring is een document van het mbo. Daarin staat welke werkprocessen de cliënt in de ' +
      'praktijk beheerst. ' +
      'De praktijkopleider van het leerbedrijf beoordeelt dat; de mbo-instelling geeft de verklaring af.',
  },
  {
    names: ['inclusieve adviesfunctie', 'adviesfunctie', 'adviesgesprek'],
    text:
      'De inclusieve adviesfunctie is het adviesgesprek van het mbo (vaak een intaketeam) met de cliënt, soms met ' +
      'de verwijzer en het leerbedrijf erbij. ' +
      'Daaruit komt een advies dat niet bindend is. Het advies van deze bot is alleen een eerste inschatting.',
  },
  {
    names: ['leerbedrijf', 'erkend leerbedrijf', 'erkenning'],
    text: 'Een erkend leerbedrijf is een bedrijf dat van SBB toestemming heeft om mbo-studenten op te leiden.',
  },
];

export const screeningMessages = {
  progress: (number: number, total: number) => `Vraag ${number} van ${total}`,
  whyHeading: 'Waarom vragen we dit?',
  next: 'Volgende',
  typeHint: 'Je kunt ook typen: een antwoord, het nummer van een keuze, of "waarom?" voor uitleg.',
  choicePlaceholder: 'Maak een keuze',
  invalid: {
    choice: (options: string) =>
      `Dat antwoord herken ik niet. Kies een van deze mogelijkheden of typ het nummer: ${options}.`,
    number: (min: number, max: number, unit: string) => `Vul een heel getal in van ${min} tot en met ${max} ${unit}.`,
    textTooLong: (max: number) => `Dat is te lang. Houd het kort, maximaal ${max} tekens.`,
    healthDetail:
      'Hier staat een medisch gegeven, zoals een diagnose, ziekte of medicijn. Het intaketeam heeft dat niet nodig ' +
      'en ik bewaar het niet. Schrijf alleen in welk werk de cliënt interesse heeft, bijvoorbeeld "dieren, buiten ' +
      'werken". Wat de cliënt op de werkplek nodig heeft, kun je bij de aanmelding kwijt onder Opmerkingen.',
    daysWithoutHours: 'Hoeveel uur per week is dat? Typ het aantal uren, bijvoorbeeld "18" of "3 dagen van 6 uur".',
    futureBirthDate: 'Die geboortedatum ligt in de toekomst. Typ de leeftijd in jaren of controleer de datum.',
    approximateAge:
      'Ik heb de leeftijd in hele jaren nodig, bijvoorbeeld "34", of de geboortedatum, bijvoorbeeld "4 juni 1995".',
    otherQuestion: 'Dat antwoord hoort bij een andere vraag. Beantwoord eerst deze vraag:',
    unusable: 'Dat antwoord kan ik niet gebruiken voor deze vraag. Probeer het nog eens:',
    notFinished:
      'Ik lees dat die opleiding (nog) niet met een diploma is afgerond. Welke opleiding heeft de cliënt wél met ' +
      'een diploma afgerond? Geen diploma? Typ "geen".',
  },
  summary: {
    title: 'Kloppen deze antwoorden?',
    intro: 'Controleer de antwoorden. Je kunt één antwoord wijzigen zonder opnieuw te beginnen.',
    empty: '(leeg)',
    changeLabel: 'Wil je iets wijzigen?',
    changePlaceholder: 'Kies een antwoord om te wijzigen',
    changeButton: 'Wijzig gekozen antwoord',
    confirmButton: 'Klopt, toon advies',
    typeHint: 'Typ "klopt" om het advies te zien, of bijvoorbeeld "wijzig leeftijd" of "wijzig 3".',
    whichField: 'Welk antwoord wil je wijzigen? Kies het in de lijst, of typ bijvoorbeeld "wijzig leeftijd".',
    notUnderstood:
      'Dat begrijp ik niet. Typ "klopt" om het advies te zien, of "wijzig" met het onderdeel dat je wilt aanpassen.',
    yes: 'Ja',
    no: 'Nee',
  },
  result: {
    heading: 'Advies (indicatief, niet bindend)',
    earlyHeading: 'Voorlopig advies (indicatief, niet bindend)',
    advies: {
      kansrijk: 'Kansrijk: praktijkleren met praktijkverklaring lijkt goed te passen',
      'diploma-route': 'Eerst een diploma-route: een mbo-diploma of -certificaat lijkt haalbaar en gaat voor',
      bespreken: 'Eerst bespreken: overleg met het mbo of praktijkleren past',
      'niet-toelaatbaar': 'Past nu niet',
    } satisfies Record<Advies, string>,
    /** The kind of reason behind "past nu niet": a hard condition, or only voluntariness. */
    pastNuNiet: {
      voorwaarde: 'Past nu niet: niet voldaan aan een harde voorwaarde van de regeling',
      vrijwillig: 'Past nu niet: de cliënt wil nu zelf niet, en meedoen is vrijwillig',
    },
    icon: { kansrijk: '✅', 'diploma-route': '🎓', bespreken: '💬', 'niet-toelaatbaar': '⏸️' } satisfies Record<
      Advies,
      string
    >,
    reasonsTitle: 'Waarom dit advies',
    otherReasonsTitle: 'Verder van belang',
    criteriaIntro: 'Aan deze voorwaarden is voldaan:',
    actionsTitle: 'Wat moet je nog regelen',
    noActions: 'Leerbaan, inkomen en begeleiding lijken geregeld.',
    werkprocessen: 'Werkprocessen verkennen',
    aanmelding: 'Aanmelding voorbereiden',
    nextHint:
      'Vragen over dit advies? Typ "waarom?". Een antwoord aanpassen: typ "wijzig" met het onderdeel. Een nieuwe ' +
      'cliënt: typ "screenen".',
  },
  resumed: (answered: number) =>
    answered === 1
      ? 'Je gaat verder met de screening. Je eerdere antwoord is bewaard.'
      : `Je gaat verder met de screening. Je ${answered} eerdere antwoorden zijn bewaard.`,
  clientDetails: {
    kept:
      'Dank je. Die gegevens van de cliënt gebruik ik straks voor de aanmelding; je ziet ze dan eerst om te ' +
      'controleren. Nu eerst de screening.',
    keptWithAge: (leeftijd: number) =>
      `Dank je. Die gegevens van de cliënt gebruik ik straks voor de aanmelding; je ziet ze dan eerst om te ` +
      `controleren. Uit de geboortedatum haal ik de leeftijd: ${leeftijd} jaar. Nu verder met de screening.`,
  },
  unsure: {
    question: (answer: string) => `Bedoel je: ${answer}?`,
    hint: 'Klopt het niet? Typ dan je antwoord opnieuw.',
    yes: 'Ja, klopt',
    no: 'Nee',
    again: 'Oké, dan vraag ik het nog een keer.',
  },
  why: {
    advice: (label: string) => `Het advies is **${label}**. Dit zijn de redenen:`,
    changeHint: 'Klopt een antwoord niet? Typ "wijzig" met het onderdeel, bijvoorbeeld "wijzig leeftijd".',
  },
  earlyStop: {
    intro:
      'Met deze antwoorden komt het advies hoe dan ook uit op "past nu niet". De andere vragen veranderen dat niet ' +
      'meer.',
    question: 'Wil je toch alle vragen beantwoorden, zodat het volledige beeld is vastgelegd?',
    continueButton: 'Ja, vul alles in',
    stopButton: 'Nee, stop hier',
    notUnderstood: 'Kies "Ja, vul alles in" of "Nee, stop hier". Je kunt ook "ja" of "nee" typen.',
    stopped: 'De screening stopt hier. Typ "menu" voor het menu of "screening" voor een nieuwe screening.',
  },
};

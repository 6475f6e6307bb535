import type { AnswerField } from '../../intake/screening/answers';
import type { Policy } from '../../intake/screening/policy';

/** Dutch texts per screening question. Choice keys are the values a card submits. */
export interface FieldText {
  question: string;
  /** Input label on the card, and the field's name in the summary. */
  label: string;
  /** Short line under "Waarom vragen we dit?". */
  hint: string;
  /** Longer plain-Dutch explanation for "waarom?" / "uitleg". */
  why: (policy: Policy) => string;
  choices?: Record<string, string>;
  placeholder?: string;
  unit?: string;
}

const YES_NO = { true: 'Ja', false: 'Nee' };
const YES_NO_UNKNOWN = { ja: 'Ja', nee: 'Nee', onbekend: 'Weet ik niet' };

export const fieldMessages: Record<AnswerField, FieldText> = {
  leeftijd: {
    question: 'Hoe oud is de cliënt?',
    label: 'Leeftijd',
    hint: 'Voor jongeren gelden vaak nog de leerplicht en de kwalificatieplicht.',
    why: (p) =>
      `Praktijkleren met een praktijkverklaring is bedoeld voor volwassenen. In jouw regio is de minimumleeftijd ` +
      `${p.minimumLeeftijd} jaar. ` +
      'Wie jonger is, valt meestal nog onder de leerplicht of kwalificatieplicht; dan zijn school en het RMC aan ' +
      'zet. Er is geen maximumleeftijd.',
    placeholder: 'Bijvoorbeeld 35',
    unit: 'jaar',
  },
  situatie: {
    question: 'Wat is de situatie van de cliënt nu?',
    label: 'Situatie',
    hint: 'Wie nog op praktijkonderwijs of vso zit, leert in de praktijk via de eigen school.',
    why: () =>
      'Praktijkleren is er voor werkenden en werkzoekenden, ook voor gedetineerden. ' +
      'Zit iemand nog op het praktijkonderwijs of het voortgezet speciaal onderwijs (vso), dan regelt de school het ' +
      'leren in de praktijk, bijvoorbeeld met een stage.',
    choices: {
      werkzoekend: 'Werkzoekend',
      werkend: 'Werkend',
      gedetineerd: 'Gedetineerd',
      schoolverlater: 'Schoolverlater',
      'leerling-pro-vso': 'Zit nog op praktijkonderwijs of vso',
    },
  },
  ingeschrevenMbo: {
    question: 'Staat de cliënt nu ingeschreven voor een mbo-opleiding?',
    label: 'Ingeschreven bij mbo',
    hint: 'Wie al een mbo-opleiding volgt, zit al op een route naar een diploma.',
    why: () =>
      'Praktijkleren is voor mensen die (nog) geen mbo-opleiding volgen. Wie al ingeschreven staat, werkt al aan een ' +
      'diploma. ' +
      'Het mbo controleert de inschrijving later zelf bij DUO.',
    choices: YES_NO,
  },
  opleiding: {
    question: 'Wat is de hoogste opleiding die de cliënt met een diploma heeft afgerond?',
    label: 'Hoogste diploma',
    hint: 'Met een diploma mbo 2 of hoger, havo of vwo heeft iemand een startkwalificatie.',
    why: () =>
      'Praktijkleren is vooral bedoeld voor mensen zonder startkwalificatie. Een startkwalificatie is een diploma op ' +
      'mbo-niveau 2 of hoger, havo of vwo. ' +
      'Entree, vmbo en praktijkonderwijs zijn geen startkwalificatie. Bij een buitenlands diploma moet eerst blijken ' +
      'wat het hier waard is.',
    choices: {
      geen: 'Geen diploma',
      'pro-vso': 'Praktijkonderwijs of vso',
      entree: 'Entree (mbo niveau 1)',
      vmbo: 'Vmbo',
      mbo2plus: 'Mbo niveau 2 of hoger',
      'havo-vwo': 'Havo of vwo',
      buitenlands: 'Diploma uit het buitenland',
    },
  },
  startkwalificatieBruikbaar: {
    question: 'Is dat diploma nog bruikbaar op de arbeidsmarkt voor deze cliënt?',
    label: 'Diploma nog bruikbaar',
    hint: 'Een verouderd diploma, of een beroep dat iemand niet meer kan uitoefenen, telt soms niet mee.',
    why: (p) =>
      'Met een bruikbare startkwalificatie is praktijkleren meestal niet nodig. Soms is een diploma verouderd, biedt ' +
      'de richting weinig kansen, ' +
      'of kan iemand het beroep door lichamelijke of psychische klachten niet meer doen. Dan is een uitzondering ' +
      'mogelijk; bespreek dat met het mbo. ' +
      (p.startkwalificatie === 'soepel'
        ? 'Jouw regio laat bij een bruikbaar diploma ruimte voor overleg.'
        : 'Jouw regio houdt zich aan de strenge regel.'),
    choices: { true: 'Ja, nog bruikbaar', false: 'Nee, verouderd of niet meer uit te oefenen', null: 'Weet ik niet' },
  },
  motivatie: {
    question: 'Wil de cliënt zelf leren in de praktijk?',
    label: 'Motivatie',
    hint: 'Meedoen is altijd vrijwillig.',
    why: () =>
      'Praktijkleren werkt alleen als de cliënt het zelf wil. Niemand wordt verplicht. Twijfelt iemand, praat er ' +
      'dan eerst samen over.',
    choices: { ja: 'Ja', twijfel: 'Twijfelt nog', nee: 'Nee' },
  },
  leerbaar: {
    question:
      'Kan de cliënt naar verwachting een mbo-opleiding (entree of niveau 2) volgen en afronden, eventueel met ' +
      'steun?',
    label: 'Leerbaarheid',
    hint: 'Als een diploma haalbaar is, gaat dat voor.',
    why: () =>
      'Leerbaarheid is de vraag of iemand de stof van een mbo-opleiding aankan en die kan afronden, eventueel met ' +
      'steun. ' +
      'Kan iemand leren én naar school, dan is een diploma of mbo-certificaat de eerste keus, en niet de ' +
      'praktijkverklaring.',
    choices: YES_NO_UNKNOWN,
  },
  schoolbaar: {
    question: 'Kan de cliënt meedoen in een schoolse omgeving: lessen, theorie, een klas en schoolregels?',
    label: 'Schoolbaarheid',
    hint: 'Praktijkleren is er voor wie niet goed in een klas tot zijn of haar recht komt.',
    why: () =>
      'Schoolbaarheid gaat over gedrag en houding: kan iemand in een klas zitten, lessen volgen en zich aan ' +
      'schoolregels houden? ' +
      'Praktijkleren is bedoeld voor mensen voor wie dat (nog) niet lukt, maar die wel op de werkvloer kunnen leren.',
    choices: YES_NO_UNKNOWN,
  },
  werkfit: {
    question: 'Kan de cliënt een paar dagen per week werken en afspraken nakomen?',
    label: 'Werkfit',
    hint: 'Praktijkleren is leren terwijl je werkt bij een bedrijf.',
    why: () =>
      'Werkfit betekent: iemand kan op tijd komen, een aantal dagen per week werken en afspraken nakomen, eventueel ' +
      'met begeleiding. ' +
      'Is de afstand tot werk nog groot, dan past eerst een andere stap richting werk vaak beter.',
    choices: { ja: 'Ja', 'met-begeleiding': 'Ja, met begeleiding', nee: 'Nee, nog niet' },
  },
  taal: {
    question: 'Begrijpt de cliënt genoeg Nederlands om instructies op de werkvloer te volgen?',
    label: 'Nederlandse taal',
    hint: 'Zo weten we of taalondersteuning nodig is.',
    why: () =>
      'Op de werkvloer krijgt de cliënt uitleg en opdrachten in het Nederlands. Is dat nog te moeilijk, dan kan ' +
      'het traject samengaan met taalles.',
    choices: { voldoende: 'Voldoende', beperkt: 'Beperkt', onvoldoende: 'Onvoldoende' },
  },
  urenPerWeek: {
    question: 'Hoeveel uur per week kan de cliënt werken en leren?',
    label: 'Uren per week',
    hint: 'Dit helpt bij het plannen. Het verandert het advies niet.',
    why: () =>
      'Het aantal uren helpt het mbo en het leerbedrijf om het traject te plannen. Het telt niet mee in het advies.',
    placeholder: 'Bijvoorbeeld 24',
    unit: 'uur',
  },
  uitkering: {
    question: 'Welke uitkering heeft de cliënt?',
    label: 'Uitkering',
    hint: 'Ter informatie; het verandert het advies niet.',
    why: () =>
      'De uitkering laat zien welke organisatie meebetaalt of begeleidt, bijvoorbeeld gemeente of UWV. Het telt niet ' +
      'mee in het advies.',
    choices: {
      participatiewet: 'Bijstand (Participatiewet)',
      ww: 'WW',
      wia: 'WIA',
      wajong: 'Wajong',
      geen: 'Geen uitkering',
      onbekend: 'Weet ik niet',
    },
  },
  inkomen: {
    question: 'Wat is het inkomen van de cliënt tijdens het traject?',
    label: 'Inkomen tijdens traject',
    hint: 'Een vorm van inkomen hoort bij elk traject.',
    why: () =>
      'Tijdens praktijkleren heeft de cliënt inkomen nodig, bijvoorbeeld loon van het leerbedrijf of een ' +
      'uitkering. Dat moet vooraf geregeld zijn.',
    choices: { loon: 'Loon', uitkering: 'Uitkering', anders: 'Anders', onbekend: 'Weet ik niet' },
  },
  leerbedrijf: {
    question: 'Is er al een leerbaan bij een leerbedrijf?',
    label: 'Leerbedrijf',
    hint: 'Het leren gebeurt bij een bedrijf dat door SBB erkend is.',
    why: () =>
      'De cliënt leert op de werkvloer van een leerbedrijf. Dat bedrijf moet door SBB erkend zijn. Is er nog geen ' +
      'erkenning, dan kan het bedrijf die aanvragen.',
    choices: {
      erkend: 'Ja, bij een erkend leerbedrijf',
      'niet-erkend': 'Ja, maar nog niet erkend',
      geen: 'Nee, nog geen leerbaan',
    },
  },
  begeleiding: {
    question: 'Is er een jobcoach of begeleider vanuit jouw organisatie?',
    label: 'Begeleiding',
    hint: 'Op de werkvloer begeleidt de praktijkopleider; een jobcoach is extra steun en niet verplicht.',
    why: () =>
      'Begeleiding hoort altijd bij praktijkleren. Op de werkvloer doet de praktijkopleider van het leerbedrijf dat. ' +
      'Een jobcoach of begeleider vanuit jouw organisatie is niet verplicht, maar helpt de cliënt en het bedrijf ' +
      'als het lastig wordt.',
    choices: YES_NO,
  },
  interesses: {
    question: 'In welk werk of welke sector is de cliënt geïnteresseerd?',
    label: 'Interesses',
    hint: 'Hiermee zoeken we straks werkprocessen die passen. Mag leeg blijven.',
    why: () =>
      'Bij praktijkleren leert de cliënt een paar werkprocessen uit een mbo-opleiding. Met de interesses zoeken ' +
      'we werkprocessen die bij de cliënt passen.',
    placeholder: 'Bijvoorbeeld: magazijn, keuken, zorg',
  },
};

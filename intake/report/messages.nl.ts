import type { Advies } from '../screening/rules';
import type { DayBucket } from './summary';

/** Every text of the regional report (HTML and CSV headers). */
export const RAPPORT_TEXT = {
  title: 'Regionale rapportage praktijkleren met praktijkverklaring',
  subtitle: 'Aanmeldingen via de verwijsassistent, per intaketeam en per regio',
  period: (from: string, to: string) => `Periode: ${from} tot en met ${to} (maand waarin de aanmelding is verstuurd).`,
  noData: 'Er zijn nog geen aanmeldingen om te tellen.',
  generated: (date: string) => `Gemaakt op ${date}.`,
  aboutTitle: 'Over deze rapportage',
  about: [
    'Deze rapportage bevat geen persoonsgegevens: geen namen, geen contactgegevens, geen geboortedata, ' +
      'geen dossiernummers en geen vrije tekst. Alleen aantallen per intaketeam, regio en maand.',
    'Kleine aantallen zijn afgeschermd: een aantal van 1 tot en met 4 staat er als "<5". Kan zo\'n aantal ' +
      'worden teruggerekend uit een totaal, dan is ook het kleinste andere aantal in die optelling ' +
      'afgeschermd; dat staat er als "≥5". Zo valt geen afgeschermd aantal terug te rekenen.',
    'Doorlooptijden zijn in kalenderdagen, gerekend vanaf de dag dat de aanmelding is verstuurd. ' +
      'De mediaan is de middelste waarde: de helft duurde korter, de helft langer. ' +
      'Een mediaan staat er alleen bij 5 of meer aanmeldingen.',
    'Aanmeldingen blijven meetellen nadat de dossiers na de bewaartermijn zijn verwijderd: ' +
      'van elk dossier is vooraf een anonieme samenvatting bewaard.',
  ],
  contents: 'Inhoud',
  levels: { team: 'intaketeam', regio: 'regio', totaal: 'totaal' },
  allRegions: 'Alle regio\u2019s',
  regionTotal: (regio: string) => `Regio ${regio}, totaal`,
  noRegion: 'Zonder regio',
  total: 'Totaal',
  median: 'Mediaan',
  noMedian: '–',
  medianOfAll: (median: string) => `Mediaan: ${median}.`,
  chartOf: 'Grafiek: alle regio\u2019s samen',
  hiddenInChart: 'Afgeschermde aantallen staan in de grafiek zonder staaf, met "<5" of "≥5".',
  csvHeader: { niveau: 'niveau', regio: 'regio', team: 'intaketeam' },
  advies: {
    kansrijk: 'Kansrijk',
    bespreken: 'Eerst bespreken',
    'diploma-route': 'Eerst een diploma-route',
    'niet-toelaatbaar': 'Past nu niet',
  } satisfies Record<Advies, string>,
  geenScreening: 'Geen screening',
  days: {
    '0': 'dezelfde dag',
    '1': '1 dag',
    '2': '2 dagen',
    '3': '3 dagen',
    '4': '4 dagen',
    '5': '5 dagen',
    '6': '6 dagen',
    '7': '7 dagen',
    '8-14': '8 tot 14 dagen',
    '15-28': '15 tot 28 dagen',
    '29+': 'meer dan 28 dagen',
  } satisfies Record<DayBucket, string>,
  gestart: 'Gestart',
  nietGestart: 'Niet gestart',
  redenOnbekend: 'Niet gestart, geen reden',
  behaald: 'Praktijkverklaring behaald',
  nietBehaald: 'Praktijkverklaring niet behaald',
  resultaatOnbekend: 'Afgerond, resultaat niet bekend',
  tables: {
    aanmeldingen: {
      title: 'Aanmeldingen per maand',
      explanation: 'Het aantal aanmeldingen dat verwijzers per maand naar het intaketeam hebben verstuurd.',
    },
    advies: {
      title: 'Advies uit de screening',
      explanation: 'Welk indicatief advies de screening van de verwijsassistent gaf bij de verstuurde aanmeldingen.',
    },
    eersteActie: {
      title: 'Tijd tot de eerste reactie van het intaketeam',
      explanation:
        'Hoeveel kalenderdagen het duurde van versturen tot de eerste stap van het intaketeam ' +
        '(in behandeling nemen, een vraag stellen, een gesprek plannen of besluiten).',
    },
    adviesgesprek: {
      title: 'Tijd tot het adviesgesprek',
      explanation:
        'Hoeveel kalenderdagen er zaten tussen versturen en de datum van het (laatst) geplande adviesgesprek.',
    },
    besluit: {
      title: 'Besluiten en redenen',
      explanation: 'Of het traject is gestart, en zo niet, welke reden het intaketeam daarbij gaf.',
    },
    resultaat: {
      title: 'Resultaat van afgeronde trajecten',
      explanation: 'Bij afgeronde trajecten: of de deelnemer de praktijkverklaring heeft behaald.',
    },
    uitkomst3: {
      title: 'Situatie 3 maanden na het traject',
      explanation: 'Waar de deelnemer 3 maanden na het afronden van het traject staat, zoals de verwijzer het doorgaf.',
    },
    uitkomst6: {
      title: 'Situatie 6 maanden na het traject',
      explanation: 'Waar de deelnemer 6 maanden na het afronden van het traject staat, zoals de verwijzer het doorgaf.',
    },
  },
} as const;

const MONTH_LONG = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH_SHORT = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY_LONG = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

/** "2026-03" → "maart 2026" (long) or "mrt 2026" (short). */
export function monthLabel(month: string, long = false): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return (long ? MONTH_LONG : MONTH_SHORT).format(new Date(Date.UTC(year, m - 1, 1)));
}

/** The day in the Netherlands, in words: "2 december 2026". */
export function dayLabel(at: Date): string {
  return DAY_LONG.format(at);
}

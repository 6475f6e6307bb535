import { PreIntakeDossier, type StatusEntry, type UitkomstEntry } from '../dossier/dossier';
import { dossierIdFrom } from '../dossier/dossierId';
import { NotStartedReason, Outcome } from '../dossier/lifecycle';
import type { IntakeTeam } from '../delivery/intakeTeams';
import { Advies } from '../screening/rules';
import { KANSRIJK_ANSWERS } from '../screening/exampleAnswers';

/**
 * Invented dossiers for demos and tests of the regional report (`npm run rapport -- --demo`):
 * made-up people spread over months, teams, statuses and outcomes. Deterministic: the same
 * seed gives the same dossiers. Every name, number and text here is fictitious.
 */

export const DEMO_TEAMS: IntakeTeam[] = [
  {
    id: 'zorg-rijnmond',
    naam: 'Intaketeam Zorg Rijnmond',
    regio: 'Rijnmond',
    kanaal: 'teams',
    teams: { tenantId: 'demo', teamId: 'demo-1' },
  },
  {
    id: 'techniek-rijnmond',
    naam: 'Intaketeam Techniek Rijnmond',
    regio: 'Rijnmond',
    kanaal: 'teams',
    teams: { tenantId: 'demo', teamId: 'demo-2' },
  },
  {
    id: 'midden-utrecht',
    naam: 'Intaketeam Midden-Utrecht',
    regio: 'Utrecht',
    kanaal: 'teams',
    teams: { tenantId: 'demo', teamId: 'demo-3' },
  },
];

const FIRST = [
  'Sanne',
  'Daan',
  'Noor',
  'Milan',
  'Fatima',
  'Yusuf',
  'Lotte',
  'Bram',
  'Aisha',
  'Jesse',
  'Emma',
  'Mohamed',
];
const LAST = ['Jansen', 'de Boer', 'Visser', 'Smit', 'El Amrani', 'Bakker', 'Mulder', 'Yilmaz', 'de Graaf', 'Kok'];
const PLACES = ['Schiedam', 'Vlaardingen', 'Capelle', 'Zeist', 'Nieuwegein', 'Houten'];
const QUESTIONS = [
  'Hoeveel uur per week kan de kandidaat werken?',
  'Is er al contact met een leerbedrijf in de buurt?',
  'Kun je iets meer vertellen over de taalvaardigheid?',
];
const ANSWERS = [
  'Ongeveer vierentwintig uur, verdeeld over vier ochtenden.',
  'Ja, bij een verpleeghuis om de hoek.',
  'Spreekt goed Nederlands, schrijven gaat nog moeizaam.',
];
const REMARKS = [
  'Heeft eerder als vrijwilliger in de zorg gewerkt.',
  'Zoekt werk dichtbij huis, heeft geen rijbewijs.',
  'Wil graag met de handen werken, liefst buiten.',
  'Mantelzorger voor moeder, daarom alleen overdag beschikbaar.',
];

/** A small deterministic pseudo-random generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 24 * 60 * 60 * 1000;
const two = (n: number) => String(n).padStart(2, '0');

export interface DemoOptions {
  count?: number;
  seed?: number;
  /** The demo ends here: nothing happens after it (default 2026-12-01). */
  now?: Date;
}

/** `count` (default 60) valid dossiers with invented people, sent over the 11 months before `now`. */
export function demoDossiers({
  count = 60,
  seed = 20261201,
  now = new Date('2026-12-01T09:00:00Z'),
}: DemoOptions = {}) {
  const random = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const end = now.getTime();
  const start = end - 330 * DAY;
  const dossiers: PreIntakeDossier[] = [];

  for (let i = 0; i < count; i++) {
    const sent = start + Math.floor(random() * (end - start - 2 * DAY));
    const at = (days: number, hour = 10) => {
      const t = new Date(sent + days * DAY);
      t.setUTCHours(hour, between(0, 59), 0, 0);
      return t.getTime() <= end ? t.toISOString() : undefined;
    };
    const isoDate = (t: number) => new Date(t).toISOString().slice(0, 10);
    const history: StatusEntry[] = [
      { status: 'verzonden', op: new Date(sent).toISOString(), door: 'verwijzer' },
      { status: 'afgeleverd', op: new Date(sent + 60_000).toISOString(), door: 'systeem' },
    ];
    const push = (entry: Omit<StatusEntry, 'op'>, days: number): boolean => {
      const op = at(days);
      if (!op || Date.parse(op) <= Date.parse(history.at(-1)!.op)) return false;
      history.push({ ...entry, op });
      return true;
    };
    let day = between(0, 4) + (random() < 0.2 ? between(3, 12) : 0);
    const uitkomsten: UitkomstEntry[] = [];
    if (push({ status: 'in-behandeling', door: 'intaketeam' }, day)) {
      if (random() < 0.35) {
        const q = between(0, QUESTIONS.length - 1);
        day += between(1, 3);
        if (push({ status: 'info-nodig', door: 'intaketeam', toelichting: QUESTIONS[q] }, day)) {
          day += between(1, 4);
          push({ status: 'aangevuld', door: 'verwijzer', toelichting: ANSWERS[q] }, day);
        }
      }
      day += between(1, 3);
      const gesprek = day + between(2, 10);
      const planned = push(
        {
          status: 'adviesgesprek-gepland',
          door: 'intaketeam',
          afspraak: {
            datum: isoDate(sent + gesprek * DAY),
            tijd: `${two(between(9, 15))}:30`,
            plaats: 'Teams',
          },
        },
        day,
      );
      day = gesprek + between(1, 5);
      if (planned && random() < 0.65) {
        if (push({ status: 'gestart', door: 'intaketeam' }, day)) {
          day += between(30, 90);
          const resultaat = {
            werkprocessen: [{ crebo: '25250', code: 'B1-K1-W2' }],
            praktijkverklaring: random() < 0.75,
          };
          if (push({ status: 'afgerond', door: 'intaketeam', resultaat }, day)) {
            const outcome = (moment: UitkomstEntry['moment'], months: number) => {
              const op = at(day + months * 30);
              if (op) uitkomsten.push({ moment, uitkomst: pick(Outcome.options), op });
            };
            outcome('3-maanden', 3);
            outcome('6-maanden', 6);
          }
        }
      } else if (planned) {
        push({ status: 'niet-gestart', door: 'intaketeam', reden: pick(NotStartedReason.options) }, day);
      }
    }
    const first = pick(FIRST);
    const last = pick(LAST);
    const id = dossierIdFrom(
      new Date(sent),
      Uint8Array.from({ length: 5 }, () => between(0, 255)),
    );
    const birthYear = between(1965, 2004);
    dossiers.push(
      PreIntakeDossier.parse({
        schemaVersie: 1,
        id,
        aangemaakt: new Date(sent - between(10, 90) * 60_000).toISOString(),
        bijgewerkt: history.at(-1)!.op,
        verwijzer: {
          naam: `${pick(FIRST)} ${pick(LAST)}`,
          teamsId: `29:demo-verwijzer-${between(1, 8)}`,
          organisatie: `Gemeente ${pick(PLACES)}`,
          telefoon: `010-${between(1_000_000, 9_999_999)}`,
        },
        kandidaat: {
          naam: `${first} ${last}`,
          geboortedatum: `${birthYear}-${two(between(1, 12))}-${two(between(1, 28))}`,
          woonplaats: pick(PLACES),
          telefoon: `06-${between(10_000_000, 99_999_999)}`,
          email: `${first.toLowerCase()}.${last.toLowerCase().replace(/ /g, '')}${i}@example.nl`,
        },
        toestemming: { gegeven: true, datum: isoDate(sent), wijze: 'mondeling' },
        screening:
          random() < 0.1
            ? null
            : {
                answers: { ...KANSRIJK_ANSWERS, leeftijd: 2026 - birthYear },
                advies: random() < 0.55 ? 'kansrijk' : pick(Advies.options),
                redenen: [],
                acties: [],
              },
        wensen: {
          kwalificaties: ['25250'],
          werkprocessen: [{ crebo: '25250', code: 'B1-K1-W2' }],
          leerbedrijf: { naam: 'Zorgcentrum De Linde', plaats: pick(PLACES), erkend: 'erkend' },
          gewensteStartdatum: null,
          urenPerWeek: 24,
        },
        begeleiding: true,
        inkomen: 'uitkering',
        opmerkingen: pick(REMARKS),
        intakeTeam: DEMO_TEAMS[i % 5 === 4 ? 2 : i % 2]!.id,
        statusHistory: history,
        ...(uitkomsten.length ? { uitkomsten } : {}),
      }),
    );
  }
  return dossiers;
}

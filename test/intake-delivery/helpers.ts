import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { Clock } from '../../intake/dossier/clock';
import { PreIntakeDossier } from '../../intake/dossier/dossier';
import { dossierIdFrom } from '../../intake/dossier/dossierId';
import type { DossierDraft } from '../../intake/dossier/draft';
import { SHARED_REDIS_URL } from '../storage/redisServer';
import type { DeliveryLog, DeliveryLogFields } from '../../intake/delivery/deliveryWorker';
import { KANSRIJK_ANSWERS } from '../../intake/screening/exampleAnswers';

export interface FakeClock extends Clock {
  advance(ms: number): void;
}

export function fakeClock(startIso = '2026-03-02T09:00:00.000Z'): FakeClock {
  let now = Date.parse(startIso);
  const clock = (() => new Date(now)) as FakeClock;
  clock.advance = (ms) => {
    now += ms;
  };
  return clock;
}

/** A complete draft with invented people (no real persons). */
export function completeDraft(): DossierDraft {
  return {
    verwijzer: {
      naam: 'Fleur Bakker',
      teamsId: '29:verwijzer-fleur',
      organisatie: 'Gemeente Voorbeeldstad',
      telefoon: '010-1234567',
    },
    kandidaat: {
      naam: 'Sam de Vries',
      geboortedatum: '1990-05-17',
      woonplaats: 'Voorbeeldstad',
      telefoon: '06-12345678',
      email: 'sam@example.nl',
    },
    toestemming: { gegeven: true, datum: '2026-03-02', wijze: 'mondeling' },
    screening: {
      answers: { ...KANSRIJK_ANSWERS },
      advies: 'kansrijk',
      redenen: [],
      acties: [],
    },
    wensen: {
      kwalificaties: ['25250'],
      werkprocessen: [{ crebo: '25250', code: 'B1-K1-W2' }],
      leerbedrijf: { naam: 'Zorgcentrum De Linde', plaats: 'Voorbeeldstad', erkend: 'erkend' },
      gewensteStartdatum: '2026-04-01',
      urenPerWeek: 24,
    },
    begeleiding: true,
    inkomen: 'uitkering',
    opmerkingen: 'Wil graag in de ochtend werken.',
    intakeTeam: 'team-west',
  };
}

let idCounter = 0;

/** A valid dossier with status 'verzonden' (and a fresh id unless one is given). */
export function sampleDossier(
  overrides: Partial<PreIntakeDossier> = {},
  at = '2026-03-02T09:00:00.000Z',
): PreIntakeDossier {
  const draft = completeDraft();
  const seq = ++idCounter;
  const random = Uint8Array.from([seq >> 8, seq & 255, ...randomBytes(3)]);
  return PreIntakeDossier.parse({
    schemaVersie: 1,
    id: dossierIdFrom(new Date(at), random),
    aangemaakt: at,
    bijgewerkt: at,
    verwijzer: draft.verwijzer,
    kandidaat: draft.kandidaat,
    toestemming: draft.toestemming,
    screening: draft.screening,
    wensen: draft.wensen,
    begeleiding: true,
    inkomen: 'uitkering',
    opmerkingen: draft.opmerkingen,
    intakeTeam: 'team-west',
    statusHistory: [
      { status: 'concept', op: at },
      { status: 'verzonden', op: at },
    ],
    ...overrides,
  });
}

/** The same, as finalizeDossier leaves it: status 'concept' only. */
export function conceptDossier(at = '2026-03-02T09:00:00.000Z'): PreIntakeDossier {
  return { ...sampleDossier({}, at), statusHistory: [{ status: 'concept', op: at }] };
}

export async function tempDir(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'intake-delivery-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

export function redisUrl(): string {
  return SHARED_REDIS_URL;
}

export function newRedis(): Redis {
  return new Redis(redisUrl(), { lazyConnect: false, maxRetriesPerRequest: 2 });
}

export function uniquePrefix(name: string): string {
  return `test:intake-delivery:${name}:${randomBytes(5).toString('hex')}:`;
}

/** Removes only this test's keys (never FLUSHDB: the server is shared). */
export async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

export interface CapturedLog extends DeliveryLog {
  entries: { level: string; fields: DeliveryLogFields; event: string }[];
}

export function captureLog(): CapturedLog {
  const entries: CapturedLog['entries'] = [];
  const at = (level: string) => (fields: DeliveryLogFields, event: string) =>
    void entries.push({ level, fields, event });
  return { entries, info: at('info'), warn: at('warn'), error: at('error') };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

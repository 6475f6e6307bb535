import { z } from 'zod';
import { DomainError } from '../errors';
import { dutchIsoDate, type Clock } from './clock';
import {
  Inkomen,
  Kandidaat,
  LeerbedrijfFields,
  PraktijkopleiderFields,
  type PreIntakeDossier,
  ScreeningSummary,
  Toestemming,
  Verwijzer,
  WerkprocesKeuze,
  Wensen,
  dossierSchemaAt,
} from './dossier';
import type { IdGenerator } from './dossierId';
import { Crebo, IsoDate, freeText, geboortedatumProblem } from './fields';

/** What the conversation has collected so far. Every value in it is already valid. */
export const DossierDraft = z.strictObject({
  verwijzer: Verwijzer.partial().optional(),
  kandidaat: Kandidaat.partial().optional(),
  toestemming: Toestemming.partial().optional(),
  screening: ScreeningSummary.nullable().optional(),
  wensen: z
    .strictObject({
      kwalificaties: z.array(Crebo).optional(),
      werkprocessen: z.array(WerkprocesKeuze).optional(),
      leerbedrijf: LeerbedrijfFields.extend({
        praktijkopleider: PraktijkopleiderFields.partial().nullable().optional(),
      })
        .partial()
        .optional(),
      gewensteStartdatum: IsoDate.nullable().optional(),
      startZoSnelMogelijk: z.boolean().optional(),
      urenPerWeek: Wensen.shape.urenPerWeek.optional(),
    })
    .optional(),
  begeleiding: z.boolean().optional(),
  inkomen: Inkomen.optional(),
  opmerkingen: freeText(2000).optional(),
  intakeTeam: z.string().min(1).max(100).optional(),
});
export type DossierDraft = z.infer<typeof DossierDraft>;

/** Where each draft field lives; names follow the card input ids of the issue. */
export const DRAFT_FIELD_PATHS = {
  verwijzerNaam: ['verwijzer', 'naam'],
  verwijzerTeamsId: ['verwijzer', 'teamsId'],
  verwijzerOrganisatie: ['verwijzer', 'organisatie'],
  verwijzerTelefoon: ['verwijzer', 'telefoon'],
  kandidaatNaam: ['kandidaat', 'naam'],
  kandidaatGeboortedatum: ['kandidaat', 'geboortedatum'],
  kandidaatWoonplaats: ['kandidaat', 'woonplaats'],
  kandidaatTelefoon: ['kandidaat', 'telefoon'],
  kandidaatEmail: ['kandidaat', 'email'],
  leerbedrijfErkend: ['wensen', 'leerbedrijf', 'erkend'],
  leerbedrijfNaam: ['wensen', 'leerbedrijf', 'naam'],
  leerbedrijfPlaats: ['wensen', 'leerbedrijf', 'plaats'],
  urenPerWeek: ['wensen', 'urenPerWeek'],
  begeleiding: ['begeleiding'],
  inkomen: ['inkomen'],
  screening: ['screening'],
  intakeTeam: ['intakeTeam'],
  toestemming: ['toestemming', 'gegeven'],
  toestemmingWijze: ['toestemming', 'wijze'],
  toestemmingDatum: ['toestemming', 'datum'],
  kwalificaties: ['wensen', 'kwalificaties'],
  werkprocessen: ['wensen', 'werkprocessen'],
  gewensteStartdatum: ['wensen', 'gewensteStartdatum'],
  startZoSnelMogelijk: ['wensen', 'startZoSnelMogelijk'],
  praktijkopleider: ['wensen', 'leerbedrijf', 'praktijkopleider'],
  praktijkopleiderNaam: ['wensen', 'leerbedrijf', 'praktijkopleider', 'naam'],
  praktijkopleiderTelefoon: ['wensen', 'leerbedrijf', 'praktijkopleider', 'telefoon'],
  praktijkopleiderEmail: ['wensen', 'leerbedrijf', 'praktijkopleider', 'email'],
  opmerkingen: ['opmerkingen'],
} as const satisfies Record<string, readonly string[]>;
export type DraftField = keyof typeof DRAFT_FIELD_PATHS;

// The dialog asks the start and the praktijkopleider; a concept from before they existed can still be sent.
const OPTIONAL_FIELDS: ReadonlySet<DraftField> = new Set([
  'kwalificaties',
  'werkprocessen',
  'gewensteStartdatum',
  'startZoSnelMogelijk',
  'praktijkopleider',
  'praktijkopleiderNaam',
  'praktijkopleiderTelefoon',
  'praktijkopleiderEmail',
  'opmerkingen',
  'toestemmingDatum',
]);

export function draftValue(draft: DossierDraft, field: DraftField): unknown {
  let value: unknown = draft;
  for (const key of DRAFT_FIELD_PATHS[field]) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

function isRequired(draft: DossierDraft, field: DraftField): boolean {
  if (OPTIONAL_FIELDS.has(field)) return false;
  if (field === 'leerbedrijfNaam' || field === 'leerbedrijfPlaats') {
    const erkend = draft.wensen?.leerbedrijf?.erkend;
    return erkend === 'erkend' || erkend === 'niet-erkend';
  }
  return true;
}

/**
 * Fields still to ask, in asking order. `screening` may be null (explicitly skipped) and
 * `kandidaatEmail` null (no e-mail address); undefined means not asked yet. With `now`, a
 * geboortedatum that is in the future or gives an age outside 15-100 also counts as missing.
 */
export function missingFields(draft: DossierDraft, now?: Date): DraftField[] {
  const fields = Object.keys(DRAFT_FIELD_PATHS) as DraftField[];
  return fields.filter((field) => {
    if (!isRequired(draft, field)) return false;
    const value = draftValue(draft, field);
    if (value === undefined) return true;
    return (
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- the draft holds the birth date as a string
      field === 'kandidaatGeboortedatum' && now !== undefined && geboortedatumProblem(String(value), now) !== undefined
    );
  });
}

/** The draft field an issue path points into (longest matching path). */
export function fieldAtPath(path: readonly PropertyKey[]): DraftField | undefined {
  const fields = Object.keys(DRAFT_FIELD_PATHS) as DraftField[];
  return fields
    .filter((field) => DRAFT_FIELD_PATHS[field].every((key, i) => path[i] === key))
    .sort((a, b) => DRAFT_FIELD_PATHS[b].length - DRAFT_FIELD_PATHS[a].length)[0];
}

export type FinalizeResult =
  | { ok: true; dossier: PreIntakeDossier }
  | { ok: false; code: 'CONSENT_MISSING' | 'DOSSIER_INCOMPLETE'; missing: DraftField[] };

/**
 * Turns a complete draft into a dossier with status 'concept'. Refuses without the client's
 * consent (code CONSENT_MISSING, 'toestemming' in missing) and lists what is still missing.
 */
export function finalizeDossier(draft: DossierDraft, clock: Clock, idGen: IdGenerator): FinalizeResult {
  const now = clock();
  const missing = missingFields(draft, now);
  if (draft.toestemming?.gegeven !== true) {
    return {
      ok: false,
      code: 'CONSENT_MISSING',
      missing: missing.includes('toestemming') ? missing : [...missing, 'toestemming'],
    };
  }
  if (missing.length > 0) return { ok: false, code: 'DOSSIER_INCOMPLETE', missing };
  const parsed = dossierSchemaAt(now).safeParse(assemble(draft, idGen(now), now));
  if (parsed.success) return { ok: true, dossier: parsed.data };
  const invalid = parsed.error.issues.map((issue) => {
    const field = fieldAtPath(issue.path);
    // Only generated parts (id, timestamps) lack a draft field: that is a bug, not user input.
    if (!field)
      throw new DomainError('DOSSIER_INCOMPLETE', 'generated dossier part is invalid', [issue.path.join('.')]);
    return field;
  });
  return { ok: false, code: 'DOSSIER_INCOMPLETE', missing: [...new Set(invalid)] };
}

function assemble(draft: DossierDraft, id: string, now: Date): unknown {
  const at = now.toISOString();
  const leerbedrijf = draft.wensen?.leerbedrijf;
  return {
    schemaVersie: 1,
    id,
    aangemaakt: at,
    bijgewerkt: at,
    verwijzer: draft.verwijzer,
    kandidaat: draft.kandidaat,
    toestemming: {
      gegeven: true,
      datum: draft.toestemming?.datum ?? dutchIsoDate(now),
      wijze: draft.toestemming?.wijze,
    },
    screening: draft.screening ?? null,
    wensen: {
      kwalificaties: draft.wensen?.kwalificaties ?? [],
      werkprocessen: draft.wensen?.werkprocessen ?? [],
      leerbedrijf: {
        naam: leerbedrijf?.naam ?? null,
        plaats: leerbedrijf?.plaats ?? null,
        erkend: leerbedrijf?.erkend,
        ...(leerbedrijf?.praktijkopleider !== undefined ? { praktijkopleider: leerbedrijf.praktijkopleider } : {}),
      },
      gewensteStartdatum: draft.wensen?.gewensteStartdatum ?? null,
      ...(draft.wensen?.startZoSnelMogelijk ? { startZoSnelMogelijk: true } : {}),
      urenPerWeek: draft.wensen?.urenPerWeek,
    },
    begeleiding: draft.begeleiding,
    inkomen: draft.inkomen,
    opmerkingen: draft.opmerkingen ?? '',
    intakeTeam: draft.intakeTeam,
    statusHistory: [{ status: 'concept', op: at }],
  };
}

import { z } from 'zod';
import { Afspraak } from '../../intake/dossier/dossier';
import { DossierId } from '../../intake/dossier/dossierId';
import { clientMessageText, IsoDate } from '../../intake/dossier/fields';
import { NotStartedReason } from '../../intake/dossier/lifecycle';

/** An empty input arrives as "": the same as not filled in. */
const blank = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

/**
 * The intake team's card buttons. Teams merges every input of the card into a submit, so
 * extra keys are dropped rather than refused; a missing or malformed field is refused.
 */
export const IntakeAction = z.discriminatedUnion('intakeActie', [
  z.object({ intakeActie: z.literal('in-behandeling'), dossierId: DossierId }),
  z.object({ intakeActie: z.literal('info-nodig'), dossierId: DossierId, vraag: clientMessageText(1000) }),
  z.object({
    intakeActie: z.literal('adviesgesprek-gepland'),
    dossierId: DossierId,
    datum: IsoDate,
    tijd: Afspraak.shape.tijd,
    plaats: Afspraak.shape.plaats,
  }),
  z.object({
    intakeActie: z.literal('besluit'),
    dossierId: DossierId,
    besluit: z.enum(['gestart', 'niet-gestart']),
    reden: blank(NotStartedReason),
    /** Reaches the verwijzer, so the rule of every message between team and verwijzer. */
    toelichting: blank(clientMessageText(300)),
  }),
  z.object({
    intakeActie: z.literal('afgerond'),
    dossierId: DossierId,
    /** Input.ChoiceSet (multi-select) sends "crebo:code,crebo:code"; checked against the dossier. */
    werkprocessen: blank(z.string().max(2000)),
    praktijkverklaring: z.enum(['ja', 'nee']),
  }),
]);
export type IntakeAction = z.infer<typeof IntakeAction>;

/** The team's card actions in card order: each leads to a status the lifecycle lets the team set. */
export const TEAM_ACTIONS = ['in-behandeling', 'info-nodig', 'adviesgesprek-gepland', 'besluit', 'afgerond'] as const;
export type TeamActionVerb = (typeof TEAM_ACTIONS)[number];

/** The card's `refresh` asks for the current card with this verb. */
export const REFRESH_VERB = 'verversen';

/** Is this activity value meant as an intake team action at all? */
export function isIntakeActionValue(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && 'intakeActie' in value;
}

/** The value of a werkproces choice on the card ("25655:B1-K1-W1"). */
export function werkprocesChoice(crebo: string, code: string): string {
  return `${crebo}:${code}`;
}

import { z } from 'zod';
import { DossierId } from '../../intake/dossier/dossierId';
import { IsoDate, requiredText } from '../../intake/dossier/fields';

/**
 * The intake team's card buttons. Teams merges every input of the card into a submit, so
 * extra keys are dropped rather than refused; a missing or malformed field is refused.
 */
export const IntakeAction = z.discriminatedUnion('intakeActie', [
  z.object({ intakeActie: z.literal('in-behandeling'), dossierId: DossierId }),
  z.object({ intakeActie: z.literal('info-nodig'), dossierId: DossierId, vraag: requiredText(1000) }),
  z.object({ intakeActie: z.literal('adviesgesprek-gepland'), dossierId: DossierId, datum: IsoDate }),
]);
export type IntakeAction = z.infer<typeof IntakeAction>;

/** The team's card actions in card order; each is a status the lifecycle lets the team set. */
export const TEAM_ACTIONS = ['in-behandeling', 'info-nodig', 'adviesgesprek-gepland'] as const;
export type TeamActionStatus = (typeof TEAM_ACTIONS)[number];

/** The card's `refresh` asks for the current card with this verb. */
export const REFRESH_VERB = 'verversen';

/** Is this activity value meant as an intake team action at all? */
export function isIntakeActionValue(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && 'intakeActie' in value;
}

import type { Actor, DossierStatus, NotStartedReason, Outcome } from './lifecycle';

/** The one Dutch label of every dossier status (cards, lists, notifications use it). */
export const STATUS_LABELS = {
  concept: 'Concept',
  verzonden: 'Verzonden, nog niet aangekomen',
  afgeleverd: 'Aangekomen bij het intaketeam',
  'in-behandeling': 'In behandeling',
  'info-nodig': 'Aanvullende informatie gevraagd',
  aangevuld: 'Informatie aangevuld',
  'adviesgesprek-gepland': 'Adviesgesprek gepland',
  gestart: 'Besluit: traject gestart',
  'niet-gestart': 'Besluit: niet gestart',
  afgerond: 'Traject afgerond',
  mislukt: 'Niet aangekomen',
} as const satisfies Record<DossierStatus, string>;

/** Who made a change, as the status history records it (a role, never a name). */
export const ACTOR_LABELS = {
  verwijzer: 'de verwijzer',
  intaketeam: 'het intaketeam',
  systeem: 'de assistent',
  beheer: 'beheer',
} as const satisfies Record<Actor, string>;

/** Why a traject did not start (the intake team's decision, one click on the card). */
export const NOT_STARTED_REASON_LABELS = {
  'diploma-route': 'Past beter bij een diploma-route',
  'past-nu-niet': 'Past nu niet',
  'kandidaat-ziet-af': 'De cliënt ziet af',
} as const satisfies Record<NotStartedReason, string>;

/** What the client does 3 or 6 months after the traject (asked from the verwijzer). */
export const OUTCOME_LABELS = {
  werk: 'Aan het werk',
  vervolgopleiding: 'Vervolgopleiding',
  'ander-traject': 'Ander traject',
  geen: 'Geen van deze',
} as const satisfies Record<Outcome, string>;

import type { Actor, DossierStatus } from './lifecycle';

/** The one Dutch label of every dossier status (cards, lists, notifications use it). */
export const STATUS_LABELS = {
  concept: 'Concept',
  verzonden: 'Verzonden, nog niet aangekomen',
  afgeleverd: 'Aangekomen bij het intaketeam',
  'in-behandeling': 'In behandeling',
  'info-nodig': 'Aanvullende informatie nodig',
  'adviesgesprek-gepland': 'Adviesgesprek gepland',
  afgerond: 'Afgerond',
  mislukt: 'Niet aangekomen',
} as const satisfies Record<DossierStatus, string>;

/** Who made a change, as the status history records it (a role, never a name). */
export const ACTOR_LABELS = {
  verwijzer: 'de verwijzer',
  intaketeam: 'het intaketeam',
  systeem: 'de assistent',
  beheer: 'beheer',
} as const satisfies Record<Actor, string>;

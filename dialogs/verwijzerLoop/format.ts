import type { Afspraak, PreIntakeDossier, StatusEntry } from '../../intake/dossier/dossier';
import type { DossierStatus } from '../../intake/dossier/lifecycle';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import { dutchDate } from '../aanmelding/format';
import { loopMessages as msg } from './messages.nl';

/** "10 december 2026, 10:00" (the place is shown apart: it is typed by people). */
export function afspraakText(afspraak: Afspraak): string {
  return msg.afspraak(dutchDate(afspraak.datum), afspraak.tijd);
}

/** The intake team's contact as one line, from its configuration (the team's name at least). */
export function contactText(team: Pick<IntakeTeam, 'naam' | 'contact'> | undefined, fallbackNaam: string): string {
  const contact = team?.contact;
  const who = contact?.naam ? `${contact.naam} (${team?.naam ?? fallbackNaam})` : (team?.naam ?? fallbackNaam);
  const ways = [contact?.telefoon && msg.contact.telefoon(contact.telefoon), contact?.email].filter(Boolean).join(', ');
  return msg.contact.line(who, ways);
}

/** The most recent entry with this status, if any. */
export function lastEntry(dossier: PreIntakeDossier, status: DossierStatus): StatusEntry | undefined {
  return [...dossier.statusHistory].reverse().find((entry) => entry.status === status);
}

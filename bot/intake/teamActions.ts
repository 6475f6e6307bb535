import { TurnContext } from 'botbuilder';
import { dutchIsoDate, dutchTimeOfDay, type Clock } from '../../intake/dossier/clock';
import { currentStatus, type PreIntakeDossier } from '../../intake/dossier/dossier';
import { DossierId } from '../../intake/dossier/dossierId';
import { CONTAINS_BSN, CONTAINS_HEALTH_DETAIL } from '../../intake/dossier/fields';
import { changedDossier, type StatusChange } from '../../intake/delivery/dossierRecord';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import { DomainError } from '../../intake/errors';
import { dossierCard, elsewhereCard, type CodeNames } from '../../dialogs/intakeTeam/cards';
import { intakeTeamMessages as msg } from '../../dialogs/intakeTeam/messages.nl';
import { IntakeAction, REFRESH_VERB, werkprocesChoice } from '../../dialogs/intakeTeam/submits';
import type { AdaptiveCard } from '../../dialogs/shared/adaptiveCard';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { isLinkedChannel, originOf, type Origin } from './channelBinding';
import { channelRootReference } from './proactive';
import type { IntakeServices } from './intakeServices';
import { shownName } from './shownName';

/** What the person who pressed a button gets back. Only 'card' and 'changed' show the dossier. */
export type ActionOutcome =
  | { kind: 'text'; text: string }
  | { kind: 'card'; card: AdaptiveCard }
  | { kind: 'changed'; card: AdaptiveCard; announcement: string };

/**
 * The intake team's actions on a dossier. The rule: only the channel linked for the
 * dossier's own intake team may see or change it. Anywhere else nothing changes and the
 * answer says nothing about the dossier, not even whether it exists.
 */
export class TeamActions {
  constructor(
    private readonly intake: Pick<IntakeServices, 'teams' | 'store' | 'registrations' | 'notifier' | 'cards'>,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly metrics?: Pick<Metrics, 'dossiers' | 'timeToFirstAction' | 'sinceSent'>,
    private readonly names?: CodeNames,
  ) {}

  async act(context: TurnContext, value: Record<string, unknown>): Promise<ActionOutcome> {
    const origin = originOf(context.activity);
    const refresh = value.intakeActie === REFRESH_VERB;
    const found = await this.dossierForChannel(origin, value.dossierId);
    if (found === 'not-linked') {
      this.log.warn(
        { event: 'intake.action_refused', code: 'NOT_LINKED_CHANNEL' },
        'team action from outside the linked channel',
      );
      return refresh ? { kind: 'card', card: elsewhereCard() } : { kind: 'text', text: msg.teamAction.notHere };
    }
    if (found === 'unknown') return { kind: 'text', text: msg.teamAction.unknownDossier };
    if (refresh) return { kind: 'card', card: this.cardOf(found.dossier, found.team) };
    return this.change(context, found, value);
  }

  /**
   * The dossier, when this conversation is the channel linked for its team; 'unknown' in a
   * linked intake channel that asks about a dossier not its own (or gone); else 'not-linked'.
   */
  private async dossierForChannel(
    origin: Origin,
    id: unknown,
  ): Promise<{ dossier: PreIntakeDossier; team: IntakeTeam } | 'unknown' | 'not-linked'> {
    const linkedTeams = await this.linkedTeams(origin);
    if (linkedTeams.length === 0) return 'not-linked';
    const parsedId = DossierId.safeParse(id);
    const dossier = parsedId.success ? await this.intake.store.get(parsedId.data) : undefined;
    const team = linkedTeams.find((t) => t.id === dossier?.intakeTeam);
    return dossier && team ? { dossier, team } : 'unknown';
  }

  /** The intake teams whose linked channel this conversation is (usually none or one). */
  private async linkedTeams(origin: Origin): Promise<IntakeTeam[]> {
    const linked: IntakeTeam[] = [];
    for (const team of this.intake.teams) {
      if (team.teams && isLinkedChannel(origin, team, await this.intake.registrations.get(team.id))) linked.push(team);
    }
    return linked;
  }

  private async change(
    context: TurnContext,
    found: { dossier: PreIntakeDossier; team: IntakeTeam },
    value: Record<string, unknown>,
  ): Promise<ActionOutcome> {
    const parsed = IntakeAction.safeParse(value);
    if (!parsed.success) return { kind: 'text', text: invalidText(parsed.error.issues[0]) };
    const now = this.clock();
    const change = statusChangeOf(parsed.data, found.dossier, now);
    if (typeof change === 'string') return { kind: 'text', text: change };
    await this.rememberCard(context, found.dossier.id);
    let updated: PreIntakeDossier | undefined;
    try {
      updated =
        change.status === 'adviesgesprek-gepland'
          ? // A new appointment asks the verwijzer again: an earlier "ik kom" was for another moment.
            await this.intake.store.update(found.dossier.id, (d) => {
              const { verwijzerBijGesprek: _earlier, ...rest } = changedDossier(d, change);
              return rest;
            })
          : await this.intake.store.updateStatus(found.dossier.id, change);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'TRANSITION_NOT_ALLOWED') throw error;
      const current = (await this.intake.store.get(found.dossier.id)) ?? found.dossier;
      return { kind: 'text', text: msg.teamAction.notNow(msg.statusLabels[currentStatus(current).status]) };
    }
    if (!updated) return { kind: 'text', text: msg.teamAction.unknownDossier };
    this.log.info({ event: 'intake.status_changed', dossierId: updated.id, status: change.status }, 'status changed');
    this.count(updated);
    await this.intake.notifier.statusChanged(updated, change.status);
    const who = shownName(context.activity.from);
    return {
      kind: 'changed',
      card: this.cardOf(updated, found.team),
      announcement: msg.teamAction.done(msg.statusLabels[change.status], who),
    };
  }

  /**
   * The card the button was on (its thread in the channel), kept so the verwijzer's answer can be
   * posted under it later. Cards delivered before this was stored are learnt on the first click.
   */
  private async rememberCard(context: TurnContext, dossierId: string): Promise<void> {
    const cardId = context.activity.replyToId;
    if (!cardId || (await this.intake.cards.get(dossierId))) return;
    const reference = channelRootReference(TurnContext.getConversationReference(context.activity));
    await this.intake.cards.set(dossierId, { ...reference, activityId: cardId });
  }

  private cardOf(dossier: PreIntakeDossier, team: IntakeTeam): AdaptiveCard {
    return dossierCard(dossier, team.naam, this.names);
  }

  private count(dossier: PreIntakeDossier): void {
    this.metrics?.dossiers.inc({ status: currentStatus(dossier).status });
    const seconds = this.metrics?.sinceSent(dossier);
    const teamEntries = dossier.statusHistory.filter((s) => s.door === 'intaketeam').length;
    if (teamEntries === 1 && seconds !== undefined) this.metrics?.timeToFirstAction.observe(seconds);
  }
}

function invalidText(issue: { message: string; path: PropertyKey[] } | undefined): string {
  const field = issue?.path[0];
  if (issue?.message === CONTAINS_BSN)
    return field === 'vraag' ? msg.teamAction.questionHasBsn : msg.teamAction.reasonHasBsn;
  if (issue?.message === CONTAINS_HEALTH_DETAIL)
    return field === 'vraag' ? msg.teamAction.questionHasHealthDetail : msg.teamAction.reasonHasHealthDetail;
  if (field === 'vraag') return msg.teamAction.missingQuestion;
  if (field === 'datum' || field === 'tijd' || field === 'plaats') return msg.teamAction.missingDate;
  if (field === 'besluit') return msg.teamAction.missingDecision;
  if (field === 'reden') return msg.teamAction.missingReason;
  if (field === 'werkprocessen' || field === 'praktijkverklaring') return msg.teamAction.invalidWerkprocessen;
  return msg.teamAction.invalid;
}

/** The status change a valid action asks for, or the Dutch reason it cannot be done. */
function statusChangeOf(action: IntakeAction, dossier: PreIntakeDossier, now: Date): StatusChange | string {
  const base = { op: now.toISOString(), door: 'intaketeam' as const };
  switch (action.intakeActie) {
    case 'in-behandeling':
      return { ...base, status: 'in-behandeling' };
    case 'info-nodig':
      return { ...base, status: 'info-nodig', toelichting: action.vraag };
    case 'adviesgesprek-gepland': {
      const today = dutchIsoDate(now);
      const past = action.datum < today || (action.datum === today && action.tijd <= dutchTimeOfDay(now));
      if (past) return msg.teamAction.pastDate;
      const afspraak = { datum: action.datum, tijd: action.tijd, plaats: action.plaats };
      return { ...base, status: 'adviesgesprek-gepland', afspraak };
    }
    case 'besluit': {
      const toelichting = action.toelichting ? { toelichting: action.toelichting } : {};
      if (action.besluit === 'gestart') return { ...base, status: 'gestart', ...toelichting };
      if (!action.reden) return msg.teamAction.missingReason;
      return { ...base, status: 'niet-gestart', reden: action.reden, ...toelichting };
    }
    case 'afgerond': {
      const chosen = (action.werkprocessen ?? '').split(',').filter(Boolean);
      const offered = dossier.wensen.werkprocessen;
      const werkprocessen = offered.filter((w) => chosen.includes(werkprocesChoice(w.crebo, w.code)));
      if (werkprocessen.length !== new Set(chosen).size) return msg.teamAction.invalidWerkprocessen;
      return {
        ...base,
        status: 'afgerond',
        resultaat: { werkprocessen, praktijkverklaring: action.praktijkverklaring === 'ja' },
      };
    }
  }
}

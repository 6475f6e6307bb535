import { z } from 'zod';
import type { Clock } from '../../intake/dossier/clock';
import { currentStatus } from '../../intake/dossier/dossier';
import { DossierDraft } from '../../intake/dossier/draft';
import { isDeletable } from '../../intake/dossier/lifecycle';
import { deleteOwnDossier, type ResendOutcome } from '../../intake/delivery/dossierLifecycle';
import type { IntakeTeam } from '../../intake/delivery/intakeTeams';
import type { DossierStore } from '../../intake/delivery/ports';
import type { WorkingDayRules } from '../../intake/schedule/workingDays';
import { verwijzerIdOf } from '../aanmelding/verwijzer';
import { FLOW } from '../flows';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from '../sdk';
import { cardActivity } from '../shared/cardActivity';
import { isPersonalChat } from '../shared/personalChat';
import { confirmCard, doneCard, emptyCard, listCard } from './cards';
import { mijnAanmeldingenMessages as msg } from './messages.nl';
import { submitOf } from '../shared/submitOf';
import { deleteRequestOf, type DeleteTarget } from './submits';

export interface MijnAanmeldingenDeps {
  store: DossierStore;
  clock: Clock;
  /** Optional: shows team names instead of ids. */
  teams?: readonly IntakeTeam[];
  /** True when the team cannot receive yet (its Teams channel is not linked): shown as waiting. */
  awaitsChannel?: (teamId: string) => Promise<boolean>;
  /** Sends the verwijzer's failed dossier again (owner check and once-only in the domain). */
  resend?: (dossierId: string, teamsId: string) => Promise<ResendOutcome>;
  /** How waiting working days are counted. */
  rules?: WorkingDayRules;
}

/** Begin options: the concept the root keeps in its session, if any, and the concepts set aside. */
export interface MijnAanmeldingenOptions {
  concept?: DossierDraft;
  /** Other clients' concepts set aside for a new aanmelding: they come back once it is done. */
  opzij?: DossierDraft[];
}

export const MijnAanmeldingenOutcome = z.object({
  /** The verwijzer deleted the session's concept: the root should forget it. */
  conceptDeleted: z.boolean().optional(),
});
export type MijnAanmeldingenOutcome = z.infer<typeof MijnAanmeldingenOutcome>;

const SHOW = 'mijnAanmeldingen.show';

/**
 * The verwijzer's dossiers with their status. Every turn ends the dialog: delete buttons are
 * menu submits carrying the target, so they work later too, and ownership is checked each time.
 */
export class MijnAanmeldingenDialog extends ComponentDialog {
  constructor(private readonly deps: MijnAanmeldingenDeps) {
    super(FLOW.mijnAanmeldingen);
    this.addDialog(new WaterfallDialog(SHOW, [this.show.bind(this)]));
    this.initialDialogId = SHOW;
  }

  private async show(step: WaterfallStepContext<MijnAanmeldingenOptions>): Promise<DialogTurnResult> {
    const teamsId = verwijzerIdOf(step.context.activity.from) ?? '';
    const concept = conceptOf(step.options?.concept);
    const request = deleteRequestOf(submitOf(step.context.activity));
    if (request?.kind === 'ask') return this.askFirst(step, request.target, teamsId, concept);
    if (request?.kind === 'confirm') return this.remove(step, request.target, teamsId, concept);
    if (request?.kind === 'resend') return this.resend(step, request.target, teamsId, concept);
    return this.list(step, teamsId, concept);
  }

  /**
   * Only the owner, only in a personal chat: a submit from a shared conversation or another
   * person changes nothing and shows nothing of the dossier. The list then shows the new state.
   */
  private async resend(step: WaterfallStepContext, id: string, teamsId: string, concept: DossierDraft | undefined) {
    const personal = isPersonalChat(step.context.activity.conversation);
    const outcome: ResendOutcome =
      personal && teamsId && this.deps.resend ? await this.deps.resend(id, teamsId) : 'not-found';
    if (outcome === 'not-found') return this.reply(step, doneCard(msg.notFound));
    return this.list(step, teamsId, concept, outcome === 'resent' ? msg.resent(id) : msg.resendNotNeeded(id));
  }

  private async list(
    step: WaterfallStepContext<MijnAanmeldingenOptions>,
    teamsId: string,
    concept: DossierDraft | undefined,
    notice?: string,
  ) {
    const dossiers = teamsId ? await this.deps.store.listByVerwijzer(teamsId) : [];
    dossiers.sort((a, b) => b.aangemaakt.localeCompare(a.aangemaakt));
    const opzij = (step.options?.opzij ?? []).flatMap((draft) => conceptOf(draft) ?? []);
    const card =
      dossiers.length === 0 && !concept && opzij.length === 0
        ? emptyCard()
        : listCard({
            dossiers,
            concept,
            opzij,
            teams: this.deps.teams ?? [],
            now: this.deps.clock(),
            awaitingChannel: await this.teamsAwaitingChannel(dossiers),
            notice,
            resendable: Boolean(this.deps.resend),
            rules: this.deps.rules,
          });
    await step.context.sendActivity(cardActivity(card));
    return step.endDialog({} satisfies MijnAanmeldingenOutcome);
  }

  private async teamsAwaitingChannel(dossiers: { intakeTeam: string }[]): Promise<Set<string>> {
    const ids = [...new Set(dossiers.map((dossier) => dossier.intakeTeam))];
    const check = this.deps.awaitsChannel;
    if (!check) return new Set();
    const awaiting = await Promise.all(ids.map((id) => check(id)));
    return new Set(ids.filter((_, index) => awaiting[index]));
  }

  private async askFirst(
    step: WaterfallStepContext,
    target: DeleteTarget,
    teamsId: string,
    concept: DossierDraft | undefined,
  ) {
    if (target === 'concept') {
      const question = concept ? msg.confirm.concept(concept.kandidaat?.naam ?? msg.concept.noName) : undefined;
      return this.reply(step, question ? confirmCard(question, target) : doneCard(msg.noConcept));
    }
    const dossier = await this.deps.store.get(target);
    if (!dossier || dossier.verwijzer.teamsId !== teamsId) return this.reply(step, doneCard(msg.notFound));
    if (!isDeletable(currentStatus(dossier).status)) return this.reply(step, doneCard(msg.notAllowed(target)));
    return this.reply(step, confirmCard(msg.confirm.dossier(target, dossier.kandidaat.naam), target));
  }

  private async remove(
    step: WaterfallStepContext,
    target: DeleteTarget,
    teamsId: string,
    concept: DossierDraft | undefined,
  ) {
    if (target === 'concept') {
      if (!concept) return this.reply(step, doneCard(msg.noConcept));
      return this.reply(step, doneCard(msg.conceptDeleted), { conceptDeleted: true });
    }
    const outcome = await deleteOwnDossier(this.deps.store, target, teamsId);
    const text =
      outcome === 'deleted' ? msg.deleted(target) : outcome === 'not-allowed' ? msg.notAllowed(target) : msg.notFound;
    return this.reply(step, doneCard(text));
  }

  private async reply(
    step: WaterfallStepContext,
    card: Parameters<typeof cardActivity>[0],
    outcome: MijnAanmeldingenOutcome = {},
  ): Promise<DialogTurnResult> {
    await step.context.sendActivity(cardActivity(card));
    return step.endDialog(outcome);
  }
}

/** A concept worth showing: a valid draft with at least a candidate's detail or a screening. */
function conceptOf(value: unknown): DossierDraft | undefined {
  const parsed = DossierDraft.safeParse(value);
  if (!parsed.success) return undefined;
  const { kandidaat, screening } = parsed.data;
  return kandidaat && Object.keys(kandidaat).length > 0 ? parsed.data : screening ? parsed.data : undefined;
}

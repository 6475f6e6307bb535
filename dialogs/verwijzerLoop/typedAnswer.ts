import { currentStatus } from '../../intake/dossier/dossier';
import type { DossierStore } from '../../intake/delivery/ports';
import { verwijzerIdOf } from '../aanmelding/verwijzer';
import { isSmallTalk } from '../menuText/menuTextHandler';
import type { MenuTextHandler } from '../root/rootDialog';
import { cardActivity } from '../shared/cardActivity';
import { isPersonalChat } from '../shared/personalChat';
import { clientMessageText, CONTAINS_HEALTH_DETAIL } from '../../intake/dossier/fields';
import { refusedTypedAnswerCard, typedAnswerCard } from './cards';
import { NOT_AN_ANSWER_KEY } from './submits';

/** More open questions than this at once is rare; the rest are in Mijn aanmeldingen. */
const MAX_OFFERED = 3;

/** The rule the answer button applies (bot/intake/verwijzerActions.ts), applied before it is offered. */
const Answer = clientMessageText(1000);

/**
 * A busy verwijzer who got a question from the intake team often just types the answer in the
 * chat. While a question is open, text typed at the menu is therefore not searched right away:
 * the bot asks "Is dit je antwoord…?" with one click to send it, or one click to have it
 * treated as a question after all. Never in a shared conversation (the question is private).
 * Text with a health detail is refused right away, not offered and refused only at the click.
 */
export function withOpenQuestion(store: Pick<DossierStore, 'listByVerwijzer'>, next: MenuTextHandler): MenuTextHandler {
  return async (dc, text, session) => {
    const { activity } = dc.context;
    const value = activity.value as Record<string, unknown> | undefined;
    const shared = !isPersonalChat(activity.conversation);
    if (value?.[NOT_AN_ANSWER_KEY] === true || shared || isSmallTalk(text)) return next(dc, text, session);
    const teamsId = verwijzerIdOf(activity.from);
    const dossiers = teamsId ? await store.listByVerwijzer(teamsId) : [];
    const open = dossiers.filter((dossier) => currentStatus(dossier).status === 'info-nodig');
    if (open.length === 0) return next(dc, text, session);
    const offered = open.slice(0, MAX_OFFERED);
    const healthDetail = Answer.safeParse(text).error?.issues.some((i) => i.message === CONTAINS_HEALTH_DETAIL);
    const card = healthDetail ? refusedTypedAnswerCard(offered, text) : typedAnswerCard(offered, text);
    await dc.context.sendActivity(cardActivity(card));
    return true;
  };
}

import { MAX_QUERY_LENGTH } from '../../knowledge/search/searchIndex';
import type { Activity } from '../sdk';
import type { Recognized } from '../shared/flowStep';
import { submitOf } from '../shared/submitOf';
import type { Action, ExplorerState } from './explorerState';
import { werkprocessenMessages as msg } from './messages.nl';
import { ExplorerSubmit } from './submits';
import { typedAction, withQueryCheck } from './typedAction';
import type { ExplorerDeps } from './viewContent';

type Result = Recognized<Action>;
const retry = (reply: string): Result => ({ ok: false, replies: [reply] });
const ok = (value: Action): Result => ({ ok: true, value });

/** One turn: a card submit or typed text → what the verwijzer wants, or a clear re-ask. */
export function recognizeAction(activity: Activity, state: ExplorerState, deps: ExplorerDeps): Result {
  const submit = submitOf(activity);
  if (submit) return fromSubmit(submit);
  return typedAction(activity.text ?? '', state, deps);
}

/** Shape only: whether a crebo, domain or code exists is up to applyAction and the catalogue. */
function fromSubmit(submit: Record<string, unknown>): Result {
  const parsed = ExplorerSubmit.safeParse(submit);
  if (!parsed.success) return retry(msg.onbruikbaar);
  const data = parsed.data;
  switch (data.actie) {
    case 'zoek':
      return withQueryCheck(data.vraag, (vraag) => ({ kind: 'zoek', vraag }));
    case 'suggesties':
      return suggesties(data.interesses, data.werkplek);
    case 'domein':
      return data.domein
        ? ok({ kind: 'domein', domein: data.domein })
        : retry(msg.bladeren.kiesEerst(msg.bladeren.domeinLabel.toLowerCase()));
    case 'kwalificatie':
      return data.crebo
        ? ok({ kind: 'kwalificatie', crebo: data.crebo })
        : retry(msg.bladeren.kiesEerst(msg.bladeren.kwalificatieLabel.toLowerCase()));
    case 'kerntaak':
      return data.kerntaak
        ? ok({ kind: 'kerntaak', crebo: data.crebo, code: data.kerntaak })
        : retry(msg.bladeren.kiesEerst(msg.bladeren.kerntaakLabel.toLowerCase()));
    case 'kies':
      return data.werkprocessen.length > 0
        ? ok({ kind: 'kies', ids: data.werkprocessen })
        : retry(msg.kies.nietsAangevinkt);
    case 'klaar':
      return ok({ kind: 'klaar', ids: data.werkprocessen });
    case 'kiesKwalificatie':
      return ok({ kind: 'kiesKwalificatie', crebo: data.crebo });
    case 'verwijder':
      return ok({ kind: 'verwijder', id: data.id });
    case 'werkproces':
      return ok({ kind: 'werkproces', id: data.id });
    default:
      return ok({ kind: data.actie });
  }
}

/** Empty interests are fine when a workplace is given; at least one of them is needed. */
function suggesties(interesses: string, werkplek: string): Result {
  const max = MAX_QUERY_LENGTH;
  if (interesses.trim().length > max || werkplek.trim().length > max) return retry(msg.teLang(max));
  return withQueryCheck(`${interesses} ${werkplek}`, () => ({
    kind: 'suggesties',
    interesses: interesses.trim(),
    werkplek: werkplek.trim(),
  }));
}

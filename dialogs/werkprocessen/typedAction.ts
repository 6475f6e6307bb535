import { MAX_QUERY_LENGTH } from '../../knowledge/search/searchIndex';
import { validateQuery } from '../../knowledge/search/validateQuery';
import type { Recognized } from '../shared/flowStep';
import { matchChoice } from '../shared/meaning';
import { foldText } from '../shared/typedAnswer';
import type { Action, ExplorerState } from './explorerState';
import { werkprocessenMessages as msg } from './messages.nl';
import { selectionLines } from './selection';
import { numberedItems, type ExplorerDeps, type Item } from './viewContent';

/**
 * Typed text: a few words that steer ("klaar", "terug", "kies 1 en 3", "verwijder 2",
 * "werkplek verpleeghuis"), a name from the list on screen, or else a free question.
 */

const WORDS: Record<string, Action> = {
  klaar: { kind: 'klaar', ids: [] },
  'ik ben klaar': { kind: 'klaar', ids: [] },
  afronden: { kind: 'klaar', ids: [] },
  'dat is alles': { kind: 'klaar', ids: [] },
  terug: { kind: 'terug' },
  vorige: { kind: 'terug' },
  'ga terug': { kind: 'terug' },
  bladeren: { kind: 'domeinen' },
  'bladeren per domein': { kind: 'domeinen' },
  domeinen: { kind: 'domeinen' },
  selectie: { kind: 'selectie' },
  'mijn selectie': { kind: 'selectie' },
  'toon selectie': { kind: 'selectie' },
  'wat heb ik gekozen': { kind: 'selectie' },
  suggesties: { kind: 'start' },
  'toon suggesties': { kind: 'start' },
  begin: { kind: 'start' },
};

const NUMBERS = /^(?:kies|neem|selecteer|voeg)?\s*(\d+(?:\s*(?:,|en|\s)\s*\d+)*)(?:\s+toe)?$/;
const REMOVE = /^(?:verwijder|haal weg|wis)\s+(?:nummer\s+)?(\d+)$/;
const EXPLAIN = /^(?:uitleg|meer over|wat is|bekijk)\s+(?:nummer\s+)?(\d+)\??$/;
const WERKPLEK = /^werkplek\s*:?\s+(.+)$/i;
const INTERESSES = /^(?:andere\s+)?interesses?\s*:?\s+(.+)$/i;
const SEARCH = /^(?:zoek|zoeken)\s*:?\s+(.+)$/i;

type Result = Recognized<Action>;
const retry = (reply: string): Result => ({ ok: false, replies: [reply] });
const ok = (value: Action): Result => ({ ok: true, value });

export function typedAction(raw: string, state: ExplorerState, deps: ExplorerDeps): Result {
  const text = raw.trim();
  const folded = foldText(text);
  const word = WORDS[folded];
  if (word) return ok(word);
  if (folded === 'zoek' || folded === 'zoeken') return retry(msg.zoek.welkWoord);
  const numbers = NUMBERS.exec(folded)?.[1];
  if (numbers)
    return byNumbers(numbers.split(/\D+/).filter(Boolean).map(Number), numberedItems(state.view, state, deps));
  const explain = EXPLAIN.exec(folded)?.[1];
  if (explain) return explainNumber(Number(explain), numberedItems(state.view, state, deps));
  const remove = REMOVE.exec(folded)?.[1];
  if (remove) return removeByNumber(Number(remove), state);
  const interesses = INTERESSES.exec(text)?.[1];
  if (interesses)
    return withQueryCheck(interesses, (i) => ({ kind: 'suggesties', interesses: i, werkplek: state.werkplek }));
  const werkplek = WERKPLEK.exec(text)?.[1];
  if (werkplek)
    return withQueryCheck(werkplek, (w) => ({ kind: 'suggesties', interesses: state.interesses, werkplek: w }));
  const named = byName(text, state, deps);
  if (named) return ok(named);
  return withQueryCheck(SEARCH.exec(text)?.[1] ?? text, (vraag) => ({ kind: 'zoek', vraag }));
}

/** Empty or over-long text gets the clear message of validateQuery. */
export function withQueryCheck(raw: string, action: (query: string) => Action): Result {
  const check = validateQuery(raw);
  if (check.ok) return ok(action(check.query));
  return retry(check.reden === 'leeg' ? msg.zoek.leeg : msg.zoek.teLang(check.lengte, MAX_QUERY_LENGTH));
}

/** "2" opens line 2 (a domain, kwalificatie, kerntaak); "1 en 3" chooses werkprocessen 1 and 3. */
function byNumbers(numbers: number[], items: readonly Item[]): Result {
  if (items.length === 0) return retry(msg.typed.geenLijst);
  const picked = numbers.map((n) => items[n - 1]);
  if (picked.some((item) => !item)) return retry(msg.typed.nummerOnbekend(items.length));
  const first = picked[0];
  if (picked.length === 1 && first?.kind === 'ga') return ok(first.action);
  const uitleg = numbers.find((_, i) => picked[i]?.kind === 'uitleg');
  if (uitleg !== undefined) return retry(msg.typed.geenWerkproces(uitleg));
  const ids = picked.flatMap((item) => (item?.kind === 'werkproces' ? [item.id] : []));
  return ids.length === picked.length ? ok({ kind: 'kies', ids }) : retry(msg.typed.eenTegelijk);
}

/** "uitleg 2": the explanation of werkproces 2 on screen. */
function explainNumber(nummer: number, items: readonly Item[]): Result {
  if (items.length === 0) return retry(msg.typed.geenLijst);
  const item = items[nummer - 1];
  if (!item) return retry(msg.typed.nummerOnbekend(items.length));
  return item.kind === 'werkproces'
    ? ok({ kind: 'werkproces', id: item.id })
    : item.kind === 'ga'
      ? ok(item.action)
      : retry(msg.typed.geenWerkproces(nummer));
}

function removeByNumber(nummer: number, state: ExplorerState): Result {
  const lines = selectionLines(state.selection);
  const line = lines[nummer - 1];
  return line ? ok({ kind: 'verwijder', id: line.id }) : retry(msg.typed.verwijderNummer(lines.length));
}

/** A domain or kwalificatie typed by its name, while that list is on screen. */
function byName(text: string, state: ExplorerState, { catalogue }: ExplorerDeps): Action | undefined {
  const { view } = state;
  if (view.kind === 'domeinen') {
    const domein = matchChoice(
      text,
      catalogue.domeinen().map((d) => ({ value: d, label: d })),
    );
    return domein ? { kind: 'domein', domein } : undefined;
  }
  if (view.kind === 'domein') {
    const choices = catalogue.kwalificatiesInDomein(view.domein).map((k) => ({ value: k.crebo, label: k.naam }));
    const crebo = matchChoice(text, choices);
    return crebo ? { kind: 'kwalificatie', crebo } : undefined;
  }
  return undefined;
}

import { z } from 'zod';
import { FLOW, MENU_SUBMIT_KEY, SHOW_SUBMIT_KEY, type FlowId } from '../flows';
import { submitOf } from '../shared/submitOf';
import { parseYesNoUnknown } from '../shared/meaning';

/** What the root dialog understands at any step, typed or clicked. */
export type Command =
  | { kind: 'help' }
  | { kind: 'opnieuw' }
  | { kind: 'stop' }
  | { kind: 'menu' }
  | { kind: 'privacy' }
  | { kind: 'vergeet' }
  | { kind: 'greeting' }
  | { kind: 'flow'; flow: FlowId };

/** Lowercase, no accents, no surrounding punctuation: "Cliënt screenen!" → "client screenen". */
export function normalizeCommandText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s?-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ALWAYS: Record<string, Command> = {
  help: { kind: 'help' },
  hulp: { kind: 'help' },
  '?': { kind: 'help' },
  'wat kan je': { kind: 'help' },
  'wat kun je': { kind: 'help' },
  opnieuw: { kind: 'opnieuw' },
  'begin opnieuw': { kind: 'opnieuw' },
  'opnieuw beginnen': { kind: 'opnieuw' },
  reset: { kind: 'opnieuw' },
  stop: { kind: 'stop' },
  stoppen: { kind: 'stop' },
  annuleer: { kind: 'stop' },
  annuleren: { kind: 'stop' },
  afbreken: { kind: 'stop' },
  cancel: { kind: 'stop' },
  menu: { kind: 'menu' },
  privacy: { kind: 'privacy' },
  verantwoording: { kind: 'privacy' },
  hoofdmenu: { kind: 'menu' },
  'vergeet mijn gegevens': { kind: 'vergeet' },
  'vergeet gegevens': { kind: 'vergeet' },
  'vergeet mij': { kind: 'vergeet' },
  'wis mijn gegevens': { kind: 'vergeet' },
  // never an answer to a question, so understood at every step ("dag" is left out: it may mean goodbye)
  ...Object.fromEntries(
    [
      'hoi',
      'hallo',
      'hai',
      'hey',
      'hi',
      'hello',
      'goedemorgen',
      'goedemiddag',
      'goedenavond',
      'hoi bot',
      'hallo bot',
    ].map((greeting) => [greeting, { kind: 'greeting' } as const]),
  ),
};

/** Flow names: understood at any step (they never collide with an answer). */
const FLOW_NAMES: Record<string, FlowId> = {
  'client screenen': FLOW.screening,
  screenen: FLOW.screening,
  screening: FLOW.screening,
  'is deze client geschikt': FLOW.screening,
  'werkprocessen verkennen': FLOW.werkprocessen,
  werkprocessen: FLOW.werkprocessen,
  'aanmelding voorbereiden': FLOW.aanmelding,
  aanmelding: FLOW.aanmelding,
  aanmelden: FLOW.aanmelding,
  'mijn aanmeldingen': FLOW.mijnAanmeldingen,
  aanmeldingen: FLOW.mijnAanmeldingen,
  status: FLOW.mijnAanmeldingen,
};

/** Menu numbers: only at the menu, because "1" is also an answer to a question. */
const MENU_NUMBERS: Record<string, FlowId> = { '1': FLOW.screening, '2': FLOW.werkprocessen, '3': FLOW.aanmelding };

export function recognizeCommand(activity: { text?: string; value?: unknown }, atMenu: boolean): Command | undefined {
  const submit = submitOf(activity);
  // "Bekijk dit beroep" under a mid-flow answer: the flow shows it and keeps its place
  if (!atMenu && submit?.[SHOW_SUBMIT_KEY] === true) return undefined;
  const submitted = menuSubmit(submit);
  if (submitted) return submitted;
  if (typeof activity.text !== 'string') return undefined;
  const text = normalizeCommandText(activity.text);
  const always = ALWAYS[text];
  if (always) return always;
  const flow = FLOW_NAMES[text] ?? (atMenu ? MENU_NUMBERS[text] : undefined);
  return flow ? { kind: 'flow', flow } : undefined;
}

function menuSubmit(submit: Record<string, unknown> | undefined): Command | undefined {
  const choice = submit?.[MENU_SUBMIT_KEY];
  if (choice === 'help' || choice === 'menu') return { kind: choice };
  const flow = Object.values(FLOW).find((f) => f === choice);
  return flow ? { kind: 'flow', flow } : undefined;
}

const GO_ON = new Set(['verder', 'ga verder', 'verder gaan', 'doorgaan', 'ga door']);

/** "verder" at the menu: go on with the flow that "stop" kept (the root checks there is one). */
export function recognizeGoOn(activity: { text?: string; value?: unknown }): boolean {
  return activity.value == null && typeof activity.text === 'string' && GO_ON.has(normalizeCommandText(activity.text));
}

/** The restart question's buttons carry `{ "opnieuw": "ja" | "nee" }`. */
export const RESTART_SUBMIT_KEY = 'opnieuw';
const RestartSubmit = z.strictObject({ [RESTART_SUBMIT_KEY]: z.enum(['ja', 'nee']) });

/** The answer to "really start again?": yes, no, or something else (then the turn goes on as usual). */
export function recognizeRestartAnswer(activity: { text?: string; value?: unknown }): 'ja' | 'nee' | undefined {
  const submit = RestartSubmit.safeParse(submitOf(activity));
  if (submit.success) return submit.data[RESTART_SUBMIT_KEY];
  if (activity.value != null || typeof activity.text !== 'string') return undefined;
  const text = normalizeCommandText(activity.text);
  if (text === 'opnieuw' || text === 'ja alles wissen') return 'ja';
  const meaning = parseYesNoUnknown(text);
  return meaning === 'ja' || meaning === 'nee' ? meaning : undefined;
}

import { foldText } from './typedAnswer';

const MORE = /^(?:meer|nog meer|meer info|meer informatie|meer hierover|vertel meer|en verder)$/;

/**
 * "meer", "nog meer", "meer info": the verwijzer wants the rest of the last knowledge answer.
 * The one reading for the menu (dialogs/menuText) and the middle of a flow (questionFlow.ts).
 */
export function asksForMore(text: string): boolean {
  return MORE.test(foldText(text));
}

import { normalizeCommandText } from '../../dialogs/root/commands';

const KOPPEL = /^koppel intake(?:\s+(\S+)(\s+bevestig)?)?$/;

export interface KoppelCommand {
  /** The intake team id asked for; none: "koppel intake" alone (show this channel's details). */
  teamId: string | undefined;
  /** "… bevestig": the confirmation of a move. */
  confirmed: boolean;
}

/**
 * Reads "koppel intake [<team-id> [bevestig]]" from a channel message, however written (an
 * `<at>` mention left by a client, capitals, accents, punctuation), as the root's commands are.
 */
export function readKoppelCommand(text: string): KoppelCommand | undefined {
  // Teams strips the mention through its entity; other clients may leave the <at> tag.
  const koppel = KOPPEL.exec(normalizeCommandText(text.replace(/<at>.*?<\/at>/g, '')));
  return koppel ? { teamId: koppel[1], confirmed: Boolean(koppel[2]) } : undefined;
}

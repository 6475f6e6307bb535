import { normalizeCommandText } from '../../dialogs/root/commands';

const KOPPEL = /^koppel intake(?:\s+(\S+)(\s+bevestig)?)?$/;
/** The first letter or digit that normalizing keeps (accents and modifier letters go, so does punctuation). */
const FIRST_KEPT = /^(?:[^\p{L}\p{N}]|\p{Diacritic})*([\p{L}\p{N}])/u;

export interface KoppelCommand {
  /** The intake team id asked for; none: "koppel intake" alone (show this channel's details). */
  teamId: string | undefined;
  /** "… bevestig": the confirmation of a move. */
  confirmed: boolean;
}

/**
 * Reads "koppel intake [<team-id> [bevestig]]" from a channel message, however written (an
 * `<at>` mention left by a client, capitals, accents, punctuation). Every message in a channel
 * the bot is in passes here, so only a text whose first letter is a k is normalized.
 */
export function readKoppelCommand(text: string): KoppelCommand | undefined {
  // Teams strips the mention through its entity; other clients may leave the <at> tag.
  const unmentioned = text.replace(/<at>.*?<\/at>/g, '');
  const first = FIRST_KEPT.exec(unmentioned)?.[1];
  if (first === undefined || first.normalize('NFD').charAt(0).toLowerCase() !== 'k') return undefined;
  const koppel = KOPPEL.exec(normalizeCommandText(unmentioned));
  return koppel ? { teamId: koppel[1], confirmed: Boolean(koppel[2]) } : undefined;
}

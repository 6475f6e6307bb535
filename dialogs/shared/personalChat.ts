/** The part of an activity's conversation that tells who can read the bot's replies there. */
export interface ConversationKind {
  conversationType?: string;
  isGroup?: boolean;
}

/**
 * A one-to-one chat with the bot: the only place where a verwijzer's own dossiers, concepts and
 * questions are shown or changed. Teams says `personal`; a client that says nothing (the
 * Emulator, the terminal chat) counts as personal unless it calls itself a group. Anything else
 * (groupChat, channel, a type we do not know) is shared: everyone there would see the replies.
 */
export function isPersonalChat(conversation: ConversationKind | undefined): boolean {
  const type = conversation?.conversationType;
  return (type === undefined || type === 'personal') && conversation?.isGroup !== true;
}

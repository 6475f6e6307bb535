import { CardFactory, MessageFactory } from '../sdk';
import type { AdaptiveCard } from './adaptiveCard';

/** A card as the message that carries it. */
export function cardActivity(card: AdaptiveCard) {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

import { CardFactory, MessageFactory } from '../sdk';
import type { AdaptiveCard } from '../shared/adaptiveCard';

export function cardActivity(card: AdaptiveCard) {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

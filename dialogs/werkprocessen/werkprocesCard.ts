import type { WerkprocesInfo } from '../../knowledge/catalogue';
import { adaptiveCard, submitAction, textBlock, type AdaptiveCard } from '../shared/adaptiveCard';
import { heading, navActions, typeHint, warning, type Nav } from './cardParts';
import { werkprocesBlocks } from './entryBlocks';
import { werkprocessenMessages as msg } from './messages.nl';
import { werkprocesId } from './selection';

/**
 * One werkproces explained (one click from a suggestion or hit), with choosing it as the main
 * action. `note`: the warning when an intake team does not offer its kwalificatie.
 */
export function werkprocesCard(wp: WerkprocesInfo, gekozen: boolean, nav: Nav, note?: string): AdaptiveCard {
  const choose = submitAction(
    msg.werkproces.kiesDit,
    { actie: 'kies', werkprocessen: werkprocesId(wp) },
    { style: 'positive', associatedInputs: 'none' },
  );
  return adaptiveCard(
    [
      heading(msg.werkproces.kop),
      ...werkprocesBlocks(wp, { gekozen, detail: 'vol' }),
      ...(note ? [warning(note)] : []),
      ...(gekozen ? [textBlock(msg.werkproces.alGekozen, { spacing: 'Medium' })] : []),
      typeHint(false),
    ],
    gekozen ? navActions(nav) : [choose, ...navActions(nav, [], { eigenHoofdactie: true })],
  );
}

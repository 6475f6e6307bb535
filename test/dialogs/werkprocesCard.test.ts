import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../knowledge/catalogue';
import { werkprocesCard } from '../../dialogs/werkprocessen/werkprocesCard';
import { werkprocessenMessages as msg } from '../../dialogs/werkprocessen/messages.nl';

describe('the card that explains one werkproces', () => {
  it('offers no numbers to type: it has no numbered list ("kies 1 en 3" would answer "geen genummerde lijst")', () => {
    const wp = loadCatalogue().werkproces('25498', 'B1-K1-W5')!;
    expect(wp).toBeDefined();
    const text = JSON.stringify(werkprocesCard(wp, false, { aantal: 0, terug: true }));
    expect(text).not.toContain('kies 1 en 3');
    expect(text).toContain(JSON.stringify(msg.typeHintZonderLijst).slice(1, -1));
  });
});

/** Dutch texts of the knowledge CLIs (`npm run search`, `npm run import-dossier`). */
export const msg = {
  search: {
    leeg: 'Geef een zoekvraag op, bijvoorbeeld: npm run --silent search -- "magazijn"',
    teLang: (lengte: number, max: number) =>
      `De zoekvraag is te lang (${lengte} tekens). Gebruik maximaal ${max} tekens.`,
    bsn:
      'Je zoekvraag bevat een nummer dat op een burgerservicenummer (BSN) lijkt. Ik zoek daar niet op en ' +
      'bewaar niets. Laat het nummer weg en vraag het opnieuw.',
    limiet: (waarde: string) => `--limit moet een heel getal van 1 tot en met 100 zijn, niet "${waarde}".`,
    onbekendeOptie: (optie: string) =>
      `Onbekende optie "${optie}". Gebruik: npm run --silent search -- "vraag" [--limit N]`,
  },
  import: {
    gebruik:
      'Gebruik: npm run import-dossier -- BESTAND.xml [BESTAND2.xml ...] (een officiële SBB-export van een ' +
      'kwalificatiedossier)',
    mislukt: 'Importeren mislukt, er is niets veranderd:',
    geimporteerd: (naam: string, crebo: string | null, kwalificaties: number, werkprocessen: number, file: string) =>
      `Geïmporteerd: ${naam}${crebo ? ` (dossiercrebo ${crebo})` : ''}: ` +
      `${kwalificaties} kwalificaties, ${werkprocessen} werkprocessen → ${file}`,
    herstart: 'Start de bot opnieuw om de nieuwe gegevens te laden.',
    schrijfFout: (code: string) =>
      `Kon de kennismap niet schrijven (${code}). Controleer KNOWLEDGE_DIR of DATA_DIR en de rechten.`,
  },
  kennisOngeldig: 'De kennisbestanden zijn niet in orde:',
} as const;

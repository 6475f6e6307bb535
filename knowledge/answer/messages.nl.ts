/** Dutch texts of answers composed without a language model (retrieval only). */
export const msg = {
  geenBronnen:
    'Daar vond ik niets over in de kennisbank. Stel je vraag anders, of vraag het aan de inclusieve ' +
    'adviesfunctie van het mbo.',
  uitDeKennisbank: 'Dit vond ik in de kennisbank:',
  bronRegel: (titel: string, zin: string) => `• ${titel}: ${zin}`,
} as const;

/** Dutch texts for confirming what the bot understood from a free description of the client. */
export const prefillMessages = {
  title: 'Dit heb ik uit je beschrijving begrepen',
  sourceLlm:
    'Voorstel van een taalmodel: het las je beschrijving zonder namen of contactgegevens. ' +
    'Niets telt mee voordat jij het bevestigt. Controleer het goed.',
  sourceRules: 'Gelezen op vaste woorden. Controleer het goed.',
  intro: 'Klopt dit? Dan vraag ik alleen nog wat ontbreekt. Aan het eind kun je elk antwoord nog wijzigen.',
  useButton: 'Klopt, ga verder',
  ignoreButton: 'Niet gebruiken',
  notUnderstood: 'Kies "Klopt, ga verder" of "Niet gebruiken". Je kunt ook "ja" of "nee" typen.',
  typeHint: 'Typ "ja" om dit te gebruiken of "nee" om alle vragen te krijgen.',
} as const;

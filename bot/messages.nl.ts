/** Dutch texts sent by the transport layer itself (errors outside any dialog). */
export const turnErrorMessages = {
  unexpected:
    'Sorry, er ging iets mis aan mijn kant. Je antwoorden tot nu toe zijn bewaard. Probeer het nog eens, of typ "help".',
  storageUnavailable:
    'De bot is tijdelijk niet beschikbaar. Er is niets verloren gegaan; probeer het zo opnieuw.',
  busy: 'Even geduld: ik ben nog bezig met je vorige bericht. Stuur het zo nog eens.',
  tooLong: 'Dat bericht is te lang voor mij. Houd het korter dan 4000 tekens.',
  submitTooLarge: 'Die invoer is te groot voor mij. Vul de kaart opnieuw in, met kortere teksten.',
  rateLimited: 'Je stuurt veel berichten kort na elkaar. Wacht even en probeer het dan opnieuw.',
  tenantNotAllowed:
    'Sorry, deze bot is niet beschikbaar voor jouw organisatie. Ik heb niets van dit gesprek bewaard. ' +
    'Vraag je beheerder welke verwijsassistent jouw organisatie gebruikt.',
} as const;

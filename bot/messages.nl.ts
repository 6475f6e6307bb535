/** Dutch texts sent by the transport layer itself (errors outside any dialog). */
export const turnErrorMessages = {
  unexpected:
    'Sorry, er ging iets mis aan mijn kant. Je antwoorden tot nu toe zijn bewaard. Probeer het nog eens, of typ ' +
    '"help".',
  storageUnavailable: 'De bot is tijdelijk niet beschikbaar. Er is niets verloren gegaan; probeer het zo opnieuw.',
  busy: 'Even geduld: ik ben nog bezig met je vorige bericht. Stuur het zo nog eens.',
  tooLong: 'Dat bericht is te lang voor mij. Houd het korter dan 4000 tekens.',
  submitTooLarge: 'Die invoer is te groot voor mij. Vul de kaart opnieuw in, met kortere teksten.',
  rateLimited: 'Je stuurt veel berichten kort na elkaar. Wacht even en probeer het dan opnieuw.',
  bsnRefused:
    'Er staat een nummer in dat op een burgerservicenummer (BSN) lijkt. Een BSN mag je hier niet delen: ' +
    'de bot en het intaketeam hebben het niet nodig. Ik heb niets van dit bericht bewaard. ' +
    'Stuur het opnieuw zonder dat nummer.',
  tenantNotAllowed:
    'Sorry, deze bot is niet beschikbaar voor jouw organisatie. Ik heb niets van dit gesprek bewaard. ' +
    'Vraag je beheerder welke verwijsassistent jouw organisatie gebruikt.',
} as const;

/** What `npm start` prints for the person who started it (next to the JSON logs, on stderr). */
export const startMessages = {
  local: (endpoint: string) =>
    `Bot draait. Praat ermee: "npm run chat" (terminal) of "npm run playground" (Teams-achtig, in de browser); ` +
    `of open de Bot Framework Emulator op ${endpoint} (app-id en wachtwoord leeg). Stoppen: Ctrl+C.`,
  authenticated: (endpoint: string) =>
    `Bot draait. Teams (Azure Bot) stuurt berichten naar ${endpoint} (via je HTTPS-proxy). Stoppen: Ctrl+C.`,
  portInUse: (port: number) =>
    `Poort ${port} is al in gebruik: draait de bot al in een ander venster? ` +
    `Stop dat proces, of kies een andere poort, ` +
    `bijvoorbeeld: PORT=${port + 1} npm start`,
  noAccess: (port: number) =>
    `Geen toestemming om poort ${port} te gebruiken. Kies een poort boven 1024, bijvoorbeeld: PORT=3978 npm start`,
} as const;

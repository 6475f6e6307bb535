import type { FlowId } from '../flows';

/** Every Dutch text of the root dialog: welcome, menu, help, interruptions. */
export const rootMessages = {
  welcomeTitle: 'Welkom bij de verwijsassistent praktijkleren',
  welcomeIntro:
    'Ik help je als jobcoach, klantmanager of werkconsulent bij praktijkleren met praktijkverklaring: ' +
    'een cliënt leert een paar werkprocessen uit een mbo-beroep op een echte werkplek en krijgt daar een officieel ' +
    'bewijs voor.',
  welcomePrivacy: 'Vul nooit een BSN in. Ik vraag alleen wat de mbo-intake nodig heeft.',
  menuTitle: 'Wat wil je doen?',
  menuFooter: 'Je kunt ook typen: 1, 2 of 3, "mijn aanmeldingen" of "help". Typ op elk moment "stop" of "opnieuw".',
  flowLabels: {
    screening: 'Cliënt screenen',
    werkprocessen: 'Werkprocessen verkennen',
    aanmelding: 'Aanmelding voorbereiden',
    mijnAanmeldingen: 'Mijn aanmeldingen',
  } satisfies Record<FlowId, string>,
  flowDescriptions: {
    screening: 'Past praktijkleren bij je cliënt? Een paar vragen en een advies met uitleg.',
    werkprocessen: 'Welke werkprocessen uit een mbo-beroep kan je cliënt op de werkplek leren?',
    aanmelding: 'Een compleet aanmeldformulier voor het intaketeam van het mbo.',
    mijnAanmeldingen: 'Je aanmeldingen en hun status.',
  } satisfies Record<FlowId, string>,
  helpLabel: 'Help',
  helpMenu: [
    'Zo werk ik:',
    '• **Cliënt screenen**: ik stel een paar vragen en geef een indicatief advies met uitleg.',
    '• **Werkprocessen verkennen**: zoek op gewone woorden, zoals "magazijn" of "koken".',
    '• **Aanmelding voorbereiden**: ik maak een dossier voor het intaketeam van het mbo.',
    'Dit kun je altijd typen: "stop" (terug naar het menu, je antwoorden blijven bewaard), "terug" (een vraag ' +
      'terug), ' +
      '"opnieuw" (na een bevestiging alles wissen; een concept-aanmelding blijft) en "help".',
    'Na een verstuurde aanmelding onthoud ik je eigen naam, organisatie en telefoonnummer voor de volgende keer. ' +
      'Typ "wijzig mijn gegevens" in een aanmelding om ze aan te passen, of "vergeet mijn gegevens" om ze te wissen.',
  ].join('\n\n'),
  helpInFlow: (flowLabel: string) =>
    `Je bent bezig met **${flowLabel}**. Beantwoord de laatste vraag hierboven: klik een keuze of typ je antwoord. ` +
    'Typ "waarom?" voor uitleg bij de vraag, "terug" voor de vorige vraag, "wijzig" met een onderdeel om een ' +
    'antwoord aan te passen, ' +
    '"stop" om naar het menu te gaan (je antwoorden blijven bewaard) of "opnieuw" om alles te wissen. Je mag ook ' +
    'gewoon een vraag stellen.',
  stopped: 'Oké, ik ben gestopt.',
  /** What "stop" kept, said only when it was kept. */
  stoppedKept: {
    screening:
      'Je antwoorden tot nu toe zijn bewaard. Kies "Verder met de screening" of typ "verder": dan ga je verder bij ' +
      'de volgende vraag.',
    werkprocessen: 'Je keuze tot nu toe is bewaard. Kies "Verder met werkprocessen" of typ "verder".',
    aanmelding: 'Je aanmelding is bewaard als concept. Kies "Verder met de aanmelding" of typ "verder".',
  } as Partial<Record<FlowId, string>>,
  /** The menu's button to go on with what "stop" kept. */
  resumeLabels: {
    screening: 'Verder met de screening',
    werkprocessen: 'Verder met werkprocessen',
    aanmelding: 'Verder met de aanmelding',
  } as Partial<Record<FlowId, string>>,
  nothingToStop: 'Er loopt nu niets om te stoppen.',
  restarted: 'Alles is gewist. We beginnen opnieuw.',
  conceptKept: 'Je concept-aanmelding is bewaard; je vindt die onder "mijn aanmeldingen".',
  restartQuestion: 'Wil je echt opnieuw beginnen?',
  restartDetail:
    'Dan wis ik de antwoorden van deze cliënt in dit gesprek. Een concept-aanmelding blijft bewaard. ' +
    'Wil je alleen één antwoord aanpassen? Typ dan "terug" of "wijzig" met het onderdeel.',
  restartYes: 'Ja, alles wissen',
  restartNo: 'Nee, ga verder',
  restartCancelled: 'Oké, er is niets gewist.',
  /** "hoi" from someone who already knows the bot: short; the long welcome is for new users and "help". */
  greeting: 'Hoi! Waar kan ik mee helpen?',
  greetingInFlow: 'Hoi! We gaan verder waar we waren:',
  forgotten:
    'Ik ben je gegevens vergeten. Bij je volgende aanmelding vraag ik je naam, organisatie en telefoonnummer ' +
    'opnieuw. ' +
    'Een aanmelding die je nu maakt, houdt ze wel: het intaketeam heeft ze nodig.',
  nothingToForget: 'Ik had geen gegevens van je onthouden. Er is niets gewist.',
  forgetFailed: 'Het wissen van je gegevens is nu niet gelukt. Probeer het zo nog eens.',
  unknownAtMenu: 'Dat begrijp ik niet helemaal. Kies hieronder wat je wilt doen, of typ "help" voor uitleg.',
  flowUnavailable: 'Dit onderdeel is nog niet beschikbaar in deze versie. Kies iets anders uit het menu.',
  nextStep: 'Wat wil je nu doen?',
  personalOnly: (flowLabel: string) =>
    `**${flowLabel}** doe je in een persoonlijke chat met mij, want het gaat over één cliënt: ` +
    'in een groepschat of kanaal leest iedereen mee. Open de chat met mij (klik op mijn naam en kies Chatten) en ' +
    'begin daar. ' +
    'Hier beantwoord ik wel je vragen over praktijkleren en werkprocessen. Typ "help" voor uitleg.',
} as const;

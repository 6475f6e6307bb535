/**
 * What the verwijzer is told about the system at first contact (welcome), in help and with
 * "privacy" (EU AI Act art. 50: people know they deal with an AI system). One home for these
 * texts; docs/verantwoording.md is the full account.
 */
export interface Disclosure {
  /** Who to contact for a person instead of the bot (REGIONAL_CONTACT). */
  contact: string;
  /** Whether a language model is configured (OPENAI_API_KEY). */
  languageModel: boolean;
  /** Days a dossier is kept after its last status change (RETENTION_DAYS). */
  retentionDays: number;
}

export const DEFAULT_CONTACT = 'de inclusieve adviesfunctie van het mbo in je regio';
export const DEFAULT_DISCLOSURE: Disclosure = { contact: DEFAULT_CONTACT, languageModel: false, retentionDays: 90 };

const automated =
  '**Je praat met een geautomatiseerde assistent (een AI-systeem), niet met een mens.** ' +
  'Het advies na een screening komt uit vaste, openbare regels, niet uit een taalmodel.';

function modelUse(d: Disclosure): string {
  return d.languageModel
    ? 'Een taalmodel helpt alleen bij twee dingen: een kort antwoord op een vrije vraag (alleen uit de kennisbank, ' +
        'met bronnen en het AI-label van Teams) en het lezen van een beschrijving van je cliënt (jij bevestigt alles ' +
        'eerst). ' +
        'Namen en contactgegevens gaan niet naar het taalmodel.'
    : 'Er is geen taalmodel aangesloten: alle antwoorden komen uit vaste regels en de kennisbank.';
}

const human = (d: Disclosure) =>
  `Liever een mens spreken? Neem contact op met ${d.contact}. Typ "privacy" voor hoe ik met gegevens omga.`;

/** The paragraphs shown in the welcome and in help. */
export function disclosureParagraphs(d: Disclosure): string[] {
  return [automated, modelUse(d), human(d)];
}

/** The short version of docs/verantwoording.md, shown by the "privacy" command. */
export function privacySummary(d: Disclosure): string {
  return [
    '**Privacy en verantwoording, kort**',
    `• **Wat ik ben**: een geautomatiseerde assistent voor verwijzers bij praktijkleren met praktijkverklaring. Ik ` +
      `neem geen besluiten: het mbo beslist bij de intake.`,
    '• **Het advies**: berekend met een vaste beslistabel uit de regeling en de evaluatie van de pilots. Bij elk ' +
      'advies staan alle redenen. Het is indicatief.',
    `• **Taalmodel**: ${modelUse(d)} Het taalmodel beslist nooit iets en kan niets versturen.`,
    '• **Gegevens**: ik vraag alleen wat de intake nodig heeft en nooit een BSN. Een aanmelding gaat alleen met ' +
      'toestemming van je cliënt naar het intaketeam.',
    `• **Bewaren**: een aanmelding wordt ${d.retentionDays} dagen na de laatste wijziging gewist. Logboeken bevatten ` +
      `geen berichten, namen of antwoorden. Na een verstuurde aanmelding onthoud ik je eigen naam, organisatie en ` +
      `telefoonnummer voor de volgende keer (30 dagen); typ "vergeet mijn gegevens" om ze te wissen.`,
    `• **Een mens**: neem contact op met ${d.contact}.`,
    'De volledige verantwoording (voor het algoritmeregister en de DPIA) staat in docs/verantwoording.md bij de ' +
      'broncode van deze bot.',
  ].join('\n\n');
}

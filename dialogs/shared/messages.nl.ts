/** Dutch texts of the question-flow engine: corrections and questions at any step. */
export const flowMessages = {
  backToQuestion: 'Dan gaan we verder waar we waren:',
  wentBack: 'We gaan een vraag terug.',
  /** Before a question asked again by terug / wijzig: its answer until now. */
  current: (answer: string) => `Nu: ${answer}`,
  nothingBefore: 'Dit is de eerste vraag; verder terug kan niet. Typ "stop" om naar het menu te gaan.',
  stateLost: 'Ik kon je vorige antwoorden niet meer lezen. Begin opnieuw vanuit het menu; sorry voor het ongemak.',
  answeredHeading: 'Beantwoord',
} as const;

/**
 * One label for a crebo on every card. A kwalificatie's crebo is the number the verwijzer and the
 * mbo know (enrolment is per kwalificatie); a kwalificatiedossier's own number only shows for a
 * basisdeel werkproces that has no kwalificatie yet, and is then called that.
 */
export const creboMessages = {
  crebo: (crebo: string, dossier = false) => (dossier ? `kwalificatiedossier ${crebo}` : `crebo ${crebo}`),
} as const;

/** Dutch: which intake teams do not offer a kwalificatie in the derde leerweg (issue 15). */
export const offeringMessages = {
  notOffered: (teamNames: string[]) =>
    `⚠️ Dit biedt ${teamNames.join(' en ')} niet aan in de derde leerweg; bespreek het met hen.`,
} as const;

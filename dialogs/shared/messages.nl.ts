/** Dutch texts of the question-flow engine: corrections and questions at any step. */
export const flowMessages = {
  backToQuestion: 'Dan gaan we verder waar we waren:',
  wentBack: 'We gaan een vraag terug.',
  nothingBefore: 'Dit is de eerste vraag; verder terug kan niet. Typ "stop" om naar het menu te gaan.',
  stateLost: 'Ik kon je vorige antwoorden niet meer lezen. Begin opnieuw vanuit het menu; sorry voor het ongemak.',
  answeredHeading: 'Beantwoord',
} as const;

import questions from '../../test/knowledge/fixtures/questions.json' with { type: 'json' };

/** The bench's search questions: the fixture questions of the search quality test. */
export function fixtureQuestions(): string[] {
  return (questions as { vraag?: string; query?: string }[]).map((q) => q.vraag ?? q.query ?? '').filter(Boolean);
}

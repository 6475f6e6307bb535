import { describe, expect, it } from 'vitest';
import { gradeOf } from '../../dialogs/shared/polarity';

describe('gradeOf: what a sentence says on the whole', () => {
  it.each([
    ['het gaat prima', 'yes'],
    ['hij staat te springen', 'yes'],
    ['kan niet wachten', 'yes'],
    ['is nederlands, geen probleem', 'yes'],
    ['lange uitleg niet', 'no'],
    ['heeft er geen trek in', 'no'],
    ['lukt als er iemand naast staat', 'conditional'],
    ['met een coach erbij lukt het', 'conditional'],
    ['korte zinnen gaan, lange uitleg niet', 'mixed'],
    ['soms wel, soms niet', 'mixed'],
    ['staat niet te springen', 'mixed'],
  ])('"%s" is %s', (text, grade) => {
    expect(gradeOf(text)).toBe(grade);
  });

  it.each([
    'niet zonder begeleiding', // two negations: unclear
    'het gaat nooit niet goed', // two negations in one clause
    'geen idee',
    'weet ik niet, lukt soms',
    'is nederlands', // no polar word
    'lukt niet, ook niet als er iemand naast staat', // a condition on a no
    '',
  ])('"%s" is unclear: no grade', (text) => {
    expect(gradeOf(text)).toBeUndefined();
  });

  // A long run of spaces reads as one space. The old clause break began with " *" and was tried at
  // every space of the run (quadratic: some 25 ms a call at the 4,000 characters the bot accepts);
  // no timing is asserted, the readings are.
  it.each([
    ['korte zinnen gaan' + ' '.repeat(3000) + ', lange uitleg niet', 'mixed'],
    ['lange uitleg' + ' '.repeat(3000) + ' niet', 'no'],
    ['wel' + ' '.repeat(3000) + ' maar niet vaak', 'mixed'],
  ])('a long run of spaces splits clauses as one space does (%#)', (text, grade) => {
    expect(gradeOf(text)).toBe(grade);
  });
});

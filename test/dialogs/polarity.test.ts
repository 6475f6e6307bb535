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
});

import { describe, expect, it } from 'vitest';
import { healthDetailIn } from '../../privacy/healthDetails';

describe('healthDetailIn: a diagnosis, illness or medication in free text', () => {
  it.each([
    ['ze heeft epilepsie en gebruikt medicatie, bereikbaar na 10 uur', 'epilepsie'],
    ['Autisme, heeft een vaste structuur nodig', 'autisme'],
    ['is in behandeling voor een DEPRESSIE', 'depressie'],
    ['Diagnose: ADHD', 'diagnose'],
  ])('finds "%s"', (text, word) => {
    expect(healthDetailIn(text)).toBe(word);
  });

  it.each([
    'heeft baat bij vaste structuur en korte instructies',
    'wil in de zorg werken, liefst met ouderen',
    'heeft een licht verstandelijke beperking (lvb), doelgroepregister',
    'bereikbaar na 10 uur, niet op woensdag',
    'medisch pedicure lijkt haar leuk', // a job, not a detail about her
  ])('leaves "%s" alone', (text) => {
    expect(healthDetailIn(text)).toBeUndefined();
  });
});

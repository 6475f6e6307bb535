import type { Answers } from './answers';

/**
 * A client for whom no rule fires and no action applies (kansrijk): the base of the regional
 * report's demo data and of tests, which change only what they are about.
 */
export const KANSRIJK_ANSWERS: Readonly<Answers> = Object.freeze({
  leeftijd: 35,
  situatie: 'werkzoekend',
  uitkering: 'participatiewet',
  opleiding: 'vmbo',
  startkwalificatieBruikbaar: null,
  ingeschrevenMbo: false,
  leerbaar: 'nee',
  schoolbaar: 'nee',
  taal: 'voldoende',
  motivatie: 'ja',
  werkfit: 'ja',
  urenPerWeek: 24,
  leerbedrijf: 'erkend',
  inkomen: 'uitkering',
  begeleiding: true,
  interesses: 'zorg',
});

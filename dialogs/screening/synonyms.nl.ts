import type { AnswerField } from '../../intake/screening/answers';
import type { Synonyms } from '../shared/meaning';

/**
 * Everyday words for the screening's choices, by field and choice value (the policy's
 * codes). A typed answer that contains one of them means that choice; the longest match
 * wins, so "ja, met begeleiding" is "met begeleiding". Labels and numbers work anyway.
 */
export const screeningSynonyms: Partial<Record<AnswerField, Synonyms>> = {
  situatie: {
    werkzoekend: ['werkloos', 'zonder werk', 'geen werk', 'zoekt werk', 'op zoek naar werk', 'thuis', 'bijstand', 'uitkering'],
    werkend: ['werkt', 'heeft werk', 'baan', 'in dienst', 'aan het werk', 'parttime', 'fulltime'],
    gedetineerd: ['gevangenis', 'detentie', 'zit vast', 'gedetineerde', 'pi', 'justitiele inrichting'],
    schoolverlater: ['van school', 'net van school', 'klaar met school', 'voortijdig schoolverlater', 'vsv', 'gestopt met school'],
    'leerling-pro-vso': ['pro', 'vso', 'praktijkonderwijs', 'speciaal onderwijs', 'zit op school', 'nog op school', 'leerling'],
  },
  opleiding: {
    geen: ['geen', 'niets', 'niks', 'geen diploma', 'zonder diploma', 'basisschool', 'alleen basisschool'],
    'pro-vso': ['pro', 'vso', 'praktijkonderwijs', 'speciaal onderwijs'],
    entree: ['entree', 'entreeopleiding', 'mbo 1', 'mbo1', 'niveau 1', 'mbo niveau 1'],
    vmbo: ['vmbo', 'mavo', 'vmbo tl', 'vmbo kader', 'vmbo basis', 'lbo', 'vbo', 'vmbo diploma'],
    mbo2plus: ['mbo 2', 'mbo2', 'mbo 3', 'mbo3', 'mbo 4', 'mbo4', 'niveau 2', 'niveau 3', 'niveau 4', 'hbo', 'universiteit', 'bachelor', 'master', 'startkwalificatie'],
    'havo-vwo': ['havo', 'vwo', 'atheneum', 'gymnasium'],
    buitenlands: ['buitenland', 'buitenlands', 'buitenlands diploma', 'in het buitenland', 'uit het buitenland'],
  },
  uitkering: {
    participatiewet: ['bijstand', 'bijstandsuitkering', 'participatiewet', 'pw', 'gemeente', 'participatie'],
    ww: ['ww', 'werkloosheidswet', 'werkloosheidsuitkering'],
    wia: ['wia', 'wga', 'iva', 'wao', 'arbeidsongeschikt', 'arbeidsongeschiktheid'],
    wajong: ['wajong', 'jonggehandicapt'],
    geen: ['geen', 'niets', 'niks', 'geen uitkering', 'heeft geen uitkering', 'nee'],
  },
  motivatie: {
    ja: ['graag', 'heel graag', 'wil graag', 'gemotiveerd', 'wil het', 'wil dat', 'zeker', 'enthousiast'],
    twijfel: ['twijfel', 'twijfelt', 'misschien', 'weet het nog niet', 'weet nog niet', 'een beetje', 'beetje', 'soms', 'nog niet zeker'],
    nee: ['wil niet', 'geen zin', 'niet gemotiveerd', 'heeft geen zin'],
  },
  werkfit: {
    'met-begeleiding': ['met begeleiding', 'met hulp', 'met jobcoach', 'met steun', 'met een jobcoach', 'met ondersteuning'],
    nee: ['nog niet', 'niet', 'lukt niet', 'nog te vroeg'],
  },
  taal: {
    voldoende: ['goed', 'prima', 'voldoende', 'vloeiend', 'moedertaal', 'nederlands is goed', 'spreekt goed nederlands', 'ja'],
    beperkt: ['beperkt', 'matig', 'een beetje', 'beetje', 'redelijk', 'gaat wel', 'nog lastig', 'lastig', 'taal nog lastig'],
    onvoldoende: ['onvoldoende', 'slecht', 'weinig', 'nauwelijks', 'geen nederlands', 'spreekt geen nederlands', 'nee', 'heel weinig'],
  },
  inkomen: {
    loon: ['loon', 'salaris', 'betaald', 'werkgever betaalt', 'dienstverband', 'arbeidscontract', 'contract', 'betaalde baan'],
    uitkering: ['uitkering', 'bijstand', 'ww', 'wajong', 'wia', 'behoud van uitkering', 'uitkering blijft'],
    anders: ['anders', 'iets anders', 'studiefinanciering', 'eigen geld', 'spaargeld'],
  },
  leerbedrijf: {
    erkend: ['erkend', 'erkend leerbedrijf', 'ja erkend', 'door sbb erkend'],
    'niet-erkend': ['niet erkend', 'nog niet erkend', 'ja maar niet erkend', 'nog geen erkenning', 'erkenning aangevraagd'],
    geen: ['nee', 'geen', 'nog niet', 'nog geen', 'geen leerbaan', 'nog geen leerbaan', 'zoeken nog', 'nog zoeken', 'niet'],
  },
  startkwalificatieBruikbaar: {
    true: ['bruikbaar', 'nog bruikbaar', 'nog goed', 'ja'],
    false: ['verouderd', 'niet meer bruikbaar', 'kan het niet meer', 'niet meer', 'oud diploma', 'nee'],
  },
  begeleiding: { true: ['jobcoach', 'begeleider', 'ja ik', 'ja'], false: ['geen', 'nee', 'niemand'] },
};

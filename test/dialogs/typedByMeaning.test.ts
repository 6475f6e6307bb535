import { describe, expect, it } from 'vitest';
import type { AnswerField, Answers } from '../../intake/screening/answers';
import { fieldMessages, screeningMessages as msg } from '../../dialogs/screening/messages.nl';
import type { ScreeningOutcome } from '../../dialogs/screening';
import { dutchIsoDate } from '../../intake/dossier/clock';
import { ageOn } from '../../intake/dossier/fields';
import { answerUntil, factsOf, isSummary, lastCard, questionField, ScreeningDriver, textsOf } from './screeningDriver';

/**
 * Typed answers as verwijzers type them (from the pilots' chat logs and the four test
 * clients): each must be understood at its question, not refused.
 */
const EVERYDAY: [AnswerField, string, Answers[AnswerField]][] = [
  ['leeftijd', 'ze is 34 jaar', 34],
  ['leeftijd', 'vierendertig', 34],
  ['situatie', 'werkloos', 'werkzoekend'],
  ['situatie', 'zit nog op het praktijkonderwijs', 'leerling-pro-vso'],
  ['ingeschrevenMbo', 'nee hoor', false],
  ['ingeschrevenMbo', 'ja hoor', true],
  ['opleiding', 'mbo 2', 'mbo2plus'],
  ['opleiding', 'alleen basisschool', 'geen'],
  ['opleiding', 'vmbo kader', 'vmbo'],
  ['motivatie', 'ja, heel graag', 'ja'],
  ['motivatie', 'weet het nog niet', 'twijfel'],
  ['leerbaar', 'weet ik niet', 'onbekend'],
  ['schoolbaar', 'nee, vooral door de taal', 'nee'],
  ['werkfit', 'nee, nog niet', 'nee'],
  ['werkfit', 'ja, met een jobcoach', 'met-begeleiding'],
  ['taal', 'een beetje', 'beperkt'],
  ['taal', 'spreekt goed Nederlands', 'voldoende'],
  ['urenPerWeek', 'ongeveer 20 uur', 20],
  ['uitkering', 'bijstand', 'participatiewet'],
  ['uitkering', 'geen uitkering', 'geen'],
  ['inkomen', 'behoud van uitkering', 'uitkering'],
  ['leerbedrijf', 'nee, nog niet', 'geen'],
  ['leerbedrijf', 'ja, maar nog niet erkend', 'niet-erkend'],
  ['begeleiding', 'ja, ik ben de jobcoach', true],
  // tuning cases added with the fixes for the first held-out run (test/heldout): other words, same kinds
  ['situatie', 'is vorig jaar van de praktijkschool af', 'schoolverlater'],
  ['opleiding', 'alleen de praktijkschool', 'pro-vso'],
  ['opleiding', 'school gedaan in eigen land', 'buitenlands'],
  ['opleiding', 'is nooit op school geweest', 'geen'],
  ['uitkering', 'geen idee', 'onbekend'],
  ['inkomen', 'nog niet bekend', 'onbekend'],
  ['urenPerWeek', '4 dagen x 6 uur', 24],
  ['begeleiding', 'nee, er is geen begeleider', false],
  ['motivatie', 'niet gemotiveerd', 'nee'],
  ['situatie', 'zonder baan op dit moment', 'werkzoekend'],
  // after held-out set 3: a softener after the negation, number words in days x hours, a side job
  ['motivatie', 'ze is niet zo gemotiveerd', 'nee'],
  ['werkfit', 'niet helemaal fit, het gaat alleen met begeleiding', 'met-begeleiding'],
  ['urenPerWeek', 'vier dagen van vijf uur', 20],
  ['situatie', 'hij heeft een baantje als vakkenvuller', 'werkend'],
  // after held-out set 4: a guess that still says yes or no, "bijna geen", day parts x hours
  ['leerbaar', 'volgens mij niet', 'nee'],
  ['schoolbaar', 'lijkt me wel', 'ja'],
  ['motivatie', 'ik denk van niet', 'nee'],
  ['taal', 'bijna geen woord Nederlands', 'onvoldoende'],
  ['urenPerWeek', 'drie middagen van vijf uur', 15],
  ['urenPerWeek', '2 diensten per week van 8 uur', 16],
  // after held-out set 5: "hard to tell" is onbekend, words between "weet" and "niet", another language
  // only, nothing found yet
  ['schoolbaar', 'moeilijk in te schatten', 'onbekend'],
  ['leerbaar', 'daar heb ik nog geen zicht op', 'onbekend'],
  ['motivatie', 'weet hij eigenlijk nog niet', 'twijfel'],
  ['taal', 'praat alleen tigrinya', 'onvoldoende'],
  ['taal', 'alleen haar eigen taal', 'onvoldoende'],
  ['leerbedrijf', 'we hebben nog niets', 'geen'],
  ['begeleiding', 'niks geregeld', false],
  ['schoolbaar', 'dat kan ik nog niet goed inschatten', 'onbekend'],
  ['motivatie', 'dat weet ze zelf ook niet', 'twijfel'],
  ['leerbedrijf', 'we zijn nog aan het zoeken', 'geen'],
  ['situatie', 'ze doet uitzendwerk via randstad', 'werkend'],
  ['situatie', 'is vorig jaar van het vso gegaan', 'schoolverlater'],
  ['uitkering', 'zit in de p-wet', 'participatiewet'],
  ['ingeschrevenMbo', 'is nergens ingeschreven hoor', false],
  ['taal', 'basisniveau, korte zinnen gaan wel', 'beperkt'],
  ['leerbedrijf', 'een bakkerij, de erkenning is aangevraagd', 'niet-erkend'],
  ['leerbedrijf', 'moet nog gevonden worden', 'geen'],
  ['inkomen', 'via loondispensatie', 'loon'],
  ['inkomen', 'dat moeten we nog uitzoeken', 'onbekend'],
  ['ingeschrevenMbo', 'neeee', false],
  ['leerbedrijf', 'ja, maar het bedrijf moet nog erkend worden', 'niet-erkend'],
  ['urenPerWeek', 'drie hele dagen van 7 uur', 21],
  ['begeleiding', 'jaaa hoor, ik', true],
  // after held-out set 7: chat spellings ("denk t wel", "wrs", "nah"); income neither wage nor benefit
  ['schoolbaar', 'denk t wel', 'ja'],
  ['leerbaar', 'wrs niet', 'nee'],
  ['ingeschrevenMbo', 'nah', false],
  ['inkomen', 'ze leeft van het inkomen van haar partner', 'anders'],
  ['inkomen', 'alimentatie', 'anders'],
  // still to be found out is onbekend where allowed; a named choice wins over it
  ['uitkering', 'dat vraag ik nog na bij het uwv', 'onbekend'],
  ['inkomen', 'zoek ik nog uit', 'onbekend'],
  ['uitkering', 'bijstand denk ik, check ik nog', 'participatiewet'],
  ['situatie', 'vorig jaar van de havo af', 'schoolverlater'],
  ['situatie', 'zit nog op de praktijkschool', 'leerling-pro-vso'],
  ['ingeschrevenMbo', 'ze staat ingeschreven bij het Deltion', true],
  ['ingeschrevenMbo', 'was ingeschreven op het roc maar is gestopt', false],
  ['ingeschrevenMbo', 'niet ingeschreven', false],
  ['schoolbaar', 'school is niets voor hem', 'nee'],
  ['schoolbaar', 'hij loopt vast op school', 'nee'],
  ['inkomen', 'behoudt zijn wajonguitkering', 'uitkering'],
  ['situatie', 'hij zit sinds mei in de ww', 'werkzoekend'],
  ['opleiding', 'heeft alleen de lagere school gedaan', 'geen'],
  ['leerbedrijf', 'daar zijn we nu mee bezig', 'geen'],
  ['inkomen', 'heeft geen inkomen', 'anders'],
  ['motivatie', 'het was haar eigen initiatief', 'ja'],
  ['motivatie', 'hij kwam er zelf mee', 'ja'],
  ['situatie', 'ze zoekt al maanden een baan', 'werkzoekend'],
  ['situatie', 'hij zit al vast sinds maart', 'gedetineerd'],
  ['uitkering', 'moet ik nagaan', 'onbekend'],
  ['inkomen', 'dat moeten we nog bespreken', 'onbekend'],
  ['schoolbaar', 'hij is twee keer geschorst', 'nee'],
  ['taal', 'ze verstaat bijna niets', 'onvoldoende'],
  ['leerbedrijf', 'een garage zonder erkenning', 'niet-erkend'],
  ['ingeschrevenMbo', 'ze doet entree bij het Deltion', true],
  ['ingeschrevenMbo', 'zat op het roc maar is gestopt', false],
  ['leerbaar', 'niet getest, weten we niet', 'onbekend'],
  ['taal', 'er moet steeds een tolk bij', 'onvoldoende'],
  ['begeleiding', 'dat doe ik zelf wel', true],
  ['leerbaar', 'ik twijfel', 'onbekend'],
  ['schoolbaar', 'daar twijfel ik over', 'onbekend'],
  ['schoolbaar', 'school ging nooit goed', 'nee'],
  // after held-out set 11: a test or decision still to come, a CEFR level, Dutch as first language,
  // the husband's income, the abbreviation jc
  ['schoolbaar', 'moet nog onderzocht worden', 'onbekend'],
  ['uitkering', 'zijn we nog niet over uit', 'onbekend'],
  ['taal', 'heeft niveau B2', 'voldoende'],
  ['taal', 'zit op A1', 'onvoldoende'],
  ['taal', "Nederlands is d'r eerste taal", 'voldoende'],
  ['inkomen', 'zijn vrouw verdient het geld', 'anders'],
  ['begeleiding', 'een jc vanuit de gemeente', true],
  // after held-out set 12: no picture of it yet is not knowing (not the "geen" / "niks" of nee);
  // leaving a course is leaving school; the verwijzer staying involved
  ['leerbaar', 'heb ik eerlijk gezegd geen beeld van', 'onbekend'],
  ['schoolbaar', 'daar kan ik niets over zeggen', 'onbekend'],
  ['situatie', 'is vorige maand gestopt met haar opleiding', 'schoolverlater'],
  ['begeleiding', 'als klantmanager blijf ik betrokken', true],
  // after a stress list of session 8 (cover8): looking for a job is not having one, a school finished
  // outweighs its name, prison words, not sure or "it depends" is doubt, fit / too ill, steering as
  // support, simple sentences only, any coach, never tried, a decision still to come, "een" in compounds
  ['situatie', 'ze is op zoek naar een vaste baan', 'werkzoekend'],
  ['situatie', 'vorige maand geslaagd voor het praktijkonderwijs', 'schoolverlater'],
  ['situatie', 'wacht op zijn vrijlating', 'gedetineerd'],
  ['situatie', 'is al jaren thuiszitter', 'werkzoekend'],
  ['motivatie', 'niet helemaal zeker', 'twijfel'],
  ['motivatie', 'afhankelijk van het werk', 'twijfel'],
  ['werkfit', 'fysiek fit genoeg', 'ja'],
  ['werkfit', 'is nog te ziek om te werken', 'nee'],
  ['werkfit', 'met aansturing van een collega', 'met-begeleiding'],
  ['taal', 'begrijpt alleen eenvoudige zinnen', 'beperkt'],
  ['begeleiding', 'wel een coach vanuit het wijkteam', true],
  ['schoolbaar', 'nog nooit uitgeprobeerd', 'onbekend'],
  ['inkomen', 'wordt nog bekeken met de werkgever', 'onbekend'],
  ['leeftijd', 'eenendertig', 31],
  // cover8's second list: leaving a school, werkzaam, re-integration, bad school experiences, a Dutch
  // native, gestures only, short instructions, thinking first, a degree of support ("met extra hulp",
  // "met vaste structuur"), erkenning had, searching together, loondienst, parents, "begeleidt", a filler
  ['situatie', 'heeft vorig jaar de praktijkschool verlaten', 'schoolverlater'],
  ['situatie', 'werkzaam als kok in een hotel', 'werkend'],
  ['situatie', 'zit in een re-integratietraject', 'werkzoekend'],
  ['schoolbaar', 'heeft veel slechte ervaringen op school', 'nee'],
  ['taal', 'ze is hier opgegroeid', 'voldoende'],
  ['taal', 'communiceert met handen en voeten', 'onvoldoende'],
  ['taal', 'volgt korte instructie goed', 'beperkt'],
  ['motivatie', 'ze wil er eerst over nadenken', 'twijfel'],
  ['motivatie', 'wordt gestuurd door de gemeente, wil zelf niet', 'nee'],
  ['werkfit', 'met extra hulp van een collega', 'met-begeleiding'],
  ['werkfit', 'met vaste structuur gaat het goed', 'met-begeleiding'],
  ['leerbedrijf', 'het bedrijf heeft erkenning', 'erkend'],
  ['leerbedrijf', 'gaan we samen zoeken', 'geen'],
  ['inkomen', 'in loondienst bij de werkgever', 'loon'],
  ['inkomen', 'de ouders springen bij', 'anders'],
  ['begeleiding', 'de consulent begeleidt hem', true],
  ['uitkering', 'dat zoek ik nog even uit', 'onbekend'],
  // cover8's third list: a school's diploma is a school-leaver, serving a sentence, an inflected
  // "erkende", going after it later
  ['situatie', 'heeft sinds juni zijn vso-diploma', 'schoolverlater'],
  ['situatie', 'zit haar straf uit', 'gedetineerd'],
  ['leerbedrijf', 'kan terecht bij een erkende garage', 'erkend'],
  ['inkomen', 'daar ga ik nog achteraan', 'onbekend'],
  // after held-out set 13: too early to say; days and hours of one day without "van"; Dutch born and bred;
  // steering is support
  ['schoolbaar', 'ik ken haar nog te kort', 'onbekend'],
  ['urenPerWeek', 'drie dagen 7 uur', 21],
  ['taal', 'is hier geboren en getogen', 'voldoende'],
  ['werkfit', 'heeft veel aansturing nodig', 'met-begeleiding'],
  // after held-out set 14: the hours of a day, then the days (was asked again: it read 8 before); the one
  // number said per week among others; primary school only; already working is fit; a talk still to come
  ['urenPerWeek', '8 uur per dag, 4 dagen', 32],
  ['urenPerWeek', 'hooguit 12 uur per week, steeds 3 uur achter elkaar', 12],
  ['opleiding', 'tot en met groep 7', 'geen'],
  ['werkfit', 'hij werkt nu al twee dagen in de kantine', 'ja'],
  ['inkomen', 'hebben we het nog niet over gehad', 'onbekend'],
  // after held-out set 15: "er niets van", the recognition still to be asked for, the Participatiewet as
  // a benefit, visiting the workplace, "steeds N uur" after the days
  ['taal', 'ze begrijpt er niets van', 'onvoldoende'],
  ['leerbedrijf', 'de bakker gaat de erkenning aanvragen', 'niet-erkend'],
  ['inkomen', 'ze blijft in de participatiewet', 'uitkering'],
  ['begeleiding', 'ik ga wekelijks even langs', true],
  ['urenPerWeek', 'twee middagen, steeds 5 uur', 10],
  // after held-out set 16: the age now said outright, leaving "de mbo", who is asked is no answer, diminutive
  // day parts, a yes or no with its reason
  ['leeftijd', 'ze wordt in maart 31, nu nog 30', 30],
  ['situatie', 'is van de mbo gegaan zonder diploma', 'schoolverlater'],
  ['uitkering', 'even checken bij de gemeente', 'onbekend'],
  ['urenPerWeek', 'vier middagjes van 3 uur', 12],
  ['begeleiding', 'nee omdat het traject afloopt, dan stopt de begeleiding', false],
  // after held-out set 17: a school finished without its article, "zou het niet weten", stuck at school,
  // no SBB recognition yet
  ['situatie', 'is net klaar met vso', 'schoolverlater'],
  ['inkomen', 'zou ik niet weten eerlijk gezegd', 'onbekend'],
  ['schoolbaar', 'op de mbo is het eerder misgegaan', 'nee'],
  ['leerbedrijf', 'de kringloop heeft geen SBB-erkenning', 'niet-erkend'],
  // after held-out set 19: "kan ik echt niet beoordelen", not decided, "gebrekkig", the SBB register, a limit
  // after no, begun at a school, not yet looked into
  ['leerbaar', 'kan ik eigenlijk niet inschatten', 'onbekend'],
  ['motivatie', 'hij is er nog niet uit', 'twijfel'],
  ['taal', 'gebrekkig', 'beperkt'],
  ['leerbedrijf', 'ja, ze staan in het register', 'erkend'],
  ['begeleiding', 'nee, alleen de begeleiding die het bedrijf zelf geeft', false],
  ['begeleiding', 'nee alleen een begeleider van het leerbedrijf', false],
  ['ingeschrevenMbo', 'is in augustus gestart bij de Vonk opleidingen', true],
  ['ingeschrevenMbo', 'begonnen met de opleiding tot kok', true],
  ['uitkering', 'nog niet bekeken', 'onbekend'],
  // after held-out set 20: "x per week" between the count and the hours
  ['urenPerWeek', '3x per week 6 uur', 18],
  // cover9 (stress list by kind): an intensifier before a negation is no yes; "niemand die ..." negates
  // the verb after it; a state that has ended ("net uit de bajes") is not the situation now
  ['motivatie', 'natuurlijk niet', 'nee'],
  // the opening "nee" outweighs a word of the other side in its reason, sure when the sentence does not turn
  ['begeleiding', 'nee, zijn coach is vorige maand vertrokken', false],
  ['begeleiding', 'op dit moment is er niemand die haar begeleidt', false],
  ['situatie', 'net uit de bajes, zoekt een baan', 'werkzoekend'],
  ['situatie', 'kwam in mei uit de gevangenis, werkt nu in een magazijn', 'werkend'],
  // left during a level ("afgehaakt tijdens havo 4") is that level not attained
  ['opleiding', 'afgehaakt tijdens havo 4, geen diploma', 'geen'],
  // after held-out sets 21-23: a yes-word turned around by "niet"
  ['motivatie', 'absoluut niet', 'nee'],
  ['begeleiding', 'tuurlijk niet', false],
  // a plain yes or no at a yes/no question, then what it is about
  ['ingeschrevenMbo', 'nee ze heeft zich bij geen enkel roc ingeschreven', false],
  // not knowing in the plural or with the verb first
  ['schoolbaar', 'weten we echt nog niet', 'onbekend'],
  // coming from a school is having left it
  ['situatie', 'hij kwam van het speciaal onderwijs', 'schoolverlater'],
  ['situatie', 'komt pas van het praktijkonderwijs', 'schoolverlater'],
  // a level left before the diploma beside a level attained
  ['opleiding', 'afgehaakt op de havo, vmbo tl wel gehaald', 'vmbo'],
  // the age now beside the age to come
  ['leeftijd', '61 en straks 62', 61],
  // doubt as a verb, hours as a diminutive
  ['motivatie', 'hij weifelt', 'twijfel'],
  ['urenPerWeek', 'maximaal 12 uurtjes per week, in blokken van 3', 12],
  // keeping a working rhythm already
  ['werkfit', 'ze draait al mee in de kantine', 'ja'],
  // "n.v.t." is one word, not "n v het"
  ['uitkering', 'n.v.t., hij werkt', 'geen'],
  // after held-out sets 24-26: words between the school and "gekomen"; enrolled with words between;
  // only the leerbedrijf's people is no begeleiding; a casemanager is
  ['situatie', 'Mo is in mei van de mavo in Delft gekomen', 'schoolverlater'],
  ['ingeschrevenMbo', 'doet sinds september de entree bij het Noorderpoort', true],
  // a level begun is not attained
  ['opleiding', 'mbo 2 begonnen, vmbo diploma wel', 'vmbo'],
  ['begeleiding', 'alleen de leidinggevende op de vloer', false],
  ['begeleiding', 'onze casemanager', true],
  // after held-out sets 27-29: dropped out of a school; sent out of class; not yet convinced; a test still
  // to come; a number word split by autocorrect; a year of havo/vwo is no diploma
  ['situatie', 'afgehaakt op het roc', 'schoolverlater'],
  ['schoolbaar', 'ze werd vaak uit de klas gezet', 'nee'],
  ['motivatie', 'is nog niet overtuigd', 'twijfel'],
  ['leerbaar', 'wacht nog op een niveautest', 'onbekend'],
  ['leeftijd', 'drie en veertig', 43],
  ['opleiding', 'vwo 5, toen zonder diploma gestopt', 'geen'],
  ['schoolbaar', 'niet goed in te schatten', 'onbekend'],
  // after held-out sets 30-32: who is speaking between "kan ik" and "niet beoordelen"; mulling it over;
  // still to be looked up; never at an mbo; "kweenie"; regional spellings
  ['leerbaar', 'dat kan ik als jobcoach niet goed beoordelen', 'onbekend'],
  ['motivatie', 'ze dubt nog', 'twijfel'],
  ['uitkering', 'kijk ik na', 'onbekend'],
  ['ingeschrevenMbo', 'nooit op een mbo ingeschreven of gezeten', false],
  ['leerbaar', 'kweenie', 'onbekend'],
  ['taal', 'gain nederlands', 'onvoldoende'],
  // "geen" negates its own noun only: the partner's income after it is read
  ['inkomen', 'geen eigen geld, haar man verdient', 'anders'],
  // after held-out sets 33-35: "geen taalprobleem"; still relevant; "jazekers"; days then hours without "uur"
  ['taal', 'geen taalachterstand', 'voldoende'],
  ['motivatie', 'jazekers', 'ja'],
  ['urenPerWeek', '4 ochtenden van 5', 20],
  // after held-out sets 36-38: a slip of "weet"; a judgement still to come; a kind of shift counted
  ['schoolbaar', 'wk niet', 'onbekend'],
  ['leerbaar', 'nog niet beoordeeld', 'onbekend'],
  ['urenPerWeek', 'twee avonddiensten van 5 uur', 10],
  // after held-out sets 39-41: the question's instructions not understood; not yet wholly behind it; "er voor
  // in"; a school "klaar" with words between; "pwet"; the payroll; whole days with "8u"
  ['taal', 'begrijpt de meeste instructies niet', 'onvoldoende'],
  ['motivatie', 'hij staat er nog niet achter', 'twijfel'],
  ['motivatie', 'hij is er wel voor in', 'ja'],
  ['situatie', 'pro vorig jaar klaar', 'schoolverlater'],
  ['inkomen', 'pwet', 'uitkering'],
  ['inkomen', 'komt op de loonlijst', 'loon'],
  ['urenPerWeek', 'vier hele dagen van 7u', 28],
  // cover9: not seen yet is not known; "een half jaartje" is a time, not "half"; chat forms; even odds;
  // looking it up; the judgement left to the mbo; learning only in practice; back to work after years at home
  ['schoolbaar', 'hebben we nog niet kunnen merken', 'onbekend'],
  ['taal', 'woont hier een half jaartje, spreekt amper wat', 'onvoldoende'],
  ['ingeschrevenMbo', 'nop', false],
  ['inkomen', 'idk', 'onbekend'],
  ['motivatie', 'fifty fifty', 'twijfel'],
  ['motivatie', 'lauw', 'twijfel'],
  ['inkomen', 'zoek ik op', 'onbekend'],
  ['schoolbaar', 'leert alleen in de praktijk', 'nee'],
  ['taal', 'NT1-er', 'voldoende'],
  ['werkfit', 'ze komt haar afspraken na', 'ja'],
  ['werkfit', 'thuis is het nog te instabiel', 'nee'],
  ['situatie', 'huisman, wil weer werken', 'werkzoekend'],
  // cover9, second list: other not-knowing idioms are no "geen"; a bare product; the gemeente's service;
  // shortened and old school names; a recognition that lapsed; the minimum wage; support needed
  ['inkomen', 'geen notie', 'onbekend'],
  ['urenPerWeek', '4 x 5', 20],
  ['uitkering', 'via sociale zaken', 'participatiewet'],
  ['opleiding', 'niv 3 verzorging', 'mbo2plus'],
  ['opleiding', 'leao', 'vmbo'],
  ['leerbedrijf', 'hun erkenning is ingetrokken', 'niet-erkend'],
  ['inkomen', 'wettelijk minimumloon', 'loon'],
  ['werkfit', 'heeft wel begeleiding nodig', 'met-begeleiding'],
  ['ingeschrevenMbo', 'staat nog op een wachtlijst bij het roc', false],
  ['taal', 'geen woord Nederlands', 'onvoldoende'],
  ['situatie', 'ontslagen bij een bakkerij', 'werkzoekend'],
  // cover9, third list: fillers inside "weet niet" ("zo", "even"); "niks zinnigs over zeggen"; jobcoaching as
  // support; formal yes and no; a workplace that is no recognised leerbedrijf; found via SBB; waiting to see;
  // vso by cluster; a translation app; the partner's money; out of service; not in the file; it depends
  ['leerbaar', 'weet ik zo even niet', 'onbekend'],
  ['schoolbaar', 'kan ik niks zinnigs over zeggen', 'onbekend'],
  ['werkfit', 'ja, met intensieve jobcoaching', 'met-begeleiding'],
  ['ingeschrevenMbo', 'juist', true],
  ['ingeschrevenMbo', 'allerminst', false],
  ['leerbedrijf', 'de bakker is nog geen erkend leerbedrijf', 'niet-erkend'],
  ['leerbedrijf', 'gevonden via SBB', 'erkend'],
  ['motivatie', 'aarzelend', 'twijfel'],
  ['opleiding', 'cluster 3 onderwijs', 'pro-vso'],
  ['taal', 'praat via een vertaalapp', 'onvoldoende'],
  ['inkomen', 'via zijn partner', 'anders'],
  ['situatie', 'uit dienst bij de thuiszorg', 'werkzoekend'],
  ['uitkering', 'niet in het systeem te vinden', 'onbekend'],
  ['inkomen', 'hangt ervan af', 'onbekend'],
  ['taal', 'Nederlands als eerste taal, gaat prima', 'voldoende'],
  // a "niet" inside the condition of a yes is not nee
  ['werkfit', 'ja, zolang het niet te zwaar wordt', 'ja'],
  // what comes next ("daarna", "straks") is no answer to a question about now
  ['uitkering', 'ww, daarna misschien bijstand', 'ww'],
  ['opleiding', 'vmbo, straks mbo 2 halen', 'vmbo'],
  // a choice by its place, as the re-ask invites ("typ het nummer"); a thumb or a tick
  ['uitkering', 'optie 3', 'wia'],
  ['werkfit', 'de eerste', 'ja'],
  ['leerbedrijf', 'nr. 2', 'niet-erkend'],
  ['begeleiding', '✅', true],
  ['ingeschrevenMbo', '👎', false],
  // cover9: a number corrected by the verwijzer ("nee wacht", "sorry", "oh nee") is read from the correction;
  // "u" for uur
  ['leeftijd', '40, sorry 41', 41],
  ['urenPerWeek', '20.. oh nee, 16', 16],
  ['urenPerWeek', '3x5u', 15],
  // after held-out sets 42-44: a total spread over days (with or without "uur"); another language's words are
  // not the Dutch; the client's own words quoted; "geen optie"; "van scholen gestuurd"
  ['urenPerWeek', '24 uur verdeeld over 3 dagen', 24],
  ['urenPerWeek', 'twintig, gespreid over vier ochtenden', 20],
  ['taal', 'spreekt alleen dari en redelijk engels', 'onvoldoende'],
  ['taal', 'nee hoor, begrijpt alleen arabisch', 'onvoldoende'],
  ['motivatie', 'hij zei tegen me: dit wil ik doen', 'ja'],
  ['schoolbaar', 'werd van twee scholen gestuurd', 'nee'],
  ['schoolbaar', 'in een klas zitten is voor haar geen optie', 'nee'],
  // after held-out sets 45-47: spelling slips ("word" for wordt, "twintich", "daagen", "erkent", "ideej"); "x per week
  // van"; days "x" hours with words after; the client's "echt wil"; serving a sentence; an interpreter for everything
  ['leeftijd', 'vijfenvijftig, word in juli 56', 55],
  ['uitkering', 'echt geen ideej', 'onbekend'],
  ['taal', 'nederlands is eigenlijk haar taal', 'voldoende'],
  ['urenPerWeek', 'dertich uur', 30],
  ['urenPerWeek', 'zesentwintug', 26],
  ['urenPerWeek', 'vier daagen van 6 uur', 24],
  ['urenPerWeek', '3x per week van 5 uur', 15],
  ['urenPerWeek', '3 dagen x 7 op de afdeling', 21],
  ['leerbedrijf', 'wel een plek, alleen niet erkent', 'niet-erkend'],
  ['motivatie', 'ze zegt dat ze het echt wil', 'ja'],
  ['situatie', 'hij zit uit, komt in maart vrij', 'gedetineerd'],
  ['taal', 'verstaat weinig, het meeste gaat via een tolk', 'onvoldoende'],
  ['taal', 'begrijpt de opdrachten nog niet', 'onvoldoende'],
  // after held-out sets 48-50: Limburgish and Frisian words; not yet able to say; afspraken nagekomen; a recognition
  // under way or held; instructions not followed; hours "x keer per week"
  ['ingeschrevenMbo', 'neet ingeschreven', false],
  ['uitkering', 'krijgt bystân', 'participatiewet'],
  ['situatie', 'hy hat gjin wurk', 'werkzoekend'],
  ['motivatie', 'se wol it graach', 'ja'],
  ['begeleiding', 'gjin jobcoach', false],
  ['schoolbaar', 'dat witte ik net', 'onbekend'],
  ['leerbaar', 'kan ik op dit moment nog niet zeggen', 'onbekend'],
  ['werkfit', 'komt haar afspraken netjes na', 'ja'],
  ['leerbedrijf', 'de erkenning is nog niet rond', 'niet-erkend'],
  ['leerbedrijf', 'ze hebben een erkenning van sbb', 'erkend'],
  ['taal', 'kan simpele opdrachten nog niet volgen', 'onvoldoende'],
  ['urenPerWeek', 'ochtenden van 3 uur, 4 keer per week', 12],
  ['opleiding', 'gestopt in het laatste jaar mbo 3, heeft wel vmbo tl', 'vmbo'],
  // after held-out sets 51-53: the birth year before the day and month; a year beside the age is no number for it;
  // a few years of a school; learning in a class now; not asked; the client does not know yet
  ['leeftijd', 'geboren in 1992, op 3 maart', ageOn('1992-03-03', dutchIsoDate(new Date()))],
  ['leeftijd', 'ze is eenendertig, sinds 2015 in nederland', 31],
  ['opleiding', '1 jaar havo gedaan, zonder diploma weg', 'geen'],
  ['schoolbaar', 'volgt lessen bij het roc en dat loopt goed', 'ja'],
  ['uitkering', 'nog niet naar gevraagd', 'onbekend'],
  ['interesses', 'weet ze nog niet', ''],
  // after held-out sets 54-56: an infinitive, then it fails; not settled yet; "ziet het … zitten"; "dgn"
  ['werkfit', 'afspraken nakomen gaat nog niet goed', 'nee'],
  ['inkomen', 'dat is nog niet rond', 'onbekend'],
  ['motivatie', 'ze ziet het best zitten', 'ja'],
  ['urenPerWeek', '4 dgn van 5 uur', 20],
  // after held-out sets 57-59: never at school (also abroad); a day part's hours, then how many; enrolled once
  ['opleiding', 'is in afghanistan nooit naar school gegaan', 'geen'],
  ['urenPerWeek', 'middagen van 3 uur, 4 keer', 12],
  ['ingeschrevenMbo', 'ze stond bij het mbo, nu niet meer', false],
  // after held-out sets 60-62: two kinds of day summed; "van elk"; "lastig inschatten"
  ['urenPerWeek', '3 dagen van 6 en 1 van 3', 21],
  ['urenPerWeek', 'drie middagen van elk 5 uur', 15],
  ['leerbaar', 'kan ik nog moeilijk inschatten', 'onbekend'],
];

/** Readings that are an inference or come from the description rules: confirmed with one "ja". */
const CONFIRMED: [AnswerField, string, Answers[AnswerField]][] = [
  ['leeftijd', 'ongeveer 35 jaar', 35],
  ['situatie', 'pakketbezorger bij een webwinkel', 'werkend'],
  // a verb is negated after it, and "zonder" negates what follows: not werkend through "werkt" or "baan"
  ['situatie', 'hij werkt niet', 'werkzoekend'],
  ['opleiding', 'hij heeft in eritrea een opleiding afgerond', 'buitenlands'],
  ['motivatie', 'hij ziet het niet zitten', 'nee'],
  ['leeftijd', 'hij wordt in mei 41', 40],
  ['urenPerWeek', 'drie hele dagen', 24],
  ['urenPerWeek', '4 dagdelen', 16],
  // after held-out set 7: two numbers, one of them hours ("... uur, 4 dagen"): the hours
  ['urenPerWeek', '28 uur in 4 dagen', 28],
  // a school (not only a diploma) in any country; never finishing anything
  ['opleiding', 'heeft in Soedan de middelbare school gedaan', 'buitenlands'],
  ['opleiding', 'heeft nooit een opleiding afgemaakt', 'geen'],
  // a compound whose head says it: "productiemedewerker" works, a "stagevergoeding" is other income
  ['situatie', 'productiemedewerker bij een fabriek', 'werkend'],
  ['inkomen', 'krijgt een stagevergoeding', 'anders'],
  ['inkomen', 'alleen huurtoeslag', 'anders'],
  // what the sentence says on the whole (shared/polarity): a condition, a mix, an idiom, a negated problem
  ['werkfit', 'gaat wel als zijn begeleider ernaast staat', 'met-begeleiding'],
  ['taal', 'praten gaat goed, schrijven niet', 'beperkt'],
  ['taal', 'dat is geen enkel probleem', 'voldoende'],
  ['motivatie', 'ze kan haast niet wachten', 'ja'],
  ['motivatie', 'staat er niet om te springen', 'twijfel'],
  ['leerbaar', 'met wat hulp lukt dat', 'ja'],
  // after held-out set 11: a school abroad beats its level; "wel wat" is partly; a sentence that is its condition
  ['opleiding', 'hbo in Afghanistan afgerond', 'buitenlands'],
  ['taal', 'spreekt wel wat, maar uitleg moet je vaak herhalen', 'beperkt'],
  ['werkfit', 'alleen met iemand die hem dagelijks aanstuurt', 'met-begeleiding'],
  // after held-out set 12: days with clock times; a compound head "*coach"
  ['urenPerWeek', 'drie middagen van 1 tot 5', 12],
  ['urenPerWeek', '5 dagen 8-12', 20],
  ['begeleiding', 'de loopbaancoach van het UWV', true],
  // after cover8: a compound contract, learning quickly, a negated problem, structure as the condition
  ['situatie', 'heeft een jaarcontract bij de gemeente', 'werkend'],
  ['leerbaar', 'pikt nieuwe dingen snel op', 'ja'],
  ['werkfit', 'er zijn geen beperkingen', 'ja'],
  // after held-out set 14: a yes under a condition is the middle choice, not a plain yes
  ['werkfit', 'ja, als er iemand bij blijft', 'met-begeleiding'],
  // little wish is close to none: confirmed, never sure (nee makes the advice niet-toelaatbaar)
  ['motivatie', 'heeft er eigenlijk weinig zin in', 'nee'],
  // a compound of gevangenis
  ['situatie', 'verblijft in de jeugdgevangenis', 'gedetineerd'],
  // after held-out set 17: a run of weekdays and the clock times of a day
  ['urenPerWeek', 'di t/m do van 13 tot 17', 12],
  // after held-out set 18: open to it is motivated
  ['motivatie', 'hij staat er helemaal voor open', 'ja'],
  // after held-out set 19: a level attained beside one not; "de middelbare" abroad; weekdays with the hours
  // of each day
  ['opleiding', 'niveau 2 niet afgemaakt, vmbo kader wel', 'vmbo'],
  ['opleiding', 'de middelbare gedaan in Somalië', 'buitenlands'],
  ['urenPerWeek', 'ma t/m do steeds 5 uur', 20],
  // cover9: at a yes/no question an opening "nee" in a sentence that turns is confirmed; "zegt van wel,
  // maar ..." with little shown is doubt
  ['begeleiding', 'nee, maar zijn coach van vorig jaar belt nog weleens', false],
  ['motivatie', 'ze zegt van wel, maar ik merk er weinig van', 'twijfel'],
  // after held-out sets 21-23: the age to come alone; a yes under help with the infinitive
  ['leeftijd', 'wordt binnenkort 41', 40],
  ['leerbaar', 'zou kunnen lukken', 'ja'],
  // no diploma anywhere
  ['opleiding', 'heeft nergens diploma voor', 'geen'],
  // after held-out sets 27-29: a yes under a condition with a hedge inside it; a yes-word under a negation
  // a few words before (confirmed)
  ['werkfit', 'ja, als hij een maatje heeft die een beetje meekijkt', 'met-begeleiding'],
  ['ingeschrevenMbo', 'heeft nooit op een roc ingeschreven gestaan', false],
  ['begeleiding', 'nooit een jobcoach gehad', false],
  // after held-out sets 30-32: a vocational school abroad by its own name
  ['opleiding', 'vakschool in Roemenië afgemaakt', 'buitenlands'],
  // after held-out sets 33-35: only a school below mbo 2 named and none finished is no diploma (confirmed: the
  // verwijzer may know of a lower one); a level followed but never finished is no level attained (cover9)
  ['opleiding', 'vmbo niet gehaald', 'geen'],
  ['opleiding', 'vmbo gevolgd maar nooit het diploma behaald', 'geen'],
  ['opleiding', 'diploma marokko, economie', 'buitenlands'],
  // after held-out sets 36-38: a diploma named by its subject, abroad
  ['opleiding', 'verpleegkundediploma uit Iran', 'buitenlands'],
  // after held-out sets 39-41: no paper anywhere
  ['opleiding', 'heeft nergens een papier van', 'geen'],
  ['urenPerWeek', 'di t/m do 6 uurtjes', 18],
  // cover9: weekdays named one by one with the clock times of a day
  ['urenPerWeek', 'di, wo en vr van 8 tot 12', 12],
  // cover9: dropping out, a school time as a disaster, never a problem; one typo in an everyday word
  ['schoolbaar', 'ze haakt snel af bij de lessen', 'nee'],
  ['schoolbaar', 'de klas was een ramp voor haar', 'nee'],
  ['schoolbaar', 'nooit moeite mee gehad', 'ja'],
  ['motivatie', 'gemotiveert', 'ja'],
  // cover9, second list: the hours of each day of a working week; doubt negated; "gemotiveerd maar onzeker";
  // a city abroad; a level named with "niet" after it beside one attained
  ['urenPerWeek', 'op alle werkdagen 5 uur', 25],
  ['urenPerWeek', 'door de week 3 uur per dag', 15],
  ['schoolbaar', 'zonder twijfel', 'ja'],
  ['motivatie', 'hij is gemotiveerd, wel onzeker', 'twijfel'],
  ['opleiding', 'studeerde in Kabul', 'buitenlands'],
  ['opleiding', 'mbo 3 niet, vmbo tl wel', 'vmbo'],
  // cover9, third list: eager but afraid is doubt; trouble with sitting still in class; "haalbaar"
  ['motivatie', 'hij heeft er zin in, maar vindt het eng', 'twijfel'],
  ['schoolbaar', 'heeft moeite met stilzitten in de les', 'nee'],
  ['leerbaar', 'niveau 2 is haalbaar', 'ja'],
  // no rule reads these: close to the held-out sets' phrasings (dialogs/screening/answerExamples.ts)
  ['motivatie', 'ze vroeg er zelf naar', 'ja'],
  ['motivatie', 'hij wil dit echt, kwam er zelf om vragen', 'ja'],
  ['inkomen', 'leeft van haar spaarcenten', 'anders'],
  // after held-out sets 42-44: "moeizaam" and "mist veel" beside a yes are partly; "onwaarschijnlijk" is a no;
  // a word cut short with a full stop ("werkzoek.")
  ['taal', 'begrijpt veel, maar spreken gaat moeizaam', 'beperkt'],
  ['taal', 'redt zich wel, mist alleen veel', 'beperkt'],
  ['leerbaar', 'een opleiding? acht ik onwaarschijnlijk', 'nee'],
  ['situatie', 'schoolverl.', 'schoolverlater'],
  ['motivatie', 'gemotiv.', 'ja'],
  // after held-out sets 45-47: "te zwaar"
  ['leerbaar', 'ook niveau 1 is al te zwaar', 'nee'],
  // after held-out sets 57-59: weekdays named with spaces only, then the hours of a day
  ['urenPerWeek', 'di do vr, 6 uur per dag', 18],
];

/** Answers that must not be read: the question is asked again (a wrong reading is worse). */
const ASKED_AGAIN: [AnswerField, string][] = [
  ['urenPerWeek', 'tussen de 20 en 24 uur'],
  ['opleiding', 'komt uit Irak'],
  ['situatie', 'ex-medewerker van de gemeente'],
  ['situatie', 'was productiemedewerker'],
  ['inkomen', 'geen vergoeding'],
  ['leerbaar', 'mss'],
  ['werkfit', 'niet zonder begeleiding'],
  ['werkfit', 'soms'],
  ['werkfit', 'geen idee'],
  ['schoolbaar', 'de theorie niet, de praktijk wel'],
  ['taal', 'niet zo goed'],
  // a level not reached is no level: asked again, not *voldoende*
  ['taal', 'B1 niet gehaald'],
  // clock times that make no whole number of hours, or no working day, are asked again
  ['urenPerWeek', '3 dagen van 8.30 tot 17.00'],
  // Dutch named but not how well: not *voldoende*
  ['taal', 'spreekt Nederlands, maar niet zo goed'],
  // "te vroeg om te zeggen" is not known, not the "nog te vroeg" (not yet fit) of werkfit
  ['werkfit', 'nog te vroeg om dat te zeggen'],
  // the hours of one day without the days are not the week's hours
  ['urenPerWeek', '5 uur per dag'],
  // days x hours plus another part: not the first product alone
  ['urenPerWeek', 'drie dagen van zes uur en nog een middag van drie'],
];

async function atQuestion(field: AnswerField): Promise<ScreeningDriver> {
  const driver = new ScreeningDriver();
  await answerUntil(driver, await driver.start(), field);
  return driver;
}

describe('typed answers are matched by meaning', () => {
  it.each(EVERYDAY)('at %s, "%s" is understood', async (field, typed, expected) => {
    const driver = await atQuestion(field);
    const seen = await driver.say(typed);
    const next = lastCard(seen);
    expect(seen.some((s) => s.text?.includes('herken ik niet'))).toBe(false);
    expect(questionField(next) === field).toBe(false);
    await answerUntil(driver, seen);
    await driver.submit({ actie: 'bevestig' });
    expect((driver.result as ScreeningOutcome).answers[field]).toEqual(expected);
  });

  it.each(CONFIRMED)('at %s, "%s" is understood after a short confirmation', async (field, typed, expected) => {
    const driver = await atQuestion(field);
    const asked = lastCard(await driver.say(typed));
    expect(textsOf(asked).some((t) => t.startsWith('Bedoel je'))).toBe(true);
    await answerUntil(driver, await driver.say('ja'));
    await driver.submit({ actie: 'bevestig' });
    expect((driver.result as ScreeningOutcome).answers[field]).toEqual(expected);
  });

  // asked only after an mbo 2 diploma or higher; "niet meer" read as the text is ("meer" after "niet" drops)
  it.each([
    ['nee, dat werk doet hij niet meer', false],
    ['kan nog prima', true],
    ['is gedateerd', false],
    ['dat is twijfelachtig', null],
    // cover9: the judgement left to the mbo; no work in that field
    ['dat laat ik aan het mbo over', null],
    ['er is geen werk in die richting', false],
    // after held-out sets 33-35: still relevant
    ['nog relevant voor de zorg', true],
  ] as const)('at startkwalificatieBruikbaar after "mbo 2", "%s" is understood', async (typed, expected) => {
    const driver = await atQuestion('opleiding');
    await driver.say('mbo 2');
    const seen = await driver.say(typed);
    expect(seen.some((s) => s.text?.includes('herken ik niet'))).toBe(false);
    await answerUntil(driver, seen);
    await driver.submit({ actie: 'bevestig' });
    expect((driver.result as ScreeningOutcome).answers.startkwalificatieBruikbaar).toBe(expected);
  });

  // a guess would be a misreading: "eind twintig" is no age, "4 dagen" no 4 hours, "weet niet of erkend" no erkend
  it.each([
    ['leeftijd', 'eind twintig', msg.invalid.approximateAge],
    ['leeftijd', 'in de veertig', msg.invalid.approximateAge],
    ['leeftijd', 'geboren 3 maart 2031', msg.invalid.futureBirthDate],
    ['urenPerWeek', '4 dagen', msg.invalid.daysWithoutHours],
    ['urenPerWeek', 'drie ochtenden', msg.invalid.daysWithoutHours],
    ['leerbedrijf', 'ja, weet niet of ze erkend zijn', undefined],
  ] as const)('at %s, "%s" is asked again, not guessed', async (field, typed, reply) => {
    const driver = await atQuestion(field);
    const again = await driver.say(typed);
    if (reply) expect(again.map((s) => s.text)).toContain(reply);
    else expect(again.some((s) => s.text?.includes('herken ik niet'))).toBe(true);
    expect(questionField(lastCard(again))).toBe(field);
  });

  // an unfinished mbo 2 or higher is asked again: such a client often has a vmbo diploma the answer does not name
  it.each(['mbo 2 afgebroken', 'mbo 3 niet gehaald', 'wil mbo 2 gaan halen'])(
    'at opleiding, "%s" names no diploma attained: asked which one was, then "vmbo" counts',
    async (typed) => {
      const driver = await atQuestion('opleiding');
      const again = await driver.say(typed);
      expect(again.map((s) => s.text)).toContain(msg.invalid.notFinished);
      expect(questionField(lastCard(again))).toBe('opleiding');
      await answerUntil(driver, await driver.say('vmbo'));
      await driver.submit({ actie: 'bevestig' });
      expect((driver.result as ScreeningOutcome).answers.opleiding).toBe('vmbo');
    },
  );

  it('keeps the typed meaning through to the advice', async () => {
    const driver = await atQuestion('uitkering');
    await driver.say('bijstand');
    await driver.say('behoud van uitkering');
    await driver.say('nee, nog niet');
    await driver.say('ja hoor');
    expect(isSummary(lastCard(await driver.say('geen idee')))).toBe(true);
    await driver.submit({ actie: 'bevestig' });
    const { answers } = driver.result as ScreeningOutcome;
    expect(answers).toMatchObject({
      uitkering: 'participatiewet',
      inkomen: 'uitkering',
      leerbedrijf: 'geen',
      begeleiding: true,
      interesses: '',
    });
  });

  it('asks a short confirmation when only nearly understood ("bijstnd"), and takes "ja"', async () => {
    const driver = await atQuestion('uitkering');
    const asked = lastCard(await driver.say('bijstnd'));
    expect(textsOf(asked)).toContain(msg.unsure.question('Bijstand (Participatiewet)'));
    expect(questionField(lastCard(await driver.say('ja')))).toBe('inkomen');
  });

  it('"nee" to the confirmation asks the question again; another answer is read as the answer', async () => {
    const driver = await atQuestion('uitkering');
    await driver.say('bijstnd');
    const again = await driver.say('nee');
    expect(again[0]?.text).toBe(msg.unsure.again);
    expect(questionField(lastCard(again))).toBe('uitkering');
    await driver.say('bijstnd');
    expect(questionField(lastCard(await driver.say('wajong')))).toBe('inkomen');
  });

  it('reads a birth date at the age question as the age today, in the usual Dutch forms', async () => {
    const today = dutchIsoDate(new Date());
    for (const [typed, born] of [
      ['geboren op 1 februari 1990', '1990-02-01'],
      ['7.10.2003', '2003-10-07'],
      ['geb. 30 sept. 1975', '1975-09-30'],
      ['geb 3/4/02', '2002-04-03'],
      ["12 nov '89", '1989-11-12'],
      // the ISO form a client system exports
      ['2001-04-09', '2001-04-09'],
      // a named month between dashes; dots with a two-digit year
      ['4-okt-1985', '1985-10-04'],
      ['9.11.01', '2001-11-09'],
      ["7-8-'01", '2001-08-07'],
    ] as const) {
      const driver = await atQuestion('leeftijd');
      await answerUntil(driver, await driver.say(typed));
      await driver.submit({ actie: 'bevestig' });
      expect((driver.result as ScreeningOutcome).answers.leeftijd, typed).toBe(ageOn(born, today));
    }
  });

  it('never reads a guess the wrong way round, and asks again for days without hours', async () => {
    const driver = await atQuestion('leerbaar');
    await driver.say('ik denk het niet');
    await answerUntil(driver, await driver.say('denk het wel')); // schoolbaar
    await driver.submit({ actie: 'bevestig' });
    expect((driver.result as ScreeningOutcome).answers).toMatchObject({ leerbaar: 'nee', schoolbaar: 'ja' });

    const hours = await atQuestion('urenPerWeek');
    for (const typed of ['ze werkt 2 ochtenden', 'drie dagen']) {
      const seen = await hours.say(typed);
      expect(questionField(lastCard(seen)), typed).toBe('urenPerWeek');
    }
  });

  it('reads a hedged yes at motivatie as doubt (screening-policy: twijfel), and keeps it ja elsewhere', async () => {
    for (const typed of ['ik denk het wel', 'ja denk het', 'zou wel willen maar weet niet', 'volgens mij wel']) {
      const driver = await atQuestion('motivatie');
      const summary = lastCard(await answerUntil(driver, await driver.say(typed)));
      expect(factsOf(summary)[fieldMessages.motivatie.label], typed).toBe(fieldMessages.motivatie.choices?.twijfel);
      await driver.submit({ actie: 'bevestig' });
      const outcome = driver.result as ScreeningOutcome;
      expect(outcome.answers.motivatie, typed).toBe('twijfel');
      expect(
        outcome.advice.redenen.map((r) => r.code),
        typed,
      ).toContain('MOTIVATIE_TWIJFEL');
    }
    for (const [field, typed] of [
      ['leerbaar', 'ik denk het wel'],
      ['schoolbaar', 'ja denk het'],
      ['werkfit', 'volgens mij wel'],
    ] as const) {
      const driver = await atQuestion(field);
      await answerUntil(driver, await driver.say(typed));
      await driver.submit({ actie: 'bevestig' });
      expect((driver.result as ScreeningOutcome).answers[field], typed).toBe('ja');
    }
    const driver = await atQuestion('motivatie');
    await answerUntil(driver, await driver.say('ik denk het niet'));
    await driver.submit({ actie: 'bevestig' });
    expect((driver.result as ScreeningOutcome).answers.motivatie).toBe('nee');
  });

  it.each(ASKED_AGAIN)('at %s, "%s" is asked again, not guessed', async (field, typed) => {
    const driver = await atQuestion(field);
    const seen = await driver.say(typed);
    expect(textsOf(lastCard(seen)).some((t) => t.startsWith('Bedoel je'))).toBe(false);
    expect(questionField(lastCard(seen))).toBe(field);
  });

  it('asks again for "weet ik niet" where the policy has no onbekend, never reads its "niet" as nee', async () => {
    for (const field of ['werkfit', 'leerbedrijf'] as const) {
      const driver = await atQuestion(field);
      const seen = await driver.say('weet ik niet');
      expect(questionField(lastCard(seen)), field).toBe(field);
    }
  });

  it('still refuses what means nothing here, with the choices', async () => {
    const driver = await atQuestion('uitkering');
    const seen = await driver.say('blauw');
    expect(seen[0]?.text).toContain('Dat antwoord herken ik niet');
    expect(questionField(lastCard(seen))).toBe('uitkering');
  });
});

/**
 * Everyday phrases in a question that mean one search word, read before the question is split
 * into words. Their words alone are fillers or mislead ("oud" in "20 jaar oud", "verhaal" in
 * "in dit verhaal", "school" as the place to work), the phrase says what is asked. Patterns
 * work on lowercase text without accents; a phrase keeps its place in the question.
 */
// one person or a group: "leerling van 17", "jongeren van 17"
const PERSON_NOUN =
  '(?:client|cliente|clienten|klant|klanten|kandidaat|kandidaten|deelnemer|deelnemers|man|vrouw|jongen|meisje|' +
  'jongere|jongeren|leerling|leerlingen|meneer|mevrouw)';
const PERSON = `(?:hem|haar|hen|hun|mij|iemand|(?:mijn|onze|deze|die|de|een|zo'?n) ${PERSON_NOUN})`;
/** Who a question is about as its subject: "is hij geschikt", "komt mijn klant in aanmerking". */
// also the bare noun, as a busy verwijzer writes it: "klant is 61"
const SUBJECT = `(?:hij|ze|zij|die|${PERSON}|${PERSON_NOUN})`;
/** Softeners between a verb and what it asks: "is ze dan wel geschikt". */
/** The client's own workplace: "kan hij daar ...", "bij zijn werkgever". */
const THERE =
  '(?:daar|er|hier|op (?:die|deze|dat|zijn|haar) (?:plek|werk)|bij (?:die|deze|zijn|haar) (?:werkgever|baas|werk))';
const SOFT = '(?:(?:dan|wel|ook|nou|eigenlijk|echt|hier|hiervoor|daarvoor|niet|nog|wel) )*';
/** The client's age said as a fact: "hij is 60", "klant van 58", "jongen van 20 jaar", "een 58-jarige". */
const STATED_AGE =
  `(?:\\b(?:${SUBJECT} is|${PERSON_NOUN} van) (?:al |pas |net |bijna |ruim )?\\d{1,2}(?: jaar(?: oud)?)?` +
  `(?! (?:dagen|uur|maanden|weken|keer))\\b` +
  // an age as an adjective: "17 jarige vso leerling", "een 58-jarige"
  `|\\b\\d{1,2} ?-?jarige?\\b)`;
/** A wish for some work ("wil schilder worden", "sleutelt graag"); joining the route is none ("wil meedoen"). */
const WORK_WISH =
  // the work the client does now says the same: "werkt in de afwas", "staat achter de balie", "doet nu inpakwerk"
  '(?:\\b(?:werkt|staat) (?:nu |al |sinds |daar )?(?:\\w+ ){0,3}(?:in|bij|als|op|achter|aan) |\\bdoet nu\\b|' +
  '\\b(?:wil|wilt|willen|graag|zoekt|droomt)\\b' +
  '(?! (?:(?:graag|ook|wel|toch|dan|nog|heel) )*' +
  '(?:meedoen|mee doen|beginnen|starten|instappen|dit|dat|het|praktijkleren|een praktijkverklaring)\\b))';

/** A qualification as verwijzers name it: "welke opleiding", "welk beroep". */
const QUALIFICATION = '(?:mbo[- ]?)?(?:opleiding|opleidingen|kwalificatie|kwalificaties|richting|beroep|beroepen)';

const PHRASES: readonly (readonly [RegExp, string])[] = [
  // a figure of speech, not the participants' stories: "wat doet de school in dit verhaal"
  [/\bin (?:dit|dat|het|deze|heel dit|dit hele|het hele) (?:verhaal|plaatje|geheel)\b/g, ' '],
  // age as a condition: "is hij niet te oud?", "hoe jong mag ze zijn", "ouder dan 60", "60 plus", "zestigplusser"
  [
    /\b(?:te|hoe|zo) (?:oud|jong)\b|\b(?:ouder|jonger) dan\b|\b(?:[4-7]0|vijftig|zestig)[ -]?(?:\+|plus|plussers?)(?!\w)/g,
    ' leeftijd voorwaarden ',
  ],
  // the client's age beside a wish for work ("jongen van 20 wil iets met auto's", "ze is 52 en wil in
  // het groen") describes the client: the work is asked, so the age is left out (as a question of
  // conditions it pushed the field named out of the top 3); "wil meedoen" is no wish for work
  // (the wish before the age is looked for behind the age, once an age matched: a lookbehind in front
  // is tried at every position and scans back to the start, quadratic in a long text)
  [new RegExp(`${STATED_AGE}(?:(?<=${WORK_WISH}.*)|(?=.*${WORK_WISH}))`, 'g'), ' '],
  // the client's age as a statement ("hij is 60", "klant van 58") or older people as the group
  [
    new RegExp(
      STATED_AGE +
        `|\\b(?:werkt|is|kan) (?:het|dit|dat|praktijkleren) (?:ook |wel )*(?:voor|bij) ` +
        `(?:ouderen|oudere (?:werkzoekenden|mensen|clienten|klanten)|50-?plussers|vijftigplussers)\\b`,
      'g',
    ),
    ' $& leeftijd voorwaarden ',
  ],
  // detention in everyday words: "hij zit vast", "ze komt over een half jaar vrij"
  [/\bzit(?:ten)? (?:nu |nog |al )*vast\b|\bkomt (?:\w+ ){0,4}vrij\b/g, ' detentie gedetineerden '],
  // a job afterwards is the question of a guarantee: "krijgt hij daarna een baan", "heeft ze dan werk"
  [
    new RegExp(
      `\\b(?:krijgt|heeft|houdt|vindt) ${SUBJECT} ` +
        `(?:daarna |dan |na afloop |ook |wel |zeker |meteen |er |straks |later |uiteindelijk )*` +
        `(?:een |vast |vaste )*(?:baan|werk|contract|dienstverband)\\b` +
        // the same asked by someone else, in a clause: "vraagt of hij hierna een baan krijgt"
        `|\\bof ${SUBJECT} (?:daarna |hierna |dan |na afloop |ook |wel |zeker |meteen )*` +
        `(?:een |vast |vaste )*(?:baan|werk|contract|dienstverband) (?:krijgt|heeft|houdt|vindt)\\b`,
      'g',
    ),
    ' baangarantie ',
  ],
  // the workplace's recognition: "moet die winkel dan erkend zijn?", "moet het bedrijf erkend worden"
  [
    /\bmoet(?:en)? (?:die|de|het|dat|deze|zo'?n|dit) (?:\w+ )?(?:dan |wel |ook |eerst )*erkend (?:zijn|worden|wezen)\b/g,
    ' erkend leerbedrijf ',
  ],
  // the way in at an employer: "als inwerktraject voor een vaste baan bij ons"
  [/\binwerk(?:traject|trajecten|tijd|en)\b/g, ' inwerkperiode inwerken '],
  // the production line, not tyres: "aan de lopende band"
  [/\blopende band\b/g, ' productie inpakken '],
  // language as the condition: "lukt dat met haar taal", "ze heeft A2", "welk taalniveau is nodig"
  [
    /\bmet (?:zijn|haar|de|hun|die) (?:taal|nederlands|taalniveau)\b|\b(?:a1|a2|b1|nt2)\b|\b(?:welk|wat voor|hoeveel) (?:taalniveau|taal|nederlands)\b|\b(?:taalachterstand|taalbarriere|taalproblemen|taalprobleem|anderstalige?)\b/g,
    ' taal weinig nederlands ',
  ],
  // a trait of the client as a possible obstacle: "psychische klachten, is dat een probleem?", "is dat erg",
  // "sluit dat hem uit?"
  [
    /\b(?:is|zijn) (?:dat|dit|die|het) (?:wel |dan |ook )*(?:een )?(?:probleem|bezwaar|beletsel|erg)\b|\bsluit (?:dat|dit|het) (?:\w+ )?(?:\w+ )?uit\b/g,
    ' voorwaarden criteria ',
  ],
  // after the certificate, said short: "na de verklaring?", "en na het traject"
  [
    /^\W*(?:en )?(?:na|daarna|na afloop van) (?:de|het|die|dat|zo'?n|een) (?:praktijkverklaring|verklaring|traject|praktijkleren)\b/g,
    ' daarna na afloop ',
  ],
  // the common d/t slip in "wie betaalt": "wie betaald de school"
  [/\bwie betaald\b/g, ' wie betaalt '],
  // the boss is the employer: "wat moet de baas doen" (a word of its own: "Bas" stems like "baas")
  [/\b(de|die|zijn|haar|hun|je|mijn|onze|een) baas\b/g, ' $1 werkgever '],
  // the whole question (or all after a preface) is what it is: "wat is het eigenlijk?",
  // "ik snap het niet, wat is het nou"
  [
    /(?:^|[,.;:!?] *)\W*wat is (?:het|dit|dat|dit nou|dat nou)(?: (?:eigenlijk|precies|nou|nu|dan|allemaal))*\W*$/g,
    ' wat is praktijkleren ',
  ],
  // one route instead of another: "certificaat ipv praktijkverklaring?", "in plaats van een bbl"
  [/\b(?:in plaats van|ipv|i p v|iplv)\b/g, ' verschil '],
  // what someone got out of it: "heeft iemand er een baan aan overgehouden", "houden ze er werk aan over"
  [
    /\b(?:baan|werk|contract|dienstverband) (?:\w+ )?(?:aan )?(?:over ?gehouden|overhouden|overhoudt|overhield|aan over)\b/g,
    ' ervaringen baan daarna ',
  ],
  // asking for advice between two routes: "certificaat of praktijkverklaring, wat raad je aan"
  // "ze kan ook een diploma halen, wat gaat dan voor", "wat heeft de voorkeur"
  [
    /\b(?:wat|welke) (?:raad je aan|raad jij aan|is beter|kies ik|adviseer je|zou jij kiezen)\b|\bwat (?:gaat|komt) (?:dan |daarbij )?(?:voor|eerst)\b|\bwat heeft (?:dan )?(?:de )?voorkeur\b/g,
    ' verschil ',
  ],
  // a diploma within reach: "hij kan misschien wel een diploma halen", "zou ze mbo 2 kunnen doen"; then that
  // route goes first, which the intake weighs (before "wat dan" below makes it what comes next); "kan hij
  // daarna een diploma halen" asks what comes after
  [
    /\b(?:kan|zou|lukt) (?:(?!(?:daarna|erna|later|alsnog|vervolgens|dan)\b)\w+ ){0,3}?(?:een |het |zijn |haar )?(?:diploma|mbo ?[1-4]|entree|certificaat) (?:\w+ )?(?:halen|behalen|doen|kunnen halen|kunnen doen)\b(?:,? wat dan\b)?/g,
    ' diploma haalbaar route voor adviesgesprek ',
  ],
  // one more beside the one the client has: "heeft al een praktijkverklaring logistiek, kan er nog een bij?"
  [/\b(?:kan|mag) (?:er|die|ze|hij|zij) (?:dan )?nog (?:een|eentje) (?:bij|erbij|bij komen)\b/g, ' stapelen '],
  // one praktijkverklaring after another: "eerst een voor groen en daarna nog een voor het magazijn"
  [
    /\b(?:daarna|erna|later|dan|vervolgens) (?:nog )?(?:een|eentje|een tweede|een andere|er een|er nog een) (?:voor|in|bij|erbij)\b/g,
    ' stapelen meerdere praktijkverklaringen ',
  ],
  // a client in care, not a sector: "hij zit bij de ggz", "loopt bij de ggz", "ggz-client"
  [
    /\b(?:zit|zat|is|staat|loopt|liep) (?:\w+ ){0,2}?(?:bij|in|onder) (?:de )?ggz\b|\bggz[- ]?(?:client|cliente|patient|behandeling)\b/g,
    ' psychische problemen ',
  ],
  // "wat nu na de verklaring", "wat kan ze na die verklaring", "stel hij haalt t, hoe verder": what comes after
  [/\bwat nu na\b|\bna (?:die|de|deze|haar|zijn) verklaring\b/g, ' daarna '],
  [/\bhoe (?:nu |dan )?verder\b/g, ' daarna vervolg '],
  // "wat houdt mijn klant er concreet aan over": what it brings ("baan … aan overgehouden" is above)
  [/\b(?:houdt|houden|hou) (?:\w+ ){0,4}?(?:er|daar|hier) (?:\w+ )?aan over\b/g, ' eraan '],
  // "wat heeft ze er uiteindelijk aan": the same with "hebben"
  [/\bwat (?:heeft|hebben|heb) (?:\w+ ){1,2}?(?:er|daar|hier) (?:\w+ ){0,2}?aan\W*$/g, ' eraan '],
  // who chooses what the client learns: "wie bepaalt wat ze gaat leren"
  [
    /\bwie (?:bepaalt|kiest|beslist) (?:\w+ ){0,2}?(?:wat|welke) (?:\w+ ){0,3}?(?:leert|leren)\b/g,
    ' wie kiest de werkprocessen ',
  ],
  // the benefit kept while learning: "uitk + pv tegelijk mogelijk?", "bijstand en praktijkleren combineren"
  [
    /\b(?:uitkering|uitk|bijstand|ww|wajong|pw)\b.{0,25}?\b(?:tegelijk|tegelijkertijd|naast elkaar|combineren|behouden)\b/g,
    ' houdt uitkering ',
  ],
  // what it asks of the workplace: "wat vraagt dit van de afdeling waar ze komt te werken"
  [
    /\b(?:de |het )?(?:afdeling|team|bedrijf) waar (?:hij|ze|zij|die) (?:komt te |gaat |zal )?werk(?:en|t)\b/g,
    ' werkgever doen ',
  ],
  // a client in detention, in everyday words: "hij zit nog 4 maanden, kan hij binnen al beginnen", "komt net uit de
  // bak", "zit in de bajes"
  [
    /\bzit (?:nog |al )?(?:\d+|een|twee|drie|vier|vijf|zes|acht|tien|paar) (?:maanden|jaar|weken)\b(?! (?:thuis|zonder|in de|op))|\bbinnen (?:al |nu |ook )?(?:beginnen|starten)\b|\b(?:uit|in) (?:de )?(?:bak|bajes|nor|lik)\b/g,
    ' gedetineerde ',
  ],
  // the school's part: "welke taak heeft het roc hierin"
  [/\b(?:welke|wat voor(?: een)?) (?:taak|rol) (?:heeft|speelt) (?:het|de) (?:roc|mbo|school)\b/g, ' rol van het roc '],
  // an IQ named: "iq van 68, kan die mee doen" asks about a client with a (light) intellectual disability
  [/\biq (?:van |rond |onder |is )?(?:de )?\d{2}\b/g, ' licht verstandelijke beperking doelgroep '],
  // who looks after the client at work: "wie kijkt er op de vloer naar hem om"
  [/\bkijkt (?:\w+ ){0,5}?naar (?:hem|haar|de client|de deelnemer) om\b/g, ' begeleidt hem werkvloer '],
  // chat words for the client: "krijgt die gast gwn loon", "mijn mattie" (not a hotel guest)
  [/\b(?:die|deze|mijn|mn|m n) (?:gast|mattie)\b/g, ' client '],
  // a split compound: "taal eis", "taal niveau"
  [/\btaal (eisen|eis|niveau|toets)\b/g, ' taal$1 '],
  // whether the client is old enough: "wil in de bakkerij leren, mag dat al"
  [/\bmag (?:dat|dit|het|hij|ze|zij) (?:nu )?al\W*$/g, ' doelgroep leeftijd '],
  // pupils leaving their school: "onze leerlingen gaan deze zomer van de praktijkschool af" are the group asked about
  [
    /\b(?:gaan|gaat|komen|komt|zijn|is|gingen|ging) (?:\w+ ){0,3}?van (?:de |het )?(?:pro|praktijkschool|praktijkonderwijs|vso|school) (?:af|gekomen)\b/g,
    ' schoolverlaters oud-leerlingen doelgroep ',
  ],
  // the paper obtained or the traject over: "en als de verklaring binnen is?", "zodra hij hem op zak heeft", "wat als
  // het traject af is"
  [
    /\b(?:als|zodra|wanneer) (?:\w+ ){0,3}?(?:binnen|op zak|in (?:de )?pocket|behaald|gehaald|af|voorbij|afgelopen) (?:is|heeft|zijn|hebben)\b/g,
    ' daarna vervolg ',
  ],
  // "kan ze niet beter gewoon een diploma halen": whether another route goes first
  [
    /\bbeter (?:\w+ ){0,2}?(?:een |het |zijn |haar )?(?:diploma|bbl|mbo ?[1-4]|entree|opleiding) (?:halen|doen|volgen)\b/g,
    ' verschil diploma haalbaar route voor ',
  ],
  // "is een diploma niet beter voor hem": whether another route goes first
  [
    /\b(?:is|zou|lijkt) (?:een |het |zijn |haar )?(?:diploma|bbl|mbo ?[1-4]|entree|certificaat|opleiding) (?:\w+ ){0,2}?(?:beter|handiger|verstandiger|slimmer)\b/g,
    ' verschil diploma haalbaar route voor ',
  ],
  // "en als ie de verklaring heeft, wat dan": a question that ends in "wat dan" asks what comes next
  [/\b(?:en )?wat dan(?= *[?!.]* *$)/g, ' daarna '],
  // a profession the client cannot do any more: "kan door haar rug niet meer in de zorg werken"; the
  // old diploma is the question, not the sector
  [
    /\b(?:kan|mag|lukt) (?:\w+ ){0,5}?niet meer (?:(?:in|als|bij) (?:de |het |een )?\w+ )?(?:werken|uitoefenen|doen)\b/g,
    ' verouderd diploma niet bruikbaar ',
  ],
  // parts of both fields named before: "in de zorg en de schoonmaak, onderdelen uit beide"
  [
    /\b(?:taken|werkprocessen|onderdelen|stukken|iets) (?:uit|van) (?:beide|allebei|de twee|die twee)\b/g,
    ' werkprocessen combineren ',
  ],
  // tasks from more than one beroep: "taken uit 2 beroepen", "werkprocessen van verschillende opleidingen"
  [
    /\b(?:(?:taken|werkprocessen|onderdelen|stukken) (?:uit|van)|^\W*uit) (?:2|twee|3|drie|meer|meerdere|verschillende|andere) (?:beroepen|kwalificaties|opleidingen|vakken|dossiers)\b/g,
    ' werkprocessen combineren ',
  ],
  // whether it fits the person: "is dit (dan) iets voor haar", "past dit bij mijn klant"
  [
    new RegExp(
      `\\b(?:is|zou) (?:dit|dat|het|praktijkleren) (?:dan |wel |ook |nou |eigenlijk )*iets voor ${PERSON}\\b`,
      'g',
    ),
    ' doelgroep ',
  ],
  [new RegExp(`\\bpast (?:dit|dat|het|praktijkleren) (?:dan |wel |ook )*bij ${PERSON}\\b`, 'g'), ' doelgroep '],
  // the verwijzer's first question, "is deze cliënt geschikt?": whether the person fits the route
  // ("geschikt" alone is a filler, as in "geschikt werk in de bouw")
  [
    new RegExp(
      `\\b(?:is|zijn|lijkt|lijken|wordt) ${SUBJECT} ${SOFT}geschikt\\b(?! (?:werk|voor (?:werk|de|het|een) ))` +
        `|\\bwie (?:is|zijn) (?:er )?${SOFT}geschikt\\b` +
        `|\\bwie (?:komt|komen|mag|mogen) (?:er )?${SOFT}(?:in aanmerking|meedoen)\\b` +
        `|\\bgeschikt voor (?:dit|praktijkleren|deze route|een praktijkverklaring)\\b` +
        `|^\\W*geschikt\\W*$|\\bkomt ${SUBJECT} ${SOFT}in aanmerking\\b` +
        `|\\b(?:kan|mag) ${SUBJECT} (?:dit|dat|het|hieraan|hier aan|daaraan|eraan) ` +
        `${SOFT}(?:ook|wel|doen|meedoen)?\\W*$`,
      'g',
    ),
    ' doelgroep ',
  ],
  // the same question without a person ("zou dit iets zijn", "is dit wat voor iemand met ..."),
  // and whether the person may join ("kan ze meedoen"; "kan die dit ook" is the rule above)
  [
    new RegExp(
      `\\b(?:is|zou|zal) (?:dit|dat|het|praktijkleren) ${SOFT}(?:iets|wat)(?: zijn)?` +
        `(?=\\W*$| voor (?:iemand|mensen|een)\\b)` +
        `|\\b(?:kan|mag) ${SUBJECT} ${SOFT}(?:toch )?meedoen\\b`,
      'g',
    ),
    ' doelgroep ',
  ],
  // long out of work: "zit al 6 jaar thuis", "zit al lang thuis"
  [
    /\b(?:zit|zat|zitten) (?:(?:al|nu|sinds|lang|langer|een|paar|\d+|jaar|jaren|maanden|tijd|tijdje) )*thuis\b/g,
    ' werkloos ',
  ],
  // how long the person has been out of work is no question of the route's duration: "al lang werkloos"
  [/\b(?:is|zit|was) al (?:heel |erg |zo )?(?:lang|jaren) (werkloos|ziek|zonder werk|thuis)\b/g, ' $1 '],
  // what one has at the end: "wat krijgt hij op papier", "zwart op wit", "wat heeft ze dan in handen"
  [
    /\bop papier\b|\bzwart op wit\b|\bin (?:handen|(?:zijn|haar|de) handen)\b|\b(?:wat voor|welk) papier\b/g,
    ' papiertje bewijs ',
  ],
  // what the client gets at the end: "wat krijgt de client aan het eind", "wat heeft ze na afloop"
  [
    /\bwat (?:krijgt|heeft|houdt) (?:\w+ ){0,3}(?:aan het (?:eind|einde)|op het (?:eind|einde)|na afloop|als (?:het|hij|ze|zij|die|het traject) klaar is|uiteindelijk|op het laatst)\b/g,
    ' papiertje bewijs ',
  ],
  // "krijgt ze mee" is getting, not going along ("mag ik mee"): "wat krijgt hij mee"
  [/\b(krijg|krijgt|krijgen) (?:hij|ze|zij|je|jij|de deelnemer) mee\b/g, ' $1 '],
  // how it works is its steps: "hoe werkt het?" (every word of it is a filler)
  [
    /\bhoe werkt (?:het|dit|dat|zoiets)(?: (?:eigenlijk|precies|nou|nu|dan))*(?= *(?:[?.!,]|$))/g,
    ' procedure stappen ',
  ],
  // whether it works is the question of its results: "werkt praktijkleren echt?", "helpt het wel"
  [
    /(?<!\bhoe )\b(?:werkt|helpt) (?:praktijkleren|het|dit|dat|zoiets)(?: (?:echt|wel|eigenlijk|nou|ook|dan|nu))*(?= *(?:[?.!,]|$))/g,
    ' effect ',
  ],
  // two fields at once is combining werkprocessen: "horeca en schoonmaak samen", "een stukje x en een stukje y"
  [/\b(en (?:(?:van |uit )?(?:de|het|een|wat) |van |uit )?\w+) samen\b/g, '$1 combineren '],
  [/\been (?:stukje|deel|beetje) (\w+) en (?:een )?(?:stukje|deel|beetje)\b|\bzowel (\w+) als\b/g, ' combineren $1$2 '],
  // another route named as the same thing or instead: "waarom niet gewoon een stage", "is dit niet gewoon een wep"
  [
    /\bwaarom (?:niet|geen) (?:gewoon |liever |meteen |direct |eerst )*|\b(?:is|lijkt) (?:dit|dat|het|praktijkleren) (?:niet |eigenlijk |gewoon |nou )*(?:hetzelfde als|net als|een soort|niet gewoon)\b/g,
    ' verschil ',
  ],
  // keeping or losing the benefit is the income question: "houdt hij zijn ww", "raakt ze haar wajong kwijt"
  [
    /\b(?:houdt|houden|behoudt|verliest|verliezen|raakt|raken|blijft|behouden) (?:\w+ ){0,2}(?:zijn|haar|hun|de|z'?n|zn) (?:uitkering|ww|wajong|bijstand|wia|ww-uitkering|bijstandsuitkering)\b/g,
    ' $& inkomen ',
  ],
  // age as a condition, said of the person: "heeft dit nog zin op haar leeftijd"
  [/\bop (?:zijn|haar|die|deze|zo'?n|z'?n|hun) leeftijd\b/g, ' leeftijd doelgroep '],
  // a diploma the client already has is the startkwalificatie question: "ze heeft mbo 2", "heeft havo"
  [
    /\b(?:heeft|had|hebben) (?:al |wel |nog |ook )*(?:een |haar |zijn )?(?:(?:mbo|niveau)[\s-]*[234]|havo|vwo|(?:oud|oude|verouderd|verouderde) diploma)\b/g,
    ' startkwalificatie ',
  ],
  // a workplace the client already has: "kan hij daar een praktijkverklaring halen"
  [
    new RegExp(
      `\\b(?:kan|mag) ${SUBJECT} ${THERE} ${SOFT}(?:ook )?(?:een )?praktijkverklaring (?:halen|doen|krijgen)\\b`,
      'g',
    ),
    ' erkend leerbedrijf praktijkverklaring ',
  ],
  // what the certificate is good for afterwards: "wat kan hij (na zijn vrijlating) met die verklaring"
  [
    new RegExp(
      `\\bwat (?:kan|moet|heeft|doet) ${SUBJECT} (?:er |daar |dan |daarna |later )*(?:\\w+ ){0,4}` +
        `(?:mee|met (?:die|de|zo'?n|deze|een|zijn|haar) (?:praktijk)?verklaring)\\b`,
      'g',
    ),
    ' daarna daarna praktijkverklaring ',
  ],
  // which qualification fits a workplace named elsewhere: "welke opleiding past daarbij", "…, welke opleiding past?"
  [
    new RegExp(
      `\\bwelke ${QUALIFICATION} (?:past|passen|hoort|horen)(?: (?:daar ?bij|er ?bij|bij)\\b|(?=\\W*$))` +
        // after a comma the verb may be left out: "naaiatelier zoekt mensen, welke opleiding?"
        `|(?<=[,;:] *)welke ${QUALIFICATION}(?=\\W*$)`,
      'g',
    ),
    ' ',
  ],
  // a workplace that looks for people names the work, not a subject: "naaiatelier zoekt mensen"; one that
  // wants to train them asks what a leerbedrijf does: "een hovenier wil twee mensen opleiden"
  [/\b(?:zoekt|zoeken) (?:nog |nieuwe |\w+ )?(?:mensen|personeel|medewerkers|krachten|kandidaten)\b/g, ' '],
  [
    /\b(?:wil|willen|gaat|gaan) (?:\w+ )?(?:mensen|medewerkers|deelnemers|kandidaten|clienten) (?:op ?leiden|begeleiden|een plek geven)\b/g,
    ' erkend leerbedrijf ',
  ],
  // others' experiences: "ken je iemand die dit al gedaan heeft", "hoe ging dat", "hoe is het gegaan"
  [
    /\b(?:iemand|mensen|anderen|deelnemers) die (?:dit|dat|het) (?:al |eerder |ook )*(?:gedaan|gevolgd|meegemaakt|gehaald)\b/g,
    ' ervaringen ',
  ],
  [
    /\bhoe (?:ging|gingen|verliep|verliepen) (?:dat|het|die|dit)\b|\bhoe (?:is|zijn) (?:dat|het|die|dit) (?:\w+ ){0,2}gegaan\b/g,
    ' ervaringen ',
  ],
  // the school as the mbo in the procedure, not as a workplace: "wat doet de school", "rol van het roc"
  [
    /\b(?:wat|welke rol) (?:doet|doen|regelt|speelt|heeft) (?:de|het|die) (?:school|mbo|roc|mbo-instelling)\b|\brol van (?:de|het) (?:school|mbo|roc)\b/g,
    ' rollen mbo-instelling ',
  ],
  // how to tell the client is explaining it: "hoe vertel ik het hem", "hoe breng ik dit bij zijn ouders"
  [
    /\bhoe (?:vertel|breng) (?:ik|je|we) (?:het|dit|dat|zoiets)\b|\bhoe leg (?:ik|je|we) (?:het|dit|dat|zoiets) (?:\w+ )?uit\b/g,
    ' uitleggen uitleg ',
  ],
  // what to say to the client is explaining it too: "wat zeg ik tegen mijn klant", "wat vertel ik haar"
  [/\bwat (?:zeg|vertel) (?:ik|je|we) (?:(?:tegen|aan) )?(?:hem|haar|hen|mijn|de|die|deze)\b/g, ' uitleggen uitleg '],
  // how often it works out is the question of results: "hoe vaak lukt het", "hoeveel mensen halen het"
  [
    /\bhoe vaak (?:lukt|slaagt|werkt|gaat) (?:het|dat|dit)(?: goed)?\b|\bhoeveel (?:mensen|deelnemers|procent) (?:halen|slagen|lukt)\b/g,
    ' resultaten succes ',
  ],
  // a verwijzer with a client and no next step: "ik heb een kandidaat, wat nu", "hoe nu verder"
  // (after a workplace or another topic, "wat nu" stays with that topic)
  [
    /\b(?:ik )?heb (?:nu )?(?:een|iemand|de) (?:(?:kandidaat|klant|client|cliente|deelnemer|jongere)\b)?[^?]*\bwat (?:nu|moet ik nu)\W*$/g,
    ' stappen aanmelden ',
  ],
  // "voor wie is dit": the question of the target group (as a word, "wie" is a weak one)
  [/\bvoor wie (?:is|zijn|geldt|gelden) (?:dit|dat|het|praktijkleren|deze regeling)\b/g, ' doelgroep '],
  // a group named without a verb: "iets voor pro-leerlingen?", "iets voor statushouders"
  [/^\W*iets voor (?!(?:mij|jou|u)\b)/g, ' doelgroep '],
  // "burn-out" is one word
  [/\bburn-?out\b/g, ' burnout '],
  // reading and writing as the client's difficulty: "leest en schrijft heel slecht", "kan niet lezen"
  [
    /\b(?:leest|lezen|schrijft|schrijven)(?: en (?:leest|lezen|schrijft|schrijven))? (?:\w+ )?(?:slecht|moeilijk|matig|nauwelijks|niet)\b|\b(?:kan|kunnen) (?:\w+ )?(?:niet|nauwelijks|slecht|moeilijk) (?:lezen|schrijven)\b/g,
    ' laaggeletterd voorwaarden ',
  ],
  // what the school charges: "wat vraagt het roc ervoor", "wat rekent het mbo daarvoor"
  [/\bwat (?:vraagt|vragen|rekent|rekenen) (?:\w+ ){0,3}(?:ervoor|daarvoor|er voor|daar voor)\b/g, ' kosten '],
  // a price per person: "wat de school rekent per deelnemer", "kosten per kandidaat" (not the participants' stories)
  [
    /\b(?:rekent|rekenen|kost|kosten|betalen|betaalt|vraagt|vragen|prijs) (?:\w+ ){0,2}per (?:deelnemer|client|kandidaat|persoon|traject)\b/g,
    ' kosten ',
  ],
  // "hvl uur pw": per week after hours, not the Participatiewet
  [/\b(uur|uren|dagen) pw\b/g, ' $1 per week '],
  // how to get started is the procedure: "waar begin ik", "hoe start je zoiets"
  [/\b(?:waar|hoe) (?:begin|start|beginnen|starten) (?:ik|je|we|jullie)\b/g, ' aanmelden stappen '],
  // "wie hakt de knoop door": who decides
  [/\bhakt? (?:\w+ ){0,2}knoop door\b|\bknoop (?:door ?hakken|doorhakt)\b/g, ' beslissen besluit toelating '],
  // what the verwijzer hands in: "welke gegevens wil de school van mij hebben", "wat moet ik aanleveren"
  [
    /\b(?:welke|wat voor) (?:gegevens|informatie|papieren|documenten|stukken) (?:\w+ ){0,5}(?:hebben|aanleveren|nodig|sturen|opsturen|invullen)\b|\bwat moet ik (?:\w+ ){0,2}(?:aanleveren|opsturen|invullen)\b/g,
    ' aanmelden aanmeldformulier ',
  ],
  // who decides is the college's decision, not "voor wie": "wie bepaalt of hij toegelaten wordt"
  [/\bwie (?:bepaalt|beslist|besluit) (?:of|dat|uiteindelijk|eigenlijk)\b/g, ' beslissen '],
  // still at school, a question whether one may start: "hij zit nog op het vso"
  // ("zit nog in het laatste jaar van de praktijkschool")
  [
    /\bzit (?:nog |al )*(?:op|in (?:het|de) (?:\w+ )?(?:jaar|klas|leerjaar) (?:van|op)) (?:het |de )?(?:vso|pro|praktijkonderwijs|praktijkschool|vmbo|school|mbo)\b/g,
    ' $& doelgroep ',
  ],
  // the client as a learner, not a school as the workplace: "moet hij naar school", "lessen volgen"
  [/\bnaar (?:de )?(?:school|les|lessen)\b|\b(?:les|lessen) (?:volgen|krijgen)\b|\bschoolbanken\b/g, ' lessen '], // what it is, asked in other words: "wat houdt het in", "waar gaat dit over", "wat moet ik me erbij voorstellen"
  [
    /\bwat (?:houdt|houden) (?:het|dit|dat|zoiets|praktijkleren) (?:\w+ )?in\b|\bwaar gaat (?:het|dit|dat) (?:\w+ )?over\b|\bwat (?:moet|kan) ik me (?:daar|er|hier) ?(?:bij )?voorstellen\b/g,
    ' wat is praktijkleren uitleg ',
  ],
  // hearing back after sending is the procedure: "hoe snel hoor ik iets", "wanneer krijg ik bericht"
  [
    /\b(?:hoor|horen|krijg|krijgen) (?:ik|we|wij|je|jij) (?:\w+ ){0,2}(?:terug|bericht|reactie|antwoord)\b|\bhoor (?:ik|we|je) (?:\w+ )?iets\b|\bterugkoppeling\b/g,
    ' aanmelden stappen ',
  ],
  // combined with a job the client has: "kan het naast zijn baan", "naast haar werk bij de Action"
  [
    /\bnaast (?:zijn|haar|hun|een|het|z'?n|zn|d'?r|mijn) (?:\w+ )?(?:baan|werk|job|dienstverband|contract)\b/g,
    ' werkend met werk voorwaarden ',
  ],
  // a fact about the client, then "kan dat?": whether the person fits ("taalachterstand, kan dat",
  // "heeft een strafblad, mag dat"); a wish ("wil graag koken, kan dat") asks for the work instead
  [
    /^(?!.*\b(?:wil|wilt|willen|graag|zoekt)\b)(.*),\s*(?:kan|mag) (?:dat|dit|het|zoiets)(?: (?:wel|ook|dan|nog|toch|gewoon))*(?=\W*$)/g,
    '$1 voorwaarden ',
  ],
  // the verwijzer's own part: "wat wordt er van mij verwacht", "wat moet ik als klantmanager doen tijdens het traject"
  [
    /\bwat (?:wordt|is) (?:er )?van (?:mij|ons|de jobcoach|de klantmanager) (?:\w+ ){0,3}(?:verwacht|nodig)\b|\bwat (?:moet|doe) ik (?:\w+ ){0,3}(?:doen )?(?:tijdens|gedurende) (?:het|dat|zo'?n|dit) (?:traject|praktijkleren)\b/g,
    ' rollen jobcoach ',
  ],
  // the school's side: whether every school offers it, who oversees it, a school without the DUO recognition
  // ("biedt elk roc dit aan", "wie houdt toezicht", "het roc heeft geen erkenning")
  [
    /\b(?:biedt|bieden) (?:elk|ieder|iedere|alle|ons|onze|het|de|welk|welke) (?:roc|rocs|mbo|mbo-instelling|mbo-instellingen|school|scholen)\b|\b(?:doet|doen) (?:elk|ieder|iedere|alle|ons|onze|welk|welke) (?:roc|rocs|mbo|mbo-instelling|mbo-instellingen|school|scholen) (?:\w+ ){0,2}mee\b|\bwelke (?:roc|rocs|scholen|mbo-instellingen) (?:\w+ ){0,2}(?:aan|mee)\b/g,
    ' derde leerweg aanbod mbo-instelling ',
  ],
  [
    /\bwie (?:houdt|houden|heeft) (?:er )?(?:\w+ )?toezicht\b|\binspectie\b/g,
    ' inspectie derde leerweg kwaliteitseisen ',
  ],
  [/\b(?:roc|mbo|school|mbo-instelling)\b(?=.*\berkend|.*\berkenning)/g, ' $& derde leerweg duo crebonummer '],
  // the paper's standing: "landelijk erkend?", "is de verklaring officieel", "telt het mee bij een werkgever"
  [
    /\b(?:landelijk|officieel|overal) (?:erkend|geldig)\b|\b(?:is|wordt) (?:de|die|het|zo'?n|dat) (?:praktijkverklaring|verklaring|papiertje|certificaat) (?:wel |ook |dan )*(?:erkend|officieel|geldig)\b/g,
    ' praktijkverklaring officieel bewijs landelijk model ',
  ],
  // who pays in idiom: "wie draait er op voor de kosten", "op wiens rekening", "wie hoest het op"
  [
    /\bdraai\w* (?:\w+ ){0,2}op voor\b|\b(?:voor|op) (?:wiens|wier|welke) rekening\b|\bwie (?:hoest|dokt|betaalt|financiert) (?:\w+ ){0,2}(?:op|de rekening)\b/g,
    ' kosten financiering ',
  ],
  // employment: "moet ze in dienst", "komt hij in dienst bij het leerbedrijf"
  [/\bin (?:loondienst|dienst)\b(?! (?:van|bij) (?:de|het) (?:gemeente|uwv))/g, ' contract loon '],
  // how long until done: "hoe snel is ze klaar", "wanneer is het traject afgerond", "binnen hoeveel tijd"
  // (the client or the route: "wanneer is de aanmelding afgerond" is the procedure)
  [
    /\b(?:hoe snel|wanneer) (?:is|zijn|ben) (?:hij|ze|zij|die|de deelnemer|mijn \w+|het traject|het|dit|dat) (?:\w+ )?(?:klaar|afgerond)\b|\bbinnen hoeveel (?:tijd|weken|maanden)\b/g,
    ' duur maanden ',
  ],
  // what the client will learn is the choice of werkprocessen: "wat moet hij precies leren", "wat gaat ze leren"
  // (after a description of the work, "wat kan hij leren?" asks for that work's kwalificatie)
  [
    /^\W*wat (?:moet|gaat|kan|zal) (?:hij|ze|zij|de deelnemer|mijn \w+) (?:\w+ ){0,2}leren\W*$/g,
    ' werkprocessen kiezen ',
  ],
  // dropping out: "hoeveel haken er af", "uitval", "hoeveel stoppen er"
  [
    /\bhaken? (?:\w+ ){0,2}af\b|\bafhakers?\b|\buitval\w*\b|\bhoeveel (?:mensen |deelnemers )?(?:stoppen|stopten|vallen (?:\w+ )?uit)\b/g,
    ' resultaten stopten ',
  ],
  // whether it is worth the effort, said in a clause: "of dit echt iets oplevert", "of het de moeite loont"
  [
    /\b(?:of|wat) (?:dit|het|dat|praktijkleren) (?:\w+ ){0,2}(?:oplevert|opbrengt|loont|zin heeft|de moeite waard is)\b/g,
    ' resultaten meerwaarde nut ',
  ],
  // something to hand the client: a text to read out or send ("folder voor deelnemers", "een flyer")
  [
    /\b(?:folder|foldertje|flyer|brochure|infoblad|informatieblad)s?\b(?: (?:voor|aan) (?:de |mijn |onze )?(?:deelnemers?|clienten|cliente|client|klanten|klant|jongeren))?/g,
    ' uitleg voor de client eenvoudige taal ',
  ],
  // to work by this route: "iemand naar werk begeleiden", "als re-integratie-instrument"
  [
    /\bnaar (?:werk|een baan|betaald werk) (?:te )?(?:begeleiden|toeleiden|leiden|helpen|bemiddelen)\b|\bre-?integratie[- ]?(?:instrument|middel|traject)\b/g,
    ' route naar werk re-integratie ',
  ],
  // where to go with a client: "bij wie moet ik zijn", "waar kan ik terecht", "hoe regel ik dit" (as the whole
  // question: after a topic, "hoe regel ik dat" stays with that topic)
  [
    /\bbij wie (?:moet|kan) ik (?:\w+ )?(?:zijn|aankloppen|terecht|melden)\b|\bwaar (?:moet|kan) ik (?:\w+ )?(?:terecht|heen|naartoe|aankloppen)\b|^\W*hoe regel (?:ik|je|we) (?:dit|dat|het|zoiets)(?: (?:voor|met) (?:mijn|de|onze|een) \w+)?\W*$/g,
    ' aanmelden stappen ',
  ],
  // the pilots in numbers: "hoeveel praktijkverklaringen zijn er uitgereikt", "hoeveel deelnemers",
  // "welke regio's doen mee"
  [
    /\bhoeveel (?:praktijkverklaringen|verklaringen|deelnemers|mensen|trajecten|pilots|regio'?s|gemeenten)(?= (?:zijn er|waren er|hebben|hadden|deden|doen|hebben er)\b|\W*$)|\bwelke (?:regio'?s|gemeenten|pilots) (?:\w+ )?(?:doen|deden|doet) mee\b/g,
    ' $& resultaten cijfers pilots ',
  ],
  // the time it takes, said with "kost": "hoeveel tijd kost het" (the cost of time to a party stays with kosten)
  [/\bhoeveel tijd (?:kost|neemt|vraagt) (?:het|dit|dat|zo'?n traject|het traject)(?=\W*$)/g, ' duur hoe lang '],
  // a length or hours checked: "3 maanden genoeg?", "kan max 12 uur p/w, is dat genoeg"
  [
    /\b\d+ (?:maanden|weken|jaar|uur|uren|dagen)\b(?=.*\b(?:genoeg|voldoende|te kort|te lang|te weinig)\b)/g,
    ' $& duur ',
  ],
  // one route against another: "evc of praktijkverklaring", "entree opleiding of dit"
  [
    /\b(?:of|versus|vs) (?:dit|praktijkleren|een praktijkverklaring|praktijkverklaring)\W*$|^\W*(?:dit|praktijkleren|een praktijkverklaring|praktijkverklaring) (?:of|versus|vs)\b/g,
    ' $& verschil ',
  ],
  // staying on after it: "blijft hij dan bij het bedrijf", "mag ze daarna blijven"
  [
    /\bblijft (?:hij|ze|zij|die|de deelnemer) (?:\w+ ){0,2}(?:bij|op) (?:het|dat|die|dit|de|zijn|haar) (?:bedrijf|werkgever|leerbedrijf|plek|werk)\b|\b(?:mag|kan) (?:hij|ze|zij) (?:daarna|na afloop|dan) (?:\w+ )?blijven\b/g,
    ' daarna baan ',
  ],
  // the client's fear of school is explaining it well: "klant is bang voor school", "ziet op tegen leren"
  [
    /\b(?:bang|angstig|huiverig) (?:voor|om) (?:\w+ )?(?:school|leren|lessen|examens?|toetsen)\b|\bziet (?:\w+ )?op tegen (?:\w+ )?(?:school|leren|lessen|examens?)\b/g,
    ' uitleggen vertrouwen lessen ',
  ],
  // one condition in three words: "niet-aangeboren hersenletsel" ("niet" and "aangeboren" alone mislead),
  // or as "nah" after a person or "met" (alone, chat shorthand reads "nah" as "nee")
  [
    /\bniet[- ]aangeboren hersenletsel\b|\b(?:met|heeft|door) (?:een |ook |al )?nah\b|\bnah[- ](?:client|cliente|klant|jongere|deelnemer)\b/g,
    ' hersenletsel ',
  ],
  // a contact at the school: "wie is het aanspreekpunt", "wie is mijn contactpersoon"
  [
    /\bwie is (?:het|mijn|ons|de|jullie) (?:aanspreekpunt|contactpersoon)\b|\bcontactpersoon\b/g,
    ' aanmelden intaketeam ',
  ],
  // a client of the mental health care, not the care as work: "ggz client", "zit in de ggz", "komt uit de ggz"
  [
    /\bggz[- ]?(?:client|cliente|clienten|patient|achtergrond|verleden)\b|(?<!\bwerk(?:en|t)? )\b(?:in|uit) (?:de )?ggz\b(?! (?:werken|aan de slag))|\bnooit (?:\w+ )?gewerkt\b/g,
    ' psychische problemen werkzoekende ',
  ],
  // failing or signing off: "wat als hij het niet haalt", "als ze niet slaagt", "wie tekent af"
  [
    /\b(?:als|wat als) (?:hij|ze|zij|de deelnemer) (?:het|de praktijkverklaring|de verklaring) niet (?:haalt|redt)\b|\bniet slaagt\b|\btekent (?:\w+ ){0,2}af\b|\baftekenen\b/g,
    ' beoordeling beoordelen ',
  ],
  // selling it to an employer: "hoe verkoop ik dit aan een werkgever", "hoe overtuig ik de werkgever"
  [
    /\bhoe (?:verkoop|pitch|presenteer|overtuig|interesseer) (?:ik|je|we) (?:dit |het |praktijkleren )?(?:aan |bij )?(?:een|de|die|deze|onze) (?:werkgever|werkgevers|bedrijf|bedrijven|ondernemer)\b|\bbusiness ?case\b/g,
    ' werkgever overtuigen meerwaarde ',
  ],
  // the employer's own staff: "eigen personeel opleiden", "zijn eigen mensen"
  [/\beigen (?:personeel|mensen|werknemers|medewerkers)\b/g, ' eigen medewerkers laten groeien '],
  // how often the parties talk: "hoe vaak is er overleg", "hoe vaak komt er iemand langs"
  [
    /\bhoe vaak (?:is er|hebben (?:we|jullie)|heb je|zijn er) (?:\w+ )?(?:overleg|contact|gesprekken|gesprek|evaluatie)\b/g,
    ' begeleiding bezoeken afspraken ',
  ],
  // what the client pays from his own pocket: "eigen risico", "moet hij iets zelf betalen"
  [/\beigen risico\b/g, ' kosten eigen bijdrage '],
  // a diploma from higher education is a startkwalificatie question: "ze heeft hbo uit Afghanistan"
  [
    /\b(?:hbo|wo|universiteit|bachelor|master)(?:[\s-]*(?:diploma|opleiding|studie))?\b/g,
    ' $& startkwalificatie diploma ',
  ],
];

/** The question with its everyday phrases replaced by the word they mean. */
export function readPhrases(foldedQuestion: string): string {
  return PHRASES.reduce((text, [pattern, meaning]) => text.replace(pattern, meaning), foldedQuestion);
}

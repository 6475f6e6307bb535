/**
 * Work sectors and fields a verwijzer names as a client's interest, each with the words that
 * point to it. The rule extractor reports the canonical term (the key).
 */
export const SECTORS: Readonly<Record<string, readonly string[]>> = {
  zorg: ['zorg', 'ouderenzorg', 'gehandicaptenzorg', 'verzorging', 'verpleging', 'thuiszorg'],
  welzijn: ['welzijn'],
  kinderopvang: ['kinderopvang', 'kinderdagverblijf', 'peuterspeelzaal'],
  techniek: ['techniek', 'technisch', 'technische'],
  metaal: ['metaal', 'metaalbewerking', 'lassen', 'lasser'],
  installatie: ['installatietechniek', 'elektrotechniek'],
  bouw: ['bouw', 'bouwsector', 'timmeren', 'timmerman', 'timmerwerk', 'metselen', 'metselaar', 'schilderen', 'schilderwerk'],
  logistiek: ['logistiek', 'logistieke'],
  magazijn: ['magazijn', 'magazijnwerk', 'orderpicken', 'heftruck'],
  transport: ['transport', 'chauffeur', 'bezorging'],
  horeca: ['horeca', 'restaurant', 'hotel'],
  keuken: ['keuken', 'koken', 'kok'],
  schoonmaak: ['schoonmaak', 'schoonmaken', 'schoonmaakwerk'],
  groen: ['groen', 'groenvoorziening', 'hovenier', 'tuin', 'tuinbouw', 'tuinieren', 'plantsoen', 'kas'],
  detailhandel: ['detailhandel', 'winkel', 'retail', 'supermarkt', 'verkoop'],
  ict: ['ict', 'computers'],
  administratie: ['administratie', 'administratief', 'kantoor', 'receptie'],
  facilitair: ['facilitair', 'facilitaire'],
  beveiliging: ['beveiliging', 'beveiliger'],
  productie: ['productie', 'fabriek', 'productiewerk', 'inpakken'],
  dierverzorging: ['dierverzorging', 'dieren', 'dierenverzorging'],
  sport: ['sport'],
  autotechniek: ['autotechniek', 'garage', 'automonteur'],
  fietstechniek: ['fietstechniek', 'fietsenmaker', 'fietsen'],
  bakkerij: ['bakkerij', 'bakker'],
  textiel: ['textiel', 'naaien', 'kleding'],
};

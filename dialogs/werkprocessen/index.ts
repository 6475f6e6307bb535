export { WerkprocessenDialog, type WerkprocessenDeps } from './werkprocessenDialog';
export type { WerkprocessenOptions } from './beginState';
export { answerFromSearch, type SearchAnswer } from './answerFromSearch';

export { AanmeldingDialog, type AanmeldingDeps } from './aanmeldingDialog';
export type { AanmeldingOptions, AanmeldingOutcome } from './flowState';
export { verwijzerIdOf } from './verwijzer';

export { AanmeldingDialog, type AanmeldingDeps } from './aanmeldingDialog';
export { AanmeldingOutcome, type AanmeldingOptions } from './flowState';
export { verwijzerIdOf } from './verwijzer';

export { ScreeningDialog, type ScreeningOptions, type ScreeningOutcome } from './screeningDialog';

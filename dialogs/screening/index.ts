export { ScreeningDialog, screeningFlow } from './screeningDialog';
export { ScreeningOptions, ScreeningOutcome } from './screeningState';

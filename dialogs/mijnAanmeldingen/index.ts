export {
  MijnAanmeldingenDialog,
  type MijnAanmeldingenDeps,
  type MijnAanmeldingenOptions,
  type MijnAanmeldingenOutcome,
} from './mijnAanmeldingenDialog';

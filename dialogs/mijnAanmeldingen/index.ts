export {
  MijnAanmeldingenDialog,
  type MijnAanmeldingenDeps,
  type MijnAanmeldingenOptions,
  MijnAanmeldingenOutcome,
} from './mijnAanmeldingenDialog';

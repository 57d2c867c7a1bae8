export {
  readFileSafe,
  readFileSafeSync,
  type SafeReadOptions,
  type SafeReadProblem,
  type SafeReadResult,
} from './safe-read.js';
export {
  type AtomicWriteOptions,
  type AtomicWriteProblem,
  type AtomicWriteResult,
  writeFileAtomicSync,
} from './write-atomic.js';

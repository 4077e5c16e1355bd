export { analyze } from './analyze';
export type { AnalyzeOptions } from './analyze';
export { findCodes } from './find-codes';
export type * from './types';

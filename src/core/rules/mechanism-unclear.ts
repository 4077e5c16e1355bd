import type { CodeRule } from './rule';
import { M99_INDEX } from './sources';
import { indeterminateCause } from './stenosis/axis-check';

/**
 * mechanism-unclear: the note names no cause of the narrowing (stop 52), names it only as a
 * disc-osteophyte complex, which does not tell bone (M99.6-, M99.3-) from disc (M99.7-, M99.5-),
 * or names several causes that M99 codes apart (stenosis/several-causes.ts); the provider is asked,
 * or the coder chooses. Not a mismatch: the code may be right, and nothing in the note says which.
 */
export const mechanismUnclear: CodeRule = {
  id: 'mechanism-unclear',
  title: 'Cause of the narrowing not clear',
  help: 'The note names no cause of the narrowing, only a disc-osteophyte complex (which does not say bone or disc), or several causes that M99 codes apart (bone, ligament, disc); ask the provider, or choose, which one narrows the canal or foramen.',
  defaultSeverity: 'info',
  readsNote: true,
  families: ['m99'],
  sources: [M99_INDEX],
  scope: 'code',
  check: (code, ctx) => indeterminateCause(code, ctx),
};

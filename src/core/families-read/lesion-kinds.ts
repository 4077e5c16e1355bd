import type { ConditionKind } from './find-conditions';

/**
 * The condition kinds that document each lesion a family code names: read by the lesion check
 * (check-family-code.ts) and by the disc replacements (disc-lesion-fit.ts).
 */
export const LESION_KINDS: Readonly<Record<string, readonly ConditionKind[]>> = {
  spondylolisthesis: ['spondylolisthesis'],
  spondylosis: ['spondylosis'],
  'disc-disorder': ['disc-displacement', 'disc-degeneration', 'disc-osteophyte-complex', 'schmorl-node'],
  // A disc-osteophyte complex names a disc disorder without saying which (condition-lexicon.ts):
  // either disc code fits it, and neither is contradicted by it.
  'disc-displacement': ['disc-displacement', 'disc-osteophyte-complex'],
  'disc-degeneration': ['disc-degeneration', 'disc-osteophyte-complex'],
  'schmorl-node': ['schmorl-node'],
  radiculopathy: ['radiculopathy'],
  'neck-pain': ['neck-pain'],
  'low-back-pain': ['low-back-pain', 'discogenic-back-pain', 'vertebrogenic-back-pain'],
  'vertebrogenic-low-back-pain': ['vertebrogenic-back-pain'],
  // M54.3- and M54.4-: the sciatica is the lesion; M54.4-'s lumbago is read beside it (sciatica-codes.ts).
  sciatica: ['sciatica'],
  'lumbago-with-sciatica': ['sciatica'],
  'spinal-instability': ['spinal-instability'],
};

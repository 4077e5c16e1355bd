/** The inputs _profile.ts and _ab.ts time, by name: the hostile 1 MB inputs and synthetic notes of the analyze bench. */
import { asReceived, DENSITY, syntheticNote, variedRunOn } from './_synthetic-note';

export const INPUTS: Record<string, () => string> = {
  'stenosis-comma': () => asReceived('stenosis,'.repeat(111_112).slice(0, 1_000_000)),
  'stenosis-space': () => asReceived('stenosis '.repeat(111_112).slice(0, 1_000_000)),
  'non-compressive': () => asReceived('non-compressive '.repeat(62_500).slice(0, 1_000_000)),
  'dense-1mb': () => syntheticNote(1_000_000, DENSITY.dense, 7),
  'run-on': () => asReceived('no significant canal or foraminal stenosis at C5-6 due to disc osteophyte complex and '.repeat(12_000).slice(0, 1_000_000)),
  'run-on-varied': () => variedRunOn(1_000_000),
  'dense-10kb': () => syntheticNote(10_000, DENSITY.dense),
  'dense-1kb': () => syntheticNote(1_000, DENSITY.dense),
  'typical-1kb': () => syntheticNote(1_000, DENSITY.typical),
  'typical-100kb': () => syntheticNote(100_000, DENSITY.typical),
  'dense-100kb': () => syntheticNote(100_000, DENSITY.dense),
  // The hostile inputs read since stop 43 (as _analyze-worker.ts builds them).
  'answer-list': () => asReceived('Neural foramina: L4-5 mild, '.repeat(35_715).slice(0, 1_000_000)),
  'elliptic-grades': () => asReceived('mild at L4-5, '.repeat(71_429).slice(0, 1_000_000)),
  'table-rows': () => asReceived(('LEVEL | CANAL | RIGHT NF | LEFT NF\n' + 'L4-5 | severe | mild | normal\n'.repeat(20)).repeat(1_600).slice(0, 1_000_000)),
};

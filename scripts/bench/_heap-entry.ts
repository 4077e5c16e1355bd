/** The bundled half of `scripts/bench/_heap-profile.ts`: the core's analyze() and the bench inputs, as a library. */
export { analyze } from '../../src/core';
export { INPUTS } from './_profile-inputs';

// Moved to src/protocol so the side panel applies the same choices where it reads findings.
export { applySettings } from '../protocol/apply-settings';

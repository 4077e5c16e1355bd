/**
 * The shapes of an element a person types into, in one place. An editable is `contenteditable`
 * empty, "true" or "plaintext-only" (Lexical, Slate and hand-written note boxes use the last: the
 * browser then pastes and types plain text only). Each selector list that named only the first two
 * missed a plaintext-only note: in a tab beside the chart on show, as a picker's own entry, as the
 * editor an EHR draws over its source textarea (QA stop 56).
 */
export const CONTENT_EDITABLE =
  '[contenteditable=""], [contenteditable="true" i], [contenteditable="plaintext-only" i]';

/** What a person types text into: text inputs of any kind, textareas and editables. */
export const TYPED_INTO = `input, textarea, ${CONTENT_EDITABLE}`;

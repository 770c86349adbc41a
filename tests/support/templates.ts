/** Databases migrated once per run, which each test file clones. */
export const EMPTY_TEMPLATE = "keyframe_template_empty";
export const SEEDED_TEMPLATE = "keyframe_template_seeded";

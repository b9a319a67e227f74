/**
 * The book's schema version this build reads and writes: the last migration's (migrations/index.ts,
 * checked by a test). Apart from the migrations, so the first screen can compare it without loading them.
 */
export const currentSchemaVersion = 9;

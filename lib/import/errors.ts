/** An import that must not start or go on (a malformed data file, another import running): one line, nothing changed. */
export class ImportRefused extends Error {}

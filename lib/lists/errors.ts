/** A list operation refused for a reason the person can act on; shown as the form's message. */
export class ListError extends Error {}

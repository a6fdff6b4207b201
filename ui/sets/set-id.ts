let sequence = 0;

/** A new set's id: unique in this document's records (time, randomness, and a counter for one session). */
export function newSetId(): string {
  const random = Math.floor(Math.random() * 36 ** 6).toString(36);
  return `set-${Date.now().toString(36)}-${random}-${(sequence++).toString(36)}`;
}

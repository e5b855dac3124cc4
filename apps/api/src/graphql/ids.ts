const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are uuids; anything else cannot name a record, and is answered like a missing one. */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}

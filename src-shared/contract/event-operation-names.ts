/**
 * The operations of a database event (payloads.ts's schemas take them from here). Plain values, apart
 * from the schemas, so the window's event composer reads them without bringing zod into its first chunk.
 */
export const DATABASE_EVENT_OPERATION_NAMES = ['created', 'updated', 'deleted', 'destroyed', 'restored', 'upserted'] as const;

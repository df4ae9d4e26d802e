import {
  buildDatabaseEventBatchPayloads, buildDatabaseEventPayload, whoFires,
  type DatabaseEventBatchPayload, type DatabaseEventPayload, type DatabaseEventTriggerSettings,
} from '../../../../src-shared/twenty/database-event';
import type { WorkspaceModel } from '../../../../src-shared/twenty/workspace-model/model-types';
import type { RecordChange } from '../sql/record-repository';

export interface EventFunction {
  universalIdentifier: string;
  name: string;
  databaseEventTriggerSettings?: DatabaseEventTriggerSettings;
}

/** One execution the server's queue would make for committed changes: a function and its payload. */
export interface EventDelivery {
  universalIdentifier: string;
  functionName: string;
  eventName: string;
  recordIds: string[];
  payload: DatabaseEventPayload | DatabaseEventBatchPayload;
}

/**
 * Turns committed record changes into the database events the server emits and decides, as the
 * server's queue does, which of the app's functions each one fires: one execution per record, or one
 * per batch (up to 200 events, grouped by actor) for `batchMode` functions; `updatedFields` filters.
 */
export function deliveriesFor(model: WorkspaceModel, functions: readonly EventFunction[], changes: readonly RecordChange[], workspaceId: string): EventDelivery[] {
  const deliveries: EventDelivery[] = [];
  // Group by event name, keeping order: a batch holds one event name.
  const groups = new Map<string, RecordChange[]>();
  for (const change of changes) {
    const name = `${change.objectName}.${change.operation}`;
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name)!.push(change);
  }
  for (const [eventName, group] of groups) {
    const object = model.objects.find((candidate) => candidate.nameSingular === group[0].objectName);
    const objectMetadata = {
      nameSingular: group[0].objectName,
      ...(object ? { namePlural: object.namePlural, labelSingular: object.labelSingular, isCustom: object.source === 'app' } : {}),
      ...(object?.universalIdentifier ? { universalIdentifier: object.universalIdentifier, id: object.universalIdentifier } : {}),
    };
    const common = { objectMetadata, operation: group[0].operation, workspaceId, relationFieldNames: [] as string[] };
    const events = group.map((change) => ({ recordId: change.recordId, before: change.before, after: change.after }));
    const built = events.map((event) => buildDatabaseEventPayload({ ...common, ...event }).payload);
    for (const fn of functions) {
      const trigger = fn.databaseEventTriggerSettings;
      if (!trigger?.eventName) continue;
      if (trigger.batchMode) {
        const { payloads } = buildDatabaseEventBatchPayloads({ ...common, events, trigger });
        for (const payload of payloads) {
          deliveries.push({ universalIdentifier: fn.universalIdentifier, functionName: fn.name, eventName, recordIds: payload.events.map((event) => event.recordId), payload });
        }
        continue;
      }
      built.forEach((payload, index) => {
        const [decision] = whoFires([{ universalIdentifier: fn.universalIdentifier, name: fn.name, databaseEventTriggerSettings: trigger }], {
          name: eventName,
          updatedFields: (payload.properties as { updatedFields?: string[] }).updatedFields,
        });
        if (decision?.fires) deliveries.push({ universalIdentifier: fn.universalIdentifier, functionName: fn.name, eventName, recordIds: [group[index].recordId], payload });
      });
    }
  }
  return deliveries;
}

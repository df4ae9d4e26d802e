/**
 * The database-event composer: builds the event the server would send for a record change
 * (`buildDatabaseEventPayload`, or the batch payloads for `batchMode` functions), decides for every
 * database-event function of the app whether it fires and why (`whoFires`), warns about self-trigger
 * loops, and optionally runs every firing function with its own payload, as the server's queue would
 * (one execution per record; one per batch for batchMode).
 */
import type { ComposeEventParams, ComposeEventResult, ProjectModel, RunRecord } from '../../../src-shared/contract';
import {
  buildDatabaseEventBatchPayloads, buildDatabaseEventPayload, selfTriggerWarning, whoFires,
  type DatabaseEventOperation, type DatabaseEventTriggerSettings, type DatabaseEventInput,
} from '../../../src-shared/twenty/database-event';
import type { FileStore } from '../files/file-store';
import { LOCAL_WORKSPACE_ID } from '../runner/function-runner';
import type { RunService } from '../runs/run-service';
import { appFunctions } from './app-functions';
import { eventObjects, objectMetadataFor } from './event-objects';
import { writtenFields } from './written-fields';

export interface DatabaseEventDeps {
  model(): ProjectModel;
  runs(): RunService;
  files(): FileStore;
}

export async function composeEvent(deps: DatabaseEventDeps, params: ComposeEventParams, { origin = 'databaseEvent' }: { origin?: string } = {}): Promise<ComposeEventResult> {
  const model = deps.model();
  const operation = params.operation as DatabaseEventOperation;
  const objects = eventObjects(model);
  const { metadata, relationFieldNames, known } = objectMetadataFor(objects, params.object);
  const warnings: string[] = [];
  if (!known) warnings.push(`"${params.object}" is neither an object of this app nor a standard object: its metadata is made up.`);

  // The same workspace id the run context gets, so payload.workspaceId === context.workspaceId as on the server.
  const common = { objectMetadata: metadata, operation, workspaceId: LOCAL_WORKSPACE_ID, relationFieldNames };
  const records: DatabaseEventInput[] = params.batch && params.batch.length > 0
    ? params.batch
    : [{ recordId: params.recordId, before: params.before, after: params.after }];
  const built = records.map((record, index) => {
    const { payload, warnings: recordWarnings } = buildDatabaseEventPayload({ ...common, ...record });
    warnings.push(...recordWarnings.map((warning) => (records.length > 1 ? `Record ${index + 1}: ${warning}` : warning)));
    return payload;
  });
  const eventName = `${params.object}.${operation}`;

  const functions = appFunctions(model);
  const decisions = built.map((payload) =>
    whoFires(functions.map((fn) => ({ universalIdentifier: fn.universalIdentifier, name: fn.name, databaseEventTriggerSettings: fn.config.databaseEventTriggerSettings as DatabaseEventTriggerSettings | undefined })), {
      name: eventName,
      updatedFields: (payload.properties as { updatedFields?: string[] }).updatedFields,
    }),
  );

  const entries = await Promise.all((decisions[0] ?? []).map(async (first, index) => {
    const fn = functions.find((candidate) => candidate.universalIdentifier === first.universalIdentifier)!;
    const trigger = fn.config.databaseEventTriggerSettings as DatabaseEventTriggerSettings;
    // With several records, a function fires when at least one record passes its filter.
    const perRecord = decisions.map((list) => list[index]);
    const firing = perRecord.map((decision, recordIndex) => (decision.fires ? recordIndex : -1)).filter((i) => i >= 0);
    const decision = perRecord.find((d) => d.fires) ?? first;
    let payloads: unknown[] = [];
    if (firing.length > 0) {
      payloads = trigger.batchMode
        ? buildDatabaseEventBatchPayloads({ ...common, events: records, trigger }).payloads
        : firing.map((i) => built[i]);
    }
    let warning: string | null = null;
    if (decision.eventNameMatches) {
      const source = await deps.files().read(fn.file).then((file) => file.content ?? '', () => '');
      warning = selfTriggerWarning(trigger, params.object, writtenFields(source, { nameSingular: params.object, namePlural: metadata.namePlural }));
    }
    return {
      universalIdentifier: fn.universalIdentifier,
      name: fn.name,
      eventName: trigger.eventName,
      batchMode: trigger.batchMode === true,
      fires: firing.length > 0,
      reason: records.length > 1 ? `${decision.reason}${firing.length > 0 && firing.length < records.length ? ` (${firing.length} of ${records.length} records)` : ''}` : decision.reason,
      ...(decision.olderServerFires !== undefined ? { olderServerFires: decision.olderServerFires } : {}),
      ...(warning ? { selfTriggerWarning: warning } : {}),
      payloads,
    };
  }));

  if (params.run) {
    // Side by side: every firing function's executions start together, as queued jobs would.
    await Promise.all(entries.map(async (entry) => {
      if (!entry.fires) return;
      const results: RunRecord[] = [];
      // The composer's Debug: this function's runs start under the debugger, the others run as usual.
      const debug = params.debugFunction === entry.universalIdentifier;
      for (const payload of entry.payloads) results.push(await deps.runs().execute({ universalIdentifier: entry.universalIdentifier, payload, origin, ...(debug ? { debug: true } : {}) }));
      Object.assign(entry, { results });
    }));
  }

  if (params.run && params.debugFunction && !entries.some((entry) => entry.universalIdentifier === params.debugFunction && entry.fires)) {
    warnings.push(`Nothing was debugged: ${functions.find((fn) => fn.universalIdentifier === params.debugFunction)?.name ?? params.debugFunction} does not fire for ${eventName}.`);
  }
  return { payload: built[0], payloads: built, warnings, functions: entries };
}

import { DATABASE_EVENT_OPERATIONS, parseEventName } from '../../../src-shared/twenty/database-event';
import type { EventObject } from '../../../src-shared/contract';
import { Checkbox, PropertyField, StringListEditor, TextInput } from './form-fields';
import { useTriggerForm } from './form-context';
import { TriggerSection } from './trigger-section';

const EVENT_NAME = 'databaseEventTriggerSettings.eventName' as const;
const UPDATED_FIELDS = 'databaseEventTriggerSettings.updatedFields' as const;

function ObjectOptions({ objects, source, label }: { objects: readonly EventObject[]; source: EventObject['source']; label: string }) {
  const list = objects.filter((object) => object.source === source);
  if (list.length === 0) return null;
  return (
    <optgroup label={label}>
      {list.map((object) => (
        <option key={`${source}-${object.nameSingular}`} value={object.nameSingular}>
          {object.nameSingular}
          {object.labelSingular && object.labelSingular.toLowerCase() !== object.nameSingular.toLowerCase() ? ` (${object.labelSingular})` : ''}
        </option>
      ))}
    </optgroup>
  );
}

/** Object and operation pickers over `eventName`; a name that is not `object.op` is edited as text. */
function EventNameField({ value }: { value: string }) {
  const form = useTriggerForm();
  const parsed = parseEventName(value);
  const set = (eventName: string) => form.commit({ kind: 'set', path: EVENT_NAME, value: eventName }, EVENT_NAME);
  if (!parsed) return <TextInput value={value} placeholder="person.created" testId="input-eventName" onCommit={set} />;
  const knownObject = parsed.object === '*' || form.objects.some((object) => object.nameSingular === parsed.object);
  const knownOperation = parsed.operation === '*' || (DATABASE_EVENT_OPERATIONS as readonly string[]).includes(parsed.operation);
  return (
    <div className="tf-row">
      <select className="tf-select" data-testid="input-event-object" value={parsed.object} onChange={(event) => void set(`${event.target.value}.${parsed.operation}`)}>
        <option value="*">* (any object)</option>
        {!knownObject && <option value={parsed.object}>{parsed.object} (unknown)</option>}
        <ObjectOptions objects={form.objects} source="app" label="This app" />
        <ObjectOptions objects={form.objects} source="standard" label="Twenty standard objects" />
      </select>
      <span className="tf-dot">.</span>
      <select className="tf-select" data-testid="input-event-operation" value={parsed.operation} onChange={(event) => void set(`${parsed.object}.${event.target.value}`)}>
        <option value="*">* (any operation)</option>
        {!knownOperation && <option value={parsed.operation}>{parsed.operation} (unknown)</option>}
        {DATABASE_EVENT_OPERATIONS.map((operation) => (
          <option key={operation} value={operation}>
            {operation}
          </option>
        ))}
      </select>
    </div>
  );
}

export function DatabaseEventSection() {
  const form = useTriggerForm();
  const eventName = form.config.properties[EVENT_NAME];
  const objectName = eventName.kind === 'literal' && typeof eventName.value === 'string' ? parseEventName(eventName.value)?.object : undefined;
  const fields = form.objects.find((object) => object.nameSingular === objectName)?.fields.map((field) => field.name);
  return (
    <TriggerSection trigger="databaseEvent">
      <PropertyField path={EVENT_NAME} label="eventName" hint="object.operation">
        {(value) => <EventNameField value={typeof value === 'string' ? value : ''} />}
      </PropertyField>
      <PropertyField path={UPDATED_FIELDS} label="updatedFields" hint="fire only for these">
        {(value) => (
          <StringListEditor
            values={Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []}
            options={fields}
            placeholder={fields ? 'add a field…' : 'add a field name, Enter'}
            testId="input-updatedFields"
            onChange={(names) =>
              void form.commit(
                names.length === 0 ? { kind: 'remove', path: UPDATED_FIELDS } : { kind: 'set', path: UPDATED_FIELDS, value: names },
                UPDATED_FIELDS,
              )
            }
          />
        )}
      </PropertyField>
      <PropertyField path="databaseEventTriggerSettings.batchMode" label="batchMode">
        {(value) => (
          <Checkbox
            label="Receive events in batches (one run, an events array)"
            checked={value === true}
            testId="input-batchMode"
            onChange={(checked) => void form.commit({ kind: 'set', path: 'databaseEventTriggerSettings.batchMode', value: checked }, 'databaseEventTriggerSettings.batchMode')}
          />
        )}
      </PropertyField>
    </TriggerSection>
  );
}

import { useState } from 'react';
import { HTTP_METHODS } from '../../../src-shared/twenty/route/route-matching';
import { validateRoutePath } from '../../../src-shared/twenty/route/route-validation';
import { Checkbox, PropertyField, StringListEditor, TextInput } from './form-fields';
import { useTriggerForm } from './form-context';
import { TriggerSection } from './trigger-section';

/** The `:params` a path declares, as chips; live while the path is typed. */
function PathParameters({ path }: { path: string }) {
  const result = validateRoutePath(path);
  if (!result.valid || result.parameters.length === 0) return null;
  return (
    <div className="tf-chips" data-testid="route-params">
      {result.parameters.map((parameter, index) => (
        <span key={index} className="tf-chip param" title={parameter.kind === 'wildcard' ? 'wildcard' : 'path parameter'}>
          {parameter.kind === 'wildcard' ? '*' : ':'}
          {parameter.name}
          {parameter.optional ? '?' : ''}
        </span>
      ))}
    </div>
  );
}

function RoutePathField({ value }: { value: string }) {
  const form = useTriggerForm();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <>
      <TextInput
        value={value}
        placeholder="/my-route/:id"
        testId="input-route-path"
        onDraft={setDraft}
        onCommit={async (text) => {
          const applied = await form.commit({ kind: 'set', path: 'httpRouteTriggerSettings.path', value: text }, 'httpRouteTriggerSettings.path');
          if (applied) setDraft(null);
          return applied;
        }}
      />
      <PathParameters path={draft ?? value} />
    </>
  );
}

export function RouteSection() {
  const form = useTriggerForm();
  return (
    <TriggerSection trigger="httpRoute">
      <PropertyField path="httpRouteTriggerSettings.path" label="path" hint="under /s">
        {(value) => <RoutePathField value={typeof value === 'string' ? value : ''} />}
      </PropertyField>
      <PropertyField path="httpRouteTriggerSettings.httpMethod" label="httpMethod">
        {(value) => (
          <select
            className="tf-select"
            data-testid="input-httpMethod"
            value={typeof value === 'string' ? value : ''}
            onChange={(event) => void form.commit({ kind: 'set', path: 'httpRouteTriggerSettings.httpMethod', value: event.target.value }, 'httpRouteTriggerSettings.httpMethod')}
          >
            {typeof value !== 'string' && <option value="">(none)</option>}
            {typeof value === 'string' && !(HTTP_METHODS as readonly string[]).includes(value) && <option value={value}>{value}</option>}
            {HTTP_METHODS.map((method) => (
              <option key={method} value={method}>
                {method}
              </option>
            ))}
          </select>
        )}
      </PropertyField>
      <PropertyField path="httpRouteTriggerSettings.isAuthRequired" label="isAuthRequired">
        {(value) => (
          <Checkbox
            label="Only authenticated requests (a Bearer token)"
            checked={value === true}
            testId="input-isAuthRequired"
            onChange={(checked) => void form.commit({ kind: 'set', path: 'httpRouteTriggerSettings.isAuthRequired', value: checked }, 'httpRouteTriggerSettings.isAuthRequired')}
          />
        )}
      </PropertyField>
      <PropertyField path="httpRouteTriggerSettings.forwardedRequestHeaders" label="forwardedRequestHeaders" hint="the headers it receives">
        {(value) => (
          <StringListEditor
            values={Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []}
            placeholder="add a header name, Enter"
            testId="input-forwardedRequestHeaders"
            onChange={(headers) =>
              void form.commit(
                headers.length === 0 && value === undefined
                  ? { kind: 'remove', path: 'httpRouteTriggerSettings.forwardedRequestHeaders' }
                  : { kind: 'set', path: 'httpRouteTriggerSettings.forwardedRequestHeaders', value: headers },
                'httpRouteTriggerSettings.forwardedRequestHeaders',
              )
            }
          />
        )}
      </PropertyField>
    </TriggerSection>
  );
}

import { SERVER_ROUTE_HTTP_METHODS, serverRouteUrl } from '../../../src-shared/twenty/route/server-route';
import { Checkbox, PropertyField, StringListEditor } from './form-fields';
import { useTriggerForm } from './form-context';
import { TriggerSection } from './trigger-section';

/**
 * `serverRouteTriggerSettings`: the function is a resolver reached at `/webhooks/server/<its
 * universalIdentifier>`; it answers with a Response or hands off to a target function.
 */
export function ServerRouteSection() {
  const form = useTriggerForm();
  const uid = form.config.properties.universalIdentifier;
  const url = uid.kind === 'literal' && typeof uid.value === 'string' ? serverRouteUrl(uid.value) : null;
  return (
    <TriggerSection trigger="serverRoute">
      {url && (
        <div className="tf-hint" data-testid="server-route-url">
          Public URL: <code>{url}</code> (no token). The handler is a resolver: it returns a <code>Response</code>, or{' '}
          <code>{'{ workspaceId, targetLogicFunctionUniversalIdentifier, payload? }'}</code> to queue another function (the caller gets{' '}
          <code>{'200 {"queued":true}'}</code>).
        </div>
      )}
      <PropertyField path="serverRouteTriggerSettings.httpMethods" label="httpMethods" hint="default POST">
        {(value) => {
          const methods = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
          const toggle = (method: string, on: boolean) => {
            const next = SERVER_ROUTE_HTTP_METHODS.filter((candidate) => (candidate === method ? on : methods.includes(candidate)));
            void form.commit(
              next.length === 0 ? { kind: 'remove', path: 'serverRouteTriggerSettings.httpMethods' } : { kind: 'set', path: 'serverRouteTriggerSettings.httpMethods', value: next },
              'serverRouteTriggerSettings.httpMethods',
            );
          };
          return (
            <div className="tf-chips" data-testid="input-server-route-methods">
              {SERVER_ROUTE_HTTP_METHODS.map((method) => (
                <Checkbox
                  key={method}
                  label={method}
                  checked={value === undefined ? method === 'POST' : methods.includes(method)}
                  testId={`input-server-route-method-${method}`}
                  onChange={(checked) => toggle(method, checked)}
                />
              ))}
              {methods.filter((method) => !SERVER_ROUTE_HTTP_METHODS.includes(method)).map((method) => (
                <span key={method} className="tf-chip error" title="defineLogicFunction refuses it">
                  {method}
                </span>
              ))}
            </div>
          );
        }}
      </PropertyField>
      <PropertyField path="serverRouteTriggerSettings.forwardedRequestHeaders" label="forwardedRequestHeaders" hint="the headers the resolver receives">
        {(value) => (
          <StringListEditor
            values={Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []}
            placeholder="add a header name, Enter"
            testId="input-server-forwardedRequestHeaders"
            onChange={(headers) =>
              void form.commit(
                headers.length === 0 && value === undefined
                  ? { kind: 'remove', path: 'serverRouteTriggerSettings.forwardedRequestHeaders' }
                  : { kind: 'set', path: 'serverRouteTriggerSettings.forwardedRequestHeaders', value: headers },
                'serverRouteTriggerSettings.forwardedRequestHeaders',
              )
            }
          />
        )}
      </PropertyField>
    </TriggerSection>
  );
}

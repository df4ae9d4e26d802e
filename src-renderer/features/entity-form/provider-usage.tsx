import { useEffect, useState } from 'react';
import type { Entity } from '../../../src-shared/contract';
import { connectionCalls, type ConnectionCall } from '../../../src-shared/twenty/validation/logic-layer-checks';
import { useStudio, useStudioStore } from '../../app/studio-context';
import type { ConfigSource } from '../trigger-editor/config-source';

type Usage = { entity: Entity; calls: ConnectionCall[] };

/**
 * The functions that depend on a connection provider: those whose source lists its connections
 * (`listConnections({ providerName })`), and those that read a connection by id (`getConnection`,
 * whose provider is only known at run time).
 */
export function ProviderUsage({ providerName, source }: { providerName: string | null; source: ConfigSource }) {
  const studio = useStudio();
  const entities = useStudioStore('project', (state) => state.model?.entities);
  const [usages, setUsages] = useState<Usage[] | null>(null);
  useEffect(() => {
    let live = true;
    const functions = (entities ?? []).filter((entity) => entity.section === 'logicFunctions');
    void Promise.all(
      functions.map(async (entity) => {
        const text = source.read(entity.file) ?? (await source.load(entity.file).catch(() => ''));
        return { entity, calls: connectionCalls(entity.file, text) };
      }),
    ).then((all) => live && setUsages(all.filter((usage) => usage.calls.length > 0)));
    return () => {
      live = false;
    };
  }, [entities, source]);
  if (usages === null) return null;
  const listing = usages.filter((usage) => usage.calls.some((call) => call.providerName === providerName));
  const byId = usages.filter((usage) => !listing.includes(usage) && usage.calls.some((call) => call.helper === 'getConnection' || call.providerName === null));
  return (
    <section className="tf-section" data-testid="provider-usage">
      <h3 className="tf-section-title">Used by</h3>
      {listing.length === 0 && byId.length === 0 && <div className="tf-hint">No function calls listConnections or getConnection.</div>}
      {[...listing.map((usage) => ({ usage, sure: true })), ...byId.map((usage) => ({ usage, sure: false }))].map(({ usage, sure }) => {
        const call = usage.calls.find((candidate) => (sure ? candidate.providerName === providerName : true))!;
        return (
          <div key={usage.entity.file} className="tf-field" data-testid="provider-user" data-sure={sure}>
            <button type="button" className="link" onClick={() => void studio.editor.getState().openFile(usage.entity.file, { line: call.line, column: call.column })}>
              {String(usage.entity.config?.name ?? usage.entity.file)}
            </button>
            <span className="tf-hint">
              {sure ? `listConnections({ providerName: '${providerName}' }), line ${call.line}` : `${call.helper}() at line ${call.line}: the provider is chosen at run time`}
            </span>
          </div>
        );
      })}
    </section>
  );
}

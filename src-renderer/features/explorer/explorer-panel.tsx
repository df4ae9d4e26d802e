import { useMemo, useRef } from 'react';
import type { Entity } from '../../../src-shared/contract';
import { Icon, type IconName } from '../../app/icons';
import { useStudio, useStudioStore } from '../../app/studio-context';
import { DebugButton } from '../debug/debug-button';
import { RunButton, RunWithPayloadButton } from '../run/run-button';
import { runnableFunction } from '../run/runnable-functions';
import { explorerGroups, filesWithErrors, type TriggerGroupKey } from './explorer-groups';
import { EntityRow } from './entity-row';
import { ExplorerGroup, ExplorerSection } from './explorer-section';
import { FileTree } from './file-tree';
import { useRovingTree } from './roving-tree';

/** The Run buttons of a function or install hook row (none when it has no universalIdentifier to run it by). */
function runActions(entity: Entity) {
  const fn = runnableFunction(entity);
  if (!fn) return undefined;
  return (
    <>
      <RunWithPayloadButton fn={fn} />
      <DebugButton fn={fn} />
      <RunButton fn={fn} />
    </>
  );
}

const triggerIcons: Record<TriggerGroupKey, IconName> = {
  routes: 'route',
  serverRoutes: 'route',
  cron: 'clock',
  databaseEvents: 'database',
  aiTools: 'sparkle',
  workflowActions: 'workflow',
  noTrigger: 'func',
};

/** The app at a glance: its functions by trigger, install hooks, objects, roles, then its files. */
export function ExplorerPanel() {
  const studio = useStudio();
  const model = useStudioStore('project', (state) => state.model);
  const groups = useMemo(() => (model ? explorerGroups(model) : null), [model]);
  const tree = useRef<HTMLDivElement>(null);
  useRovingTree(tree, groups !== null);
  const buildProblems = useStudioStore('build', (state) => state.build?.problems);
  const staleFiles = useStudioStore('build', (state) => state.staleFiles);
  const errors = useMemo(() => {
    const files = model ? filesWithErrors(model) : new Set<string>();
    for (const problem of buildProblems ?? []) if (problem.severity === 'error') files.add(problem.file);
    return files;
  }, [model, buildProblems]);
  if (!model || !groups) {
    return (
      <div className="explorer empty-state" data-testid="explorer">
        <p>No app open.</p>
        <button type="button" className="button primary" onClick={() => studio.layout.getState().openDialog('open-app')}>
          Open an app…
        </button>
      </div>
    );
  }
  const functionCount = new Set(groups.functionGroups.flatMap((group) => group.items.map((item) => item.entity.file))).size;
  const { application } = groups;
  return (
    <div className="explorer" data-testid="explorer" ref={tree}>
      <div className="explorer-app" data-testid="explorer-application" title={model.appDir}>
        {application.entity ? (
          <EntityRow
            entity={application.entity}
            name={application.displayName}
            icon={<Icon name="app" />}
            hasError={errors.has(application.entity.file)}
            testId="explorer-application-entity"
            depth={0}
          />
        ) : (
          <div className="tree-row static-row">
            <Icon name="app" />
            <span className="tree-label">{application.displayName}</span>
            <span className="badge warning-badge">no defineApplication</span>
          </div>
        )}
        {application.universalIdentifier && (
          <div className="explorer-app-id" data-testid="application-universal-identifier">
            {application.universalIdentifier}
          </div>
        )}
      </div>

      <ExplorerSection title="Logic functions" count={functionCount} testId="explorer-functions">
        {groups.functionGroups.length === 0 && <p className="section-empty">No logic functions yet.</p>}
        {groups.functionGroups.map((group) => (
          <ExplorerGroup key={group.key} title={group.label} icon={<Icon name={triggerIcons[group.key]} />} testId={`trigger-group-${group.key}`}>
            {group.items.map((item) => (
              <EntityRow
                key={`${item.entity.file}:${item.detail}`}
                entity={item.entity}
                name={item.name}
                detail={item.detail}
                icon={<Icon name="func" />}
                hasError={errors.has(item.entity.file) || item.entity.stale}
                staleBundle={staleFiles.has(item.entity.file)}
                actions={runActions(item.entity)}
                testId="explorer-function"
                depth={2}
              />
            ))}
          </ExplorerGroup>
        ))}
      </ExplorerSection>

      {groups.installHooks.length > 0 && (
        <ExplorerSection title="Install hooks" count={groups.installHooks.length} testId="explorer-install-hooks">
          {groups.installHooks.map((hook) => (
            <EntityRow
              key={hook.entity.file}
              entity={hook.entity}
              name={hook.name}
              detail={hook.name === hook.kind ? undefined : hook.kind}
              badges={hook.flags}
              icon={<Icon name="hook" />}
              hasError={errors.has(hook.entity.file) || hook.entity.stale}
              staleBundle={staleFiles.has(hook.entity.file)}
              actions={runActions(hook.entity)}
              testId="explorer-install-hook"
            />
          ))}
        </ExplorerSection>
      )}

      {groups.objects.length > 0 && (
        <ExplorerSection title="Objects" count={groups.objects.length} testId="explorer-objects">
          {groups.objects.map((object) => (
            <div key={object.entity?.file ?? object.name} className="explorer-object" data-testid="explorer-object" data-name={object.name}>
              {object.entity ? (
                <EntityRow entity={object.entity} name={object.name} icon={<Icon name="box" />} hasError={errors.has(object.entity.file)} testId="explorer-object-entity" />
              ) : (
                <div className="tree-row static-row" style={{ paddingLeft: 20 }}>
                  <Icon name="box" />
                  <span className="tree-label">{object.name}</span>
                </div>
              )}
              {object.fields.map((field) =>
                field.entity ? (
                  <EntityRow
                    key={field.entity.file}
                    entity={field.entity}
                    name={field.name}
                    detail={field.type}
                    icon={<Icon name="field" />}
                    hasError={errors.has(field.entity.file)}
                    testId="explorer-field"
                    depth={2}
                  />
                ) : (
                  <div key={field.name} className="tree-row static-row" style={{ paddingLeft: 32 }} data-testid="explorer-field">
                    <Icon name="field" />
                    <span className="tree-label">{field.name}</span>
                    <span className="tree-detail">{field.type}</span>
                  </div>
                ),
              )}
            </div>
          ))}
        </ExplorerSection>
      )}

      <ExplorerSection title="Roles" count={groups.roles.length} testId="explorer-roles">
        {groups.roles.length === 0 && <p className="section-empty">No role: an app must declare a default role.</p>}
        {groups.roles.map((role) => (
          <EntityRow
            key={role.entity.file}
            entity={role.entity}
            name={role.name}
            detail={role.detail}
            icon={<Icon name="shield" />}
            hasError={errors.has(role.entity.file)}
            testId="explorer-role"
          />
        ))}
      </ExplorerSection>

      {groups.skills.length + groups.agents.length > 0 && (
        <ExplorerSection title="AI" count={groups.skills.length + groups.agents.length} testId="explorer-ai">
          {[['Skills', 'skills', groups.skills] as const, ['Agents', 'agents', groups.agents] as const].map(([title, key, items]) =>
            items.length === 0 ? null : (
              <ExplorerGroup key={key} title={title} icon={<Icon name="sparkle" />} testId={`explorer-group-${key}`}>
                {items.map((item) => (
                  <EntityRow
                    key={item.entity.file}
                    entity={item.entity}
                    name={item.name}
                    detail={item.detail}
                    icon={<Icon name="sparkle" />}
                    hasError={errors.has(item.entity.file)}
                    testId={key === 'skills' ? 'explorer-skill' : 'explorer-agent'}
                    depth={2}
                  />
                ))}
              </ExplorerGroup>
            ),
          )}
        </ExplorerSection>
      )}

      {groups.connectionProviders.length > 0 && (
        <ExplorerSection title="Connection providers" count={groups.connectionProviders.length} testId="explorer-connection-providers">
          {groups.connectionProviders.map((provider) => (
            <EntityRow
              key={provider.entity.file}
              entity={provider.entity}
              name={provider.name}
              detail={provider.detail}
              icon={<Icon name="shield" />}
              hasError={errors.has(provider.entity.file)}
              testId="explorer-connection-provider"
            />
          ))}
        </ExplorerSection>
      )}

      {groups.others.length > 0 && (
        <ExplorerSection title="Other entities" count={groups.others.length} testId="explorer-others">
          {groups.others.map((other) => (
            <EntityRow
              key={other.entity.file}
              entity={other.entity}
              name={other.name}
              detail={other.detail}
              icon={<Icon name="shapes" />}
              hasError={errors.has(other.entity.file)}
              testId="explorer-other"
            />
          ))}
        </ExplorerSection>
      )}

      <ExplorerSection title="Files" count={model.files.length} testId="explorer-files">
        <FileTree files={model.files} errors={errors} />
      </ExplorerSection>
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import type { Entity } from '../../../src-shared/contract';
import type { ConfigPropertyState, TextRange } from '../../../src-shared/twenty/source-edit/config-literal';
import { entityFieldProblem, entityFields, type EntityField, type EntityFormDefine } from '../../../src-shared/twenty/source-edit/entity-edits';
import type { LiteralValue } from '../../../src-shared/twenty/source-edit/literal-values';
import { useStudio } from '../../app/studio-context';
import { positionAt } from '../trigger-editor/config-edit';
import type { ConfigSource } from '../trigger-editor/config-source';
import { evaluatedValue, fieldId } from '../trigger-editor/form-context';
import { Checkbox, CodeValue, StringListEditor, TextInput } from '../trigger-editor/form-fields';
import { MarkdownPreview } from './markdown-preview';
import { ProviderUsage } from './provider-usage';
import { useEntityLiteral, type EntityLiteralView } from './use-entity-literal';
import '../../styles/trigger-editor.css';

const TITLES: Record<EntityFormDefine, string> = {
  defineSkill: 'Skill',
  defineAgent: 'Agent',
  defineConnectionProvider: 'Connection provider',
};

/** A Markdown text (a skill's content, an agent's prompt): edited as text, shown rendered on demand. */
function MarkdownField({ value, testId, onCommit }: { value: string; testId: string; onCommit: (text: string) => Promise<boolean> }) {
  const [draft, setDraft] = useState(value);
  const [preview, setPreview] = useState(false);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);
  const commit = async () => {
    editing.current = false;
    if (draft === value) return;
    if (!(await onCommit(draft))) editing.current = true;
  };
  return (
    <div className="entity-markdown">
      <div className="entity-markdown-tabs">
        <button type="button" className={`tf-small button${preview ? '' : ' primary'}`} onClick={() => setPreview(false)} data-testid={`${testId}-edit`}>
          Markdown
        </button>
        <button type="button" className={`tf-small button${preview ? ' primary' : ''}`} onClick={() => setPreview(true)} data-testid={`${testId}-preview`}>
          Preview
        </button>
      </div>
      {preview ? (
        <MarkdownPreview text={draft} testId={`${testId}-rendered`} />
      ) : (
        <textarea
          className="tf-input mono entity-markdown-text"
          rows={8}
          value={draft}
          spellCheck={false}
          data-testid={testId}
          onChange={(event) => {
            editing.current = true;
            setDraft(event.target.value);
          }}
          onBlur={() => void commit()}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
              event.preventDefault();
              void commit();
            }
          }}
        />
      )}
    </div>
  );
}

/** A JSON value (an agent's responseFormat, OAuth authorizationParams), written as literals. */
function JsonField({ value, testId, onCommit, onInvalid }: { value: LiteralValue | undefined; testId: string; onCommit: (value: LiteralValue) => Promise<boolean>; onInvalid: (reason: string) => void }) {
  const text = value === undefined ? '' : JSON.stringify(value, null, 2);
  const [draft, setDraft] = useState(text);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(text);
  }, [text]);
  return (
    <textarea
      className="tf-input mono"
      rows={Math.min(10, Math.max(3, draft.split('\n').length))}
      value={draft}
      spellCheck={false}
      data-testid={testId}
      onChange={(event) => {
        editing.current = true;
        setDraft(event.target.value);
      }}
      onBlur={() => {
        editing.current = false;
        if (draft === text || draft.trim() === '') return;
        let parsed: LiteralValue;
        try {
          parsed = JSON.parse(draft) as LiteralValue;
        } catch (error) {
          editing.current = true;
          onInvalid(`Not JSON: ${(error as Error).message}`);
          return;
        }
        void onCommit(parsed).then((applied) => {
          if (!applied) editing.current = true;
        });
      }}
    />
  );
}

function FieldEditor({ field, state, view, define, evaluated, reveal }: {
  field: EntityField;
  state: ConfigPropertyState;
  view: EntityLiteralView;
  define: EntityFormDefine;
  evaluated: Entity['config'];
  reveal: (range: TextRange) => void;
}) {
  const id = fieldId(field.path);
  const value = state.kind === 'literal' ? state.value : undefined;
  const set = async (next: LiteralValue): Promise<boolean> => {
    const problem = entityFieldProblem(define, field.path, next);
    if (problem) {
      view.refuse(field.path, problem);
      return false;
    }
    return view.commit({ kind: 'set', path: field.path, value: next });
  };
  const setOrRemove = async (next: string): Promise<boolean> =>
    next === '' && !field.required && value !== undefined ? view.commit({ kind: 'remove', path: field.path }) : next === '' && value === undefined ? true : set(next);
  const refusal = view.refusal?.key === field.path ? view.refusal.reason : null;
  let input;
  if (state.kind === 'not-literal') {
    input = <CodeValue text={state.text} reason={state.reason} evaluated={evaluatedValue(evaluated, field.path)} onReveal={() => reveal(state.codeRange)} />;
  } else if (field.type === 'markdown') {
    input = <MarkdownField value={typeof value === 'string' ? value : ''} testId={`entity-input-${id}`} onCommit={(text) => set(text)} />;
  } else if (field.type === 'boolean') {
    input = <Checkbox label={field.path.split('.').pop()!} checked={value === true} testId={`entity-input-${id}`} onChange={(checked) => void set(checked)} />;
  } else if (field.type === 'string-array') {
    input = (
      <StringListEditor
        values={Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []}
        placeholder="add one, Enter"
        testId={`entity-input-${id}`}
        onChange={(items) => void set(items)}
      />
    );
  } else if (field.type === 'json') {
    input = <JsonField value={value} testId={`entity-input-${id}`} onCommit={set} onInvalid={(reason) => view.refuse(field.path, reason)} />;
  } else if (field.options) {
    input = (
      <select className="tf-select" data-testid={`entity-input-${id}`} value={typeof value === 'string' ? value : ''} onChange={(event) => void setOrRemove(event.target.value)}>
        {(!field.required || value === undefined) && <option value="">(none)</option>}
        {typeof value === 'string' && !field.options.includes(value) && <option value={value}>{value}</option>}
        {field.options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    );
  } else {
    input = <TextInput value={typeof value === 'string' ? value : ''} testId={`entity-input-${id}`} onCommit={(text) => setOrRemove(text)} />;
  }
  return (
    <div className="tf-field" data-testid={`entity-field-${id}`} data-kind={state.kind}>
      <label className="tf-label" title={field.path}>
        {/* Nested fields sit under their section's heading: the key alone names them. */}
        {field.path.split('.').pop()}
        {field.required && <span className="tf-hint">required</span>}
      </label>
      {input}
      {refusal && (
        <div className="tf-messages">
          <div className="tf-message error" data-testid="edit-refused">
            Not applied: {refusal}
          </div>
        </div>
      )}
    </div>
  );
}

/**
 * The selected skill, agent or connection provider as a form over its source: the fields the SDK's
 * type has, each edit the smallest change of the literal; values that are code are read-only with
 * "Edit in code".
 */
export function EntityForm({ entity, source }: { entity: Entity; source: ConfigSource }) {
  const studio = useStudio();
  const view = useEntityLiteral(source, entity.file);
  const reveal = (range: TextRange) => void studio.editor.getState().openFile(entity.file, positionAt(view.text ?? '', range.start));
  if (view.loadError) return <div className="notice error">Could not read {entity.file}: {view.loadError}</div>;
  if (!view.described) return <div className="tf-loading muted">Reading {entity.file}…</div>;
  if (!view.described.ok) {
    const range = view.described.range;
    return (
      <div className="notice warning" data-testid="entity-form-unavailable">
        {view.described.reason}{' '}
        {range && (
          <button type="button" className="link" onClick={() => reveal(range)} data-testid="edit-in-code">
            Edit in code
          </button>
        )}
      </div>
    );
  }
  const { literal } = view.described;
  const sections = new Map<string, EntityField[]>();
  for (const field of entityFields(literal.defineFunction)) {
    const section = field.path.includes('.') ? field.path.split('.')[0] : '';
    sections.set(section, [...(sections.get(section) ?? []), field]);
  }
  return (
    <div className="trigger-form entity-form" data-testid="entity-form" data-kind={literal.defineFunction}>
      {[...sections.entries()].map(([section, fields]) => (
        <section key={section || 'general'} className="tf-section" data-testid={`entity-section-${section || 'general'}`}>
          <h3 className="tf-section-title">
            {section ? <code className="tf-section-key">{section}</code> : TITLES[literal.defineFunction]}
          </h3>
          {fields.map((field) => (
            <FieldEditor key={field.path} field={field} state={literal.fields[field.path]} view={view} define={literal.defineFunction} evaluated={entity.config} reveal={reveal} />
          ))}
        </section>
      ))}
      {literal.defineFunction === 'defineConnectionProvider' && (
        <ProviderUsage
          providerName={literal.fields.name.kind === 'literal' && typeof literal.fields.name.value === 'string' ? literal.fields.name.value : typeof entity.config?.name === 'string' ? entity.config.name : null}
          source={source}
        />
      )}
    </div>
  );
}

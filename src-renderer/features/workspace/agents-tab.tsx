import { useEffect, useMemo, useState } from 'react';
import type { WorkspaceActivity } from '../../../src-shared/contract';
import { Icon } from '../../app/icons';
import { useStudio } from '../../app/studio-context';
import { parseJsonText } from '../run/json-text';
import type { WorkspaceAgent } from './services-store';
import { useActivity, useServices } from './use-workspace';

type ScriptMode = 'echo' | 'text' | 'json' | 'error';

function modeOf(agent: WorkspaceAgent): { mode: ScriptMode; text: string } {
  const script = agent.script;
  if (!script) return { mode: 'echo', text: '' };
  if (script.error !== undefined) return { mode: 'error', text: script.error };
  if (typeof script.reply === 'string') return { mode: 'text', text: script.reply };
  return { mode: 'json', text: JSON.stringify(script.reply, null, 2) ?? '' };
}

function AgentEditor({ agent }: { agent: WorkspaceAgent }) {
  const store = useStudio().workspace.services;
  const initial = modeOf(agent);
  const [mode, setMode] = useState<ScriptMode>(initial.mode);
  const [text, setText] = useState(initial.text);
  const parsed = mode === 'json' ? parseJsonText(text) : null;
  const invalid = parsed && !parsed.ok ? `Line ${parsed.line}, column ${parsed.column}: ${parsed.message}` : null;
  const save = () => {
    if (mode === 'echo') return void store.getState().scriptAgent(agent.universalIdentifier, null);
    if (mode === 'error') return void store.getState().scriptAgent(agent.universalIdentifier, { error: text });
    if (mode === 'text') return void store.getState().scriptAgent(agent.universalIdentifier, { reply: text });
    if (parsed?.ok) void store.getState().scriptAgent(agent.universalIdentifier, { reply: parsed.value });
  };
  return (
    <div className="ws-card ws-agent" data-testid="ws-agent" data-name={agent.name}>
      <div className="ws-card-title">
        {agent.label} <span className="muted mono">{agent.name}</span>
        <span className="toolbar-spacer" />
        <span className="muted" data-testid="ws-agent-script-state">
          {agent.script ? 'scripted' : 'default echo'}
        </span>
      </div>
      <div className="ws-agent-prompt muted" title={agent.prompt}>
        {agent.prompt}
      </div>
      <div className="ws-seed-row">
        <select className="release-select" aria-label="Reply" data-testid="ws-agent-mode" value={mode} onChange={(event) => setMode(event.target.value as ScriptMode)}>
          <option value="echo">Default echo</option>
          <option value="text">Text reply</option>
          <option value="json">JSON reply</option>
          <option value="error">Error</option>
        </select>
        <button type="button" className="button primary" data-testid="ws-agent-save" disabled={invalid !== null} onClick={save}>
          Save
        </button>
      </div>
      {mode !== 'echo' && (
        <textarea
          className="ws-textarea ws-agent-text"
          data-testid="ws-agent-text"
          spellCheck={false}
          value={text}
          placeholder={mode === 'error' ? 'The error message runAgent throws' : mode === 'json' ? '{"score": 80}' : 'The reply'}
          onChange={(event) => setText(event.target.value)}
        />
      )}
      {invalid && <div className="ws-error">{invalid}</div>}
    </div>
  );
}

function messageText(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2) ?? String(value);
}

function Transcript({ entry }: { entry: WorkspaceActivity }) {
  const { agent, messages, reply, success, error } = entry.detail;
  const list = Array.isArray(messages) ? messages : [];
  return (
    <li className="ws-transcript" data-testid="ws-agent-transcript" data-agent={typeof agent === 'string' ? agent : ''}>
      <div className="ws-transcript-head muted">
        {new Date(entry.time).toLocaleTimeString('en-GB', { hour12: false })} · {typeof agent === 'string' ? agent : entry.summary}
      </div>
      {list.map((message, index) => {
        const item: Record<string, unknown> = message && typeof message === 'object' ? (message as Record<string, unknown>) : { content: message };
        const role = typeof item.role === 'string' ? item.role : 'user';
        return (
          <div key={index} className={`ws-bubble ws-bubble-${role === 'assistant' ? 'agent' : 'user'}`}>
            <span className="ws-bubble-role">{role}</span>
            <pre>{messageText(item.content ?? item)}</pre>
          </div>
        );
      })}
      {success === false || error ? (
        <div className="ws-bubble ws-bubble-error">
          <span className="ws-bubble-role">error</span>
          <pre>{messageText(error)}</pre>
        </div>
      ) : (
        reply !== undefined && (
          <div className="ws-bubble ws-bubble-agent">
            <span className="ws-bubble-role">reply</span>
            <pre>{messageText(reply)}</pre>
          </div>
        )
      )}
    </li>
  );
}

/** The app's agents, a scripted reply for each, and their transcripts from the activity. */
export function AgentsTab() {
  const store = useStudio().workspace.services;
  const agents = useServices((state) => state.agents);
  const error = useServices((state) => state.agentsError);
  const message = useServices((state) => state.agentsMessage);
  const entries = useActivity((state) => state.entries);
  const transcripts = useMemo(() => entries.filter((entry) => entry.kind === 'agent').reverse(), [entries]);

  useEffect(() => {
    void store.getState().loadAgents();
  }, [store]);

  return (
    <div className="ws-data ws-agents" data-testid="ws-agents">
      <div className="ws-toolbar">
        <span className="ws-object-title">Agents</span>
        <span className="toolbar-spacer" />
        <button type="button" className="icon-button" title="Refresh" data-testid="ws-agents-refresh" onClick={() => void store.getState().loadAgents()}>
          <Icon name="refresh" />
        </button>
      </div>
      {(error || message) && (
        <div className={error ? 'ws-error' : 'ws-message'} data-testid="ws-agents-message">
          {error ?? message}
        </div>
      )}
      {(agents ?? []).map((agent) => (
        <AgentEditor key={`${agent.universalIdentifier}:${JSON.stringify(agent.script)}`} agent={agent} />
      ))}
      {agents?.length === 0 && <div className="muted ws-opening">This app defines no agents.</div>}
      <section className="ws-card">
        <div className="ws-card-title">Transcripts</div>
        {transcripts.length === 0 ? (
          <div className="muted">No agent calls yet. Functions call runAgent; their conversations appear here.</div>
        ) : (
          <ul className="ws-transcripts">
            {transcripts.map((entry) => (
              <Transcript key={entry.seq} entry={entry} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

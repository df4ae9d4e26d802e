import { useEffect, useMemo, useState } from 'react';
import type { WorkspaceActivity } from '../../../src-shared/contract';
import { useStudio } from '../../app/studio-context';
import { parseJsonText } from '../run/json-text';
import { clockTime } from '../../app/clock-time';
import type { AgentModelView, AgentTool, WorkspaceAgent } from './services-store';
import { useActivity, useServices } from './use-workspace';
import { WorkspaceNotice, WorkspaceToolbar } from './ws-toolbar';

type ScriptMode = 'echo' | 'text' | 'json' | 'error';

function modeOf(agent: WorkspaceAgent): { mode: ScriptMode; text: string } {
  const script = agent.script;
  if (!script) return { mode: 'echo', text: '' };
  if (script.error !== undefined) return { mode: 'error', text: script.error };
  if (typeof script.reply === 'string') return { mode: 'text', text: script.reply };
  return { mode: 'json', text: JSON.stringify(script.reply, null, 2) ?? '' };
}

/** Checks the tool-calls text: a JSON array of { tool, input } naming the app's tools. */
function parseToolCalls(text: string, tools: AgentTool[]): { ok: true; value: { tool: string; input?: unknown }[] } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, value: [] };
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, message: `Tool calls, line ${parsed.line}, column ${parsed.column}: ${parsed.message}` };
  if (!Array.isArray(parsed.value)) return { ok: false, message: 'Tool calls: a JSON array of {"tool": "<name>", "input": {...}}' };
  for (const [index, call] of parsed.value.entries()) {
    const tool = call && typeof call === 'object' ? (call as { tool?: unknown }).tool : undefined;
    if (typeof tool !== 'string' || tool === '') return { ok: false, message: `Tool calls[${index}]: "tool" must name one of the app's tools` };
    if (!tools.some((candidate) => candidate.name === tool)) return { ok: false, message: `Tool calls[${index}]: the app has no tool "${tool}" (${tools.map((candidate) => candidate.name).join(', ') || 'no tool functions'})` };
  }
  return { ok: true, value: parsed.value as { tool: string; input?: unknown }[] };
}

function AgentEditor({ agent, tools }: { agent: WorkspaceAgent; tools: AgentTool[] }) {
  const store = useStudio().workspace.services;
  const initial = modeOf(agent);
  const [mode, setMode] = useState<ScriptMode>(initial.mode);
  const [text, setText] = useState(initial.text);
  const [callsText, setCallsText] = useState(agent.script?.toolCalls?.length ? JSON.stringify(agent.script.toolCalls, null, 2) : '');
  const parsed = mode === 'json' ? parseJsonText(text) : null;
  const calls = mode === 'text' || mode === 'json' ? parseToolCalls(callsText, tools) : { ok: true as const, value: [] };
  const invalid = parsed && !parsed.ok ? `Line ${parsed.line}, column ${parsed.column}: ${parsed.message}` : !calls.ok ? calls.message : null;
  const toolCalls = calls.ok && calls.value.length > 0 ? { toolCalls: calls.value } : {};
  const save = () => {
    if (mode === 'echo') return void store.getState().scriptAgent(agent.universalIdentifier, null);
    if (mode === 'error') return void store.getState().scriptAgent(agent.universalIdentifier, { error: text });
    if (mode === 'text') return void store.getState().scriptAgent(agent.universalIdentifier, { reply: text, ...toolCalls });
    if (parsed?.ok) void store.getState().scriptAgent(agent.universalIdentifier, { reply: parsed.value, ...toolCalls });
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
      {(mode === 'text' || mode === 'json') && (
        <>
          <label className="field-label" htmlFor={`tool-calls-${agent.universalIdentifier}`}>
            Tool calls before the reply (their results fill {'{{toolResults}}'})
          </label>
          <textarea
            id={`tool-calls-${agent.universalIdentifier}`}
            className="ws-textarea ws-agent-text"
            data-testid="ws-agent-tool-calls"
            spellCheck={false}
            value={callsText}
            placeholder={tools.length > 0 ? JSON.stringify([{ tool: tools[0]!.name, input: {} }]) : 'The app has no tool functions'}
            onChange={(event) => setCallsText(event.target.value)}
          />
        </>
      )}
      {invalid && (
        <div className="ws-error" data-testid="ws-agent-invalid">
          {invalid}
        </div>
      )}
    </div>
  );
}

/** The OpenAI-compatible endpoint that answers agents without a script; the key is write-only. */
function ModelEndpointCard({ model }: { model: AgentModelView }) {
  const store = useStudio().workspace.services;
  const [baseUrl, setBaseUrl] = useState(model?.baseUrl ?? '');
  const [modelName, setModelName] = useState(model?.model ?? '');
  const [apiKey, setApiKey] = useState('');
  let urlError: string | null = null;
  try {
    if (baseUrl) new URL(baseUrl);
  } catch {
    urlError = 'The base URL is not a URL (e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1)';
  }
  const canSave = baseUrl !== '' && modelName.trim() !== '' && urlError === null;
  return (
    <section className="ws-card" data-testid="ws-agent-model">
      <div className="ws-card-title">
        Model endpoint <span className="muted">(OpenAI-compatible; agents without a script answer from it, with the app&apos;s tools)</span>
        <span className="toolbar-spacer" />
        <span className="muted" data-testid="ws-agent-model-state">
          {model ? `${model.model} · ${model.hasApiKey ? 'key stored' : 'no key'}` : 'local echo'}
        </span>
      </div>
      <div className="ws-seed-row ws-model-row">
        <input className="text-input" aria-label="Base URL" data-testid="ws-agent-model-url" placeholder="https://api.openai.com/v1" value={baseUrl} onChange={(event) => setBaseUrl(event.target.value.trim())} />
        <input className="text-input" aria-label="Model" data-testid="ws-agent-model-name" placeholder="gpt-4o-mini" value={modelName} onChange={(event) => setModelName(event.target.value)} />
        <input className="text-input" aria-label="API key" type="password" autoComplete="off" data-testid="ws-agent-model-key" placeholder={model?.hasApiKey ? 'stored (leave empty to keep)' : 'API key'} value={apiKey} onChange={(event) => setApiKey(event.target.value)} />
        <button type="button" className="button primary" data-testid="ws-agent-model-save" disabled={!canSave} onClick={() => void store.getState().setAgentModel({ baseUrl, model: modelName.trim(), ...(apiKey ? { apiKey } : {}) }).then((ok) => ok && setApiKey(''))}>
          Save
        </button>
        {model && (
          <button type="button" className="button" data-testid="ws-agent-model-clear" onClick={() => void store.getState().setAgentModel(null)}>
            Use local echo
          </button>
        )}
      </div>
      {urlError && <div className="ws-error">{urlError}</div>}
    </section>
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
        {clockTime(new Date(entry.time))} · {typeof agent === 'string' ? agent : entry.summary}
      </div>
      {list.map((message, index) => {
        const item: Record<string, unknown> = message && typeof message === 'object' ? (message as Record<string, unknown>) : { content: message };
        const role = typeof item.role === 'string' ? item.role : 'user';
        if (role === 'tool') {
          return (
            <div key={index} className={`ws-bubble ws-bubble-tool${item.ok === false ? ' ws-bubble-error' : ''}`} data-testid="ws-agent-tool-message">
              <span className="ws-bubble-role">tool {String(item.tool ?? '')}</span>
              <pre>{`input ${messageText(item.input)}\n→ ${messageText(item.content)}`}</pre>
            </div>
          );
        }
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
  const tools = useServices((state) => state.agentTools);
  const model = useServices((state) => state.agentModel);
  const entries = useActivity((state) => state.entries);
  const transcripts = useMemo(() => entries.filter((entry) => entry.kind === 'agent').reverse(), [entries]);

  useEffect(() => {
    void store.getState().loadAgents();
  }, [store]);

  return (
    <div className="ws-data ws-agents" data-testid="ws-agents">
      <WorkspaceToolbar title="Agents" onRefresh={() => void store.getState().loadAgents()} refreshTestId="ws-agents-refresh" />
      <WorkspaceNotice error={error} message={message} testId="ws-agents-message" />
      {agents !== null && <ModelEndpointCard key={JSON.stringify(model)} model={model} />}
      {(agents ?? []).map((agent) => (
        <AgentEditor key={`${agent.universalIdentifier}:${JSON.stringify(agent.script)}`} agent={agent} tools={tools} />
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

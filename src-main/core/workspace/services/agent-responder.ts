import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../../user-data/json-file';
import { badInput, WorkspaceApiError } from '../workspace-error';

/** One `defineAgent` entity of the app (manifest section `agents`). */
export interface AppAgent {
  universalIdentifier: string;
  name: string;
  label: string;
  prompt: string;
  responseFormat?: unknown;
}

/**
 * What the developer scripted for an agent: a reply (text, with `{{prompt}}` and `{{agent}}` filled in,
 * or a JSON value for a JSON response format), or an error the run answers with.
 */
const scriptSchema = z.object({
  reply: z.unknown().optional(),
  error: z.string().optional(),
});
export type AgentScript = z.infer<typeof scriptSchema>;
const fileSchema = z.object({ agents: z.record(z.string(), scriptSchema) });

export interface RunAgentInput {
  agentUniversalIdentifier: string;
  prompt?: string | null;
  runAsWorkspaceMemberId?: string | null;
  messages?: { role: 'user' | 'assistant'; content: string; attachments?: { fileId: string; filename?: string | null }[] | null }[] | null;
}

export interface RunAgentResult { result: unknown; error: string | null; success: boolean }

export interface AgentTranscript {
  agent: { universalIdentifier: string; name: string; label: string };
  messages: { role: 'system' | 'user' | 'assistant'; content: string }[];
  reply: unknown;
  responder: 'scripted' | 'echo';
  success: boolean;
  error: string | null;
}

export function appAgentsOf(entries: unknown[] | undefined): AppAgent[] {
  return (entries ?? []).flatMap((raw) => {
    if (!raw || typeof raw !== 'object') return [];
    const entry = raw as Record<string, unknown>;
    if (typeof entry.universalIdentifier !== 'string') return [];
    const name = typeof entry.name === 'string' ? entry.name : entry.universalIdentifier;
    return [{ universalIdentifier: entry.universalIdentifier, name, label: typeof entry.label === 'string' ? entry.label : name, prompt: typeof entry.prompt === 'string' ? entry.prompt : '', responseFormat: entry.responseFormat }];
  });
}

const fill = (value: unknown, vars: Record<string, string>): unknown => {
  if (typeof value === 'string') return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, key: string) => vars[key] ?? match);
  if (Array.isArray(value)) return value.map((item) => fill(item, vars));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item, vars)]));
  return value;
};

/**
 * `runAgent` under the Local workspace: a deterministic responder for the app's `defineAgent` entities.
 * Each agent answers with the reply scripted for it in `<appDataDir>/agents.json`, else with an echo of
 * the prompt and its name. An agent the app does not define is the server's NOT_FOUND
 * (`Agent <uid> not found`). A text reply comes back as `{ response: <text> }` (the server's result
 * shape for text agents is unconfirmed); a JSON reply as the value itself.
 */
export class AgentResponder {
  constructor(
    private readonly appDataDir: string,
    private readonly agents: () => AppAgent[],
    private readonly onTranscript: (transcript: AgentTranscript, runId: string | null) => void = () => undefined,
  ) {}

  get path(): string {
    return join(this.appDataDir, 'agents.json');
  }

  async scripts(): Promise<Record<string, AgentScript>> {
    return (await readJsonFile(this.path, fileSchema, { agents: {} })).agents;
  }

  /** Sets (or with null, removes) an agent's scripted reply. */
  async setScript(universalIdentifier: string, script: AgentScript | null): Promise<void> {
    const stored = await readJsonFile(this.path, fileSchema, { agents: {} });
    if (script === null) delete stored.agents[universalIdentifier];
    else stored.agents[universalIdentifier] = script;
    await writeJsonFile(this.path, stored);
  }

  async run(input: RunAgentInput, runId: string | null): Promise<RunAgentResult> {
    const agent = this.agents().find((candidate) => candidate.universalIdentifier === input.agentUniversalIdentifier);
    if (!agent) throw new WorkspaceApiError('NOT_FOUND', `Agent ${input.agentUniversalIdentifier} not found`);
    const conversation = input.messages?.length ? input.messages.map(({ role, content }) => ({ role, content })) : input.prompt !== undefined && input.prompt !== null ? [{ role: 'user' as const, content: input.prompt }] : [];
    if (conversation.length === 0) throw badInput('Either prompt or messages must be provided');
    const prompt = [...conversation].reverse().find((message) => message.role === 'user')?.content ?? '';
    const script = (await this.scripts())[agent.universalIdentifier];
    const vars = { prompt, agent: agent.label, name: agent.name };
    let outcome: RunAgentResult;
    let reply: unknown = null;
    if (script?.error) outcome = { result: null, error: String(fill(script.error, vars)), success: false };
    else {
      reply = script && script.reply !== undefined ? fill(script.reply, vars) : `${agent.label} (local echo) received: ${prompt}`;
      outcome = { result: typeof reply === 'string' ? { response: reply } : reply, error: null, success: true };
    }
    this.onTranscript({
      agent: { universalIdentifier: agent.universalIdentifier, name: agent.name, label: agent.label },
      messages: [...(agent.prompt ? [{ role: 'system' as const, content: agent.prompt }] : []), ...conversation, ...(outcome.success ? [{ role: 'assistant' as const, content: typeof reply === 'string' ? reply : JSON.stringify(reply) }] : [])],
      reply: outcome.result,
      responder: script ? 'scripted' : 'echo',
      success: outcome.success,
      error: outcome.error,
    }, runId);
    return outcome;
  }
}

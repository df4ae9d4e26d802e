import { join } from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../../user-data/json-file';
import { badInput, WorkspaceApiError } from '../workspace-error';
import { chatCompletion, ModelEndpointError, modelEndpointSchema, type ChatMessage, type ModelEndpoint, type ToolSpec } from './agent-model-client';

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
  /**
   * Tools (the app's tool functions, by name or universal identifier) the agent calls before it
   * replies, with the inputs the developer composed; `{{toolResults}}` in the reply is their results (JSON).
   */
  toolCalls: z.array(z.object({ tool: z.string().min(1), input: z.unknown().optional() })).optional(),
});
export type AgentScript = z.infer<typeof scriptSchema>;
/** `<appDataDir>/agents.json` (0600: it may hold the model endpoint's key). */
const fileSchema = z.object({ agents: z.record(z.string(), scriptSchema), model: modelEndpointSchema.nullable().optional() });

/** A tool function of the app, as an agent sees it. */
export interface AgentTool {
  universalIdentifier: string;
  name: string;
  description: string;
  inputSchema: unknown;
}

/** A skill of the app (`defineSkill`): its content joins the agent's instructions for a real model. */
export interface AgentSkill {
  name: string;
  label: string;
  content: string;
}

/** What an agent's tool call did: a run of the tool function. */
export interface ToolRunOutcome {
  ok: boolean;
  data?: unknown;
  error?: string;
  runId?: string;
}

export interface AgentCapabilities {
  tools: () => AgentTool[];
  skills: () => AgentSkill[];
  /** Runs a tool function with an input (as the server's agent does through its tool). */
  runTool: (tool: AgentTool, input: unknown, callerRunId: string | null) => Promise<ToolRunOutcome>;
}

/** Rounds of tool calls a model may ask for before the studio stops it (the server bounds its loop too). */
export const MAX_MODEL_ROUNDS = 8;

export interface RunAgentInput {
  agentUniversalIdentifier: string;
  prompt?: string | null;
  runAsWorkspaceMemberId?: string | null;
  messages?: { role: 'user' | 'assistant'; content: string; attachments?: { fileId: string; filename?: string | null }[] | null }[] | null;
}

export interface RunAgentResult { result: unknown; error: string | null; success: boolean }

export type TranscriptMessage =
  | { role: 'system' | 'user' | 'assistant'; content: string }
  /** A tool call and what it gave: the input, the result or error, and the run that executed it. */
  | { role: 'tool'; content: string; tool: string; input: unknown; ok: boolean; runId: string | null };

export interface AgentTranscript {
  agent: { universalIdentifier: string; name: string; label: string };
  messages: TranscriptMessage[];
  reply: unknown;
  responder: 'scripted' | 'echo' | 'model';
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

const record = (raw: unknown): Record<string, unknown> | null => (raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null);

/** The app's tool functions (manifest `logicFunctions` with `toolTriggerSettings`), as tools. */
export function appToolsOf(entries: unknown[] | undefined): AgentTool[] {
  return (entries ?? []).flatMap((raw) => {
    const entry = record(raw);
    const tool = record(entry?.toolTriggerSettings);
    if (!entry || !tool || typeof entry.universalIdentifier !== 'string') return [];
    const name = typeof entry.name === 'string' ? entry.name : entry.universalIdentifier;
    return [{ universalIdentifier: entry.universalIdentifier, name, description: typeof entry.description === 'string' ? entry.description : '', inputSchema: tool.inputSchema ?? { type: 'object', properties: {} } }];
  });
}

/** The app's skills (manifest `skills`). */
export function appSkillsOf(entries: unknown[] | undefined): AgentSkill[] {
  return (entries ?? []).flatMap((raw) => {
    const entry = record(raw);
    if (!entry || typeof entry.name !== 'string') return [];
    return [{ name: entry.name, label: typeof entry.label === 'string' ? entry.label : entry.name, content: typeof entry.content === 'string' ? entry.content : '' }];
  });
}

const isJsonFormat = (format: unknown): boolean => typeof format === 'object' && format !== null && (format as { type?: unknown }).type === 'json';

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** A JSON response format: the model's text parsed, or a clear failure when it is not JSON. */
const parseJsonReply = (text: string): unknown => {
  try {
    return JSON.parse(text.replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    throw new ModelEndpointError(`The agent has a JSON response format, but the model answered text that is not JSON: ${text.slice(0, 200)}`);
  }
};

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
    private readonly capabilities: AgentCapabilities = { tools: () => [], skills: () => [], runTool: async () => ({ ok: false, error: 'No tool runner' }) },
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
    else stored.agents[universalIdentifier] = scriptSchema.parse(script);
    await writeJsonFile(this.path, stored, { secret: true });
  }

  /** The OpenAI-compatible endpoint agents without a script answer from (null: the local echo). */
  async model(): Promise<ModelEndpoint | null> {
    return (await readJsonFile(this.path, fileSchema, { agents: {} })).model ?? null;
  }

  async setModel(endpoint: ModelEndpoint | null): Promise<void> {
    const stored = await readJsonFile(this.path, fileSchema, { agents: {} });
    stored.model = endpoint === null ? null : modelEndpointSchema.parse(endpoint);
    await writeJsonFile(this.path, stored, { secret: true });
  }

  private findTool(nameOrId: string): AgentTool | undefined {
    return this.capabilities.tools().find((tool) => tool.name === nameOrId || tool.universalIdentifier === nameOrId);
  }

  /** Runs one tool call; a tool the app does not have, or a run that fails, is an error the agent sees. */
  private async callTool(nameOrId: string, input: unknown, runId: string | null): Promise<TranscriptMessage & { role: 'tool' }> {
    const tool = this.findTool(nameOrId);
    if (!tool) return { role: 'tool', tool: nameOrId, input, ok: false, runId: null, content: `Unknown tool "${nameOrId}": the app's tool functions are ${this.capabilities.tools().map((item) => item.name).join(', ') || 'none'}` };
    const outcome = await this.capabilities.runTool(tool, input, runId).catch((error: Error): ToolRunOutcome => ({ ok: false, error: error.message }));
    return { role: 'tool', tool: tool.name, input, ok: outcome.ok, runId: outcome.runId ?? null, content: outcome.ok ? JSON.stringify(outcome.data ?? null) : `Error: ${outcome.error ?? 'the tool failed'}` };
  }

  /** The model loop: ask, run the tools it calls, give their results back, until it answers in text. */
  private async askModel(endpoint: ModelEndpoint, agent: AppAgent, conversation: ChatMessage[], runId: string | null, transcript: TranscriptMessage[]): Promise<string> {
    const skills = this.capabilities.skills();
    const instructions = [agent.prompt, ...skills.map((skill) => `## Skill: ${skill.label || skill.name}\n${skill.content}`)].filter(Boolean).join('\n\n');
    const tools: ToolSpec[] = this.capabilities.tools().map((tool) => ({ name: tool.name, description: tool.description || tool.name, parameters: tool.inputSchema ?? { type: 'object', properties: {} } }));
    const messages: ChatMessage[] = [...(instructions ? [{ role: 'system' as const, content: instructions }] : []), ...conversation];
    for (let round = 0; round < MAX_MODEL_ROUNDS; round += 1) {
      const answer = await chatCompletion(endpoint, messages, tools);
      if (answer.toolCalls.length === 0) return answer.content ?? '';
      messages.push({ role: 'assistant', content: answer.content, tool_calls: answer.toolCalls });
      for (const call of answer.toolCalls) {
        let input: unknown;
        try {
          input = JSON.parse(call.function.arguments || '{}');
        } catch {
          input = call.function.arguments;
        }
        const result = typeof input === 'string'
          ? { role: 'tool' as const, tool: call.function.name, input, ok: false, runId: null, content: 'Error: the tool arguments are not JSON' }
          : await this.callTool(call.function.name, input, runId);
        transcript.push(result);
        messages.push({ role: 'tool', tool_call_id: call.id, content: result.content });
      }
    }
    throw new ModelEndpointError(`The model asked for tools ${MAX_MODEL_ROUNDS} rounds in a row without answering; stopped`);
  }

  async run(input: RunAgentInput, runId: string | null): Promise<RunAgentResult> {
    const agent = this.agents().find((candidate) => candidate.universalIdentifier === input.agentUniversalIdentifier);
    if (!agent) throw new WorkspaceApiError('NOT_FOUND', `Agent ${input.agentUniversalIdentifier} not found`);
    const conversation = input.messages?.length ? input.messages.map(({ role, content }) => ({ role, content })) : input.prompt !== undefined && input.prompt !== null ? [{ role: 'user' as const, content: input.prompt }] : [];
    if (conversation.length === 0) throw badInput('Either prompt or messages must be provided');
    const prompt = [...conversation].reverse().find((message) => message.role === 'user')?.content ?? '';
    const script = (await this.scripts())[agent.universalIdentifier];
    const endpoint = script ? null : await this.model();
    const vars: Record<string, string> = { prompt, agent: agent.label, name: agent.name };
    const toolMessages: TranscriptMessage[] = [];
    let outcome: RunAgentResult;
    let reply: unknown = null;
    const responder: AgentTranscript['responder'] = script ? 'scripted' : endpoint ? 'model' : 'echo';
    try {
      if (script?.error) outcome = { result: null, error: String(fill(script.error, vars)), success: false };
      else if (endpoint) {
        const text = await this.askModel(endpoint, agent, conversation, runId, toolMessages);
        reply = text;
        outcome = { result: agent.responseFormat && isJsonFormat(agent.responseFormat) ? parseJsonReply(text) : { response: text }, error: null, success: true };
      } else {
        for (const call of script?.toolCalls ?? []) toolMessages.push(await this.callTool(call.tool, call.input ?? {}, runId));
        vars.toolResults = JSON.stringify(toolMessages.map((message) => (message.role === 'tool' ? { tool: message.tool, ok: message.ok, result: safeJson(message.content) } : null)));
        reply = script && script.reply !== undefined ? fill(script.reply, vars) : `${agent.label} (local echo) received: ${prompt}`;
        outcome = { result: typeof reply === 'string' ? { response: reply } : reply, error: null, success: true };
      }
    } catch (error) {
      // A model endpoint that fails or answers garbage: the caller gets the server's failure shape.
      outcome = { result: null, error: (error as Error).message, success: false };
    }
    this.onTranscript({
      agent: { universalIdentifier: agent.universalIdentifier, name: agent.name, label: agent.label },
      messages: [
        ...(agent.prompt ? [{ role: 'system' as const, content: agent.prompt }] : []),
        ...conversation,
        ...toolMessages,
        ...(outcome.success ? [{ role: 'assistant' as const, content: typeof reply === 'string' ? reply : JSON.stringify(reply) }] : []),
      ],
      reply: outcome.result,
      responder,
      success: outcome.success,
      error: outcome.error,
    }, runId);
    return outcome;
  }
}

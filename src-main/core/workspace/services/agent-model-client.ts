import { z } from 'zod';

/**
 * An OpenAI-compatible chat-completions endpoint (OpenAI, a local Ollama / LM Studio / vLLM, a
 * proxy): what the developer configures to answer `runAgent` with a real model instead of the
 * deterministic responder. Only `POST <baseUrl>/chat/completions` with `tools` is used, the
 * common denominator of those servers.
 */
export const modelEndpointSchema = z.object({
  baseUrl: z.string().url(),
  apiKey: z.string().default(''),
  model: z.string().min(1),
  timeoutMs: z.number().int().min(1000).max(600_000).default(60_000),
});
export type ModelEndpoint = z.infer<typeof modelEndpointSchema>;

export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export type ChatMessage =
  | { role: 'system' | 'user'; content: string }
  | { role: 'assistant'; content: string | null; tool_calls?: ToolCall[] }
  | { role: 'tool'; tool_call_id: string; content: string };

export interface ToolSpec {
  name: string;
  description: string;
  parameters: unknown;
}

const completionSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({
          role: z.string().optional(),
          content: z.string().nullable().optional(),
          tool_calls: z
            .array(z.object({ id: z.string(), type: z.literal('function').optional(), function: z.object({ name: z.string(), arguments: z.string().default('{}') }) }))
            .optional(),
        }),
      }),
    )
    .min(1),
});

/** A failure of the endpoint, worded for the developer (the agent's caller gets it as the run's error). */
export class ModelEndpointError extends Error {}

/** One chat completion: the assistant's message (text, or tool calls to make). */
export async function chatCompletion(
  endpoint: ModelEndpoint,
  messages: ChatMessage[],
  tools: ToolSpec[],
  fetchImpl: typeof fetch = fetch,
): Promise<{ content: string | null; toolCalls: ToolCall[] }> {
  const url = `${endpoint.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const body = {
    model: endpoint.model,
    messages,
    ...(tools.length > 0 ? { tools: tools.map((tool) => ({ type: 'function', function: tool })) } : {}),
  };
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(endpoint.apiKey ? { authorization: `Bearer ${endpoint.apiKey}` } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(endpoint.timeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') throw new ModelEndpointError(`The model endpoint ${url} did not answer within ${Math.round(endpoint.timeoutMs / 1000)} s`);
    throw new ModelEndpointError(`The model endpoint ${url} cannot be reached: ${(error as Error).message}`);
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) throw new ModelEndpointError(`The model endpoint answered ${response.status}: ${text.slice(0, 300) || response.statusText}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ModelEndpointError(`The model endpoint's answer is not JSON: ${text.slice(0, 200)}`);
  }
  const parsed = completionSchema.safeParse(json);
  if (!parsed.success) throw new ModelEndpointError(`The model endpoint's answer is not an OpenAI chat completion (${parsed.error.issues[0]?.path.join('.') || 'root'}: ${parsed.error.issues[0]?.message})`);
  const message = parsed.data.choices[0]!.message;
  return {
    content: message.content ?? null,
    toolCalls: (message.tool_calls ?? []).map((call) => ({ id: call.id, type: 'function', function: call.function })),
  };
}

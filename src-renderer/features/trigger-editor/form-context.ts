import { createContext, useContext } from 'react';
import type { EventObject, JsonObject } from '../../../src-shared/contract';
import type { ConfigLiteral, TextRange } from '../../../src-shared/twenty/source-edit/config-literal';
import type { ConfigEdit } from '../../../src-shared/twenty/source-edit/config-edits';
import type { ConfigIssue } from '../../../src-shared/twenty/validation/logic-function-validation';

/** What every field of the trigger form needs: the source's view, its issues, and the way back to it. */
export interface TriggerFormContext {
  file: string;
  config: ConfigLiteral;
  issues: readonly ConfigIssue[];
  /** The entity's evaluated config (what code values come to), null when it did not evaluate. */
  evaluated: JsonObject | null;
  /** The logic function's entry in the assembled manifest (carries what the SDK inferred, e.g. a tool's inputSchema). */
  manifestEntry: JsonObject | null;
  /** Objects an event can concern: the app's and Twenty's standard ones (`payload.objects`). */
  objects: readonly EventObject[];
  refusal: { key: string; reason: string } | null;
  commit(edit: ConfigEdit, key?: string): Promise<boolean>;
  /** Shows a range of the file in the editor ("edit in code"). */
  reveal(range: TextRange): void;
}

const Context = createContext<TriggerFormContext | null>(null);

export const TriggerFormProvider = Context.Provider;

export function useTriggerForm(): TriggerFormContext {
  const context = useContext(Context);
  if (!context) throw new Error('useTriggerForm must be used inside <TriggerFormProvider>');
  return context;
}

/** The evaluated value at a dotted path of the entity's config. */
export function evaluatedValue(evaluated: JsonObject | null, path: string): unknown {
  let value: unknown = evaluated;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** `httpRouteTriggerSettings.path` -> `httpRouteTriggerSettings-path`, for test ids. */
export function fieldId(path: string): string {
  return path.replace(/\./g, '-');
}

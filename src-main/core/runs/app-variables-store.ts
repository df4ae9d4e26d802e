import { join } from 'node:path';
import { z } from 'zod';
import type { AppVariable, JsonObject } from '../../../src-shared/contract';
import { readJsonFile, writeJsonFile } from '../user-data/json-file';

const valuesSchema = z.object({ values: z.record(z.string(), z.unknown()) });
const SECRET_MASK = '••••••••';

interface DeclaredVariable {
  name: string;
  kind: 'application' | 'server';
  declaration: Record<string, unknown>;
}

function declaredVariables(application: JsonObject | null): DeclaredVariable[] {
  const list: DeclaredVariable[] = [];
  for (const [kind, key] of [['application', 'applicationVariables'], ['server', 'serverVariables']] as const) {
    const section = application?.[key];
    if (section && typeof section === 'object' && !Array.isArray(section)) {
      for (const [name, declaration] of Object.entries(section)) list.push({ name, kind, declaration: (declaration ?? {}) as Record<string, unknown> });
    }
  }
  return list;
}

/**
 * Values of an app's variables and secrets, in the user data folder, never in the app folder.
 * Defaults come from the manifest; secrets are only ever returned masked.
 */
export class AppVariablesStore {
  constructor(private readonly directory: string) {}

  private get path(): string {
    return join(this.directory, 'variables.json');
  }

  private async values(): Promise<Record<string, unknown>> {
    return (await readJsonFile(this.path, valuesSchema, { values: {} })).values;
  }

  async describe(application: JsonObject | null): Promise<AppVariable[]> {
    const values = await this.values();
    return declaredVariables(application).map(({ name, kind, declaration }) => {
      const isSecret = declaration.isSecret === true;
      const hasValue = Object.prototype.hasOwnProperty.call(values, name);
      const defaultValue = isSecret ? null : declaration.value ?? null;
      return {
        name,
        kind,
        type: typeof declaration.type === 'string' ? declaration.type : null,
        description: typeof declaration.description === 'string' ? declaration.description : null,
        isSecret,
        isRequired: declaration.isRequired === true,
        defaultValue,
        hasValue,
        displayValue: isSecret ? (hasValue ? SECRET_MASK : null) : hasValue ? values[name] : defaultValue,
      };
    });
  }

  /** Sets (or with `undefined`, clears) values; unknown names are refused by the caller. */
  async update(changes: Record<string, unknown>): Promise<void> {
    const values = await this.values();
    for (const [name, value] of Object.entries(changes)) {
      if (value === undefined) delete values[name];
      else values[name] = value;
    }
    await writeJsonFile(this.path, { values }, { secret: true });
  }

  /** What a run gets: manifest defaults overridden by the user's values, split as the server splits them. */
  async runtimeValues(application: JsonObject | null): Promise<{ applicationVariables: Record<string, unknown>; serverVariables: Record<string, unknown> }> {
    const values = await this.values();
    const result = { applicationVariables: {} as Record<string, unknown>, serverVariables: {} as Record<string, unknown> };
    for (const { name, kind, declaration } of declaredVariables(application)) {
      const value = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : declaration.isSecret === true ? null : declaration.value ?? null;
      (kind === 'application' ? result.applicationVariables : result.serverVariables)[name] = value;
    }
    return result;
  }
}

import { describe, expect, it } from 'vitest';
import { inferParameterSchemas, inferToolInputSchema } from './input-schema-inference';

const source = "export const handler = async (input: { city: string; count?: number }) => input;\n";

describe('inferParameterSchemas', () => {
  it('gives the same answer for the same text, as a copy the caller may change', () => {
    const first = inferToolInputSchema(source);
    expect(first).toMatchObject({ type: 'object', properties: { city: { type: 'string' }, count: { type: 'number' } } });
    (first as { properties: Record<string, unknown> }).properties.city = 'changed';
    const again = inferToolInputSchema(source);
    expect(again).toMatchObject({ properties: { city: { type: 'string' } } });
    expect(inferParameterSchemas(source)).toEqual(inferParameterSchemas(`${source}`));
  });

  it('answers for the new text once the text changes', () => {
    expect(inferToolInputSchema(source)).toMatchObject({ properties: { city: { type: 'string' } } });
    const edited = source.replace('city: string', 'town: string');
    expect(inferToolInputSchema(edited)).toMatchObject({ properties: { town: { type: 'string' } } });
    expect((inferToolInputSchema(edited) as { properties: Record<string, unknown> }).properties.city).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { freshPropertyName, parseSchemaText, schemaRows, schemaWithRows } from './json-schema-model';

describe('the schema builder model', () => {
  const schema = {
    type: 'object',
    properties: { text: { type: 'string', description: 'what to say', maxLength: 10 }, count: { type: 'integer' } },
    required: ['text'],
    additionalProperties: false,
  };

  it('reads rows from a schema', () => {
    expect(schemaRows(schema)).toEqual([
      { name: 'text', type: 'string', required: true, description: 'what to say' },
      { name: 'count', type: 'integer', required: false, description: '' },
    ]);
  });

  it('keeps keywords it does not show when a row is renamed or retyped', () => {
    const rows = schemaRows(schema);
    const next = schemaWithRows(schema, [{ ...rows[0], name: 'message' }, { ...rows[1], required: true }]);
    expect(next).toEqual({
      type: 'object',
      properties: { message: { type: 'string', description: 'what to say', maxLength: 10 }, count: { type: 'integer' } },
      required: ['message', 'count'],
      additionalProperties: false,
    });
  });

  it('names new properties and parses raw JSON', () => {
    expect(freshPropertyName([{ name: 'field', type: '', required: false, description: '' }])).toBe('field2');
    expect(parseSchemaText('[1]')).toEqual({ ok: false, reason: 'A JSON Schema is an object' });
    expect(parseSchemaText('{"type":"object"}')).toEqual({ ok: true, value: { type: 'object' } });
  });
});

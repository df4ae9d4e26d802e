import type { DebugValue } from '../contract/debug';

/** The part of a protocol RemoteObject (Runtime.RemoteObject) the studio reads. */
export interface RemoteObjectLike {
  type: string;
  subtype?: string;
  className?: string;
  value?: unknown;
  unserializableValue?: string;
  description?: string;
  objectId?: string;
  preview?: { properties?: { name: string; type: string; subtype?: string; value?: string }[]; overflow?: boolean; subtype?: string };
}

const MAX_DISPLAY = 200;

const clip = (text: string): string => (text.length > MAX_DISPLAY ? `${text.slice(0, MAX_DISPLAY - 1)}…` : text);

const previewEntry = (property: { name: string; type: string; subtype?: string; value?: string }, isArray: boolean): string => {
  const value = property.type === 'string' ? JSON.stringify(property.value ?? '') : property.type === 'function' ? 'ƒ' : (property.value ?? property.type);
  return isArray && /^\d+$/.test(property.name) ? value : `${property.name}: ${value}`;
};

/** What the window shows for a value: `42`, `"text"`, `{a: 1, b: "x"}`, `Array(2) [1, 2]`, `ƒ handler(payload)`. */
export const formatRemoteObject = (object: RemoteObjectLike): DebugValue => {
  const base = { type: object.type, ...(object.subtype ? { subtype: object.subtype } : {}), ...(object.objectId ? { objectId: object.objectId } : {}) };
  switch (object.type) {
    case 'undefined':
      return { ...base, display: 'undefined' };
    case 'string':
      return { ...base, display: clip(JSON.stringify(object.value ?? '')) };
    case 'number':
    case 'boolean':
    case 'bigint':
      return { ...base, display: object.unserializableValue ?? object.description ?? String(object.value) };
    case 'symbol':
      return { ...base, display: object.description ?? 'Symbol()' };
    case 'function':
      return { ...base, display: clip(`ƒ ${(object.description ?? '').split('\n')[0]!.replace(/^(async\s+)?function\s*/, '$1').replace(/\s*\{$/, '')}`) };
    case 'object': {
      if (object.subtype === 'null') return { ...base, display: 'null' };
      const description = object.description ?? object.className ?? 'Object';
      const properties = object.preview?.properties;
      if (!properties) return { ...base, display: clip(description) };
      const isArray = object.subtype === 'array' || object.subtype === 'typedarray';
      const inner = properties.map((property) => previewEntry(property, isArray)).join(', ') + (object.preview?.overflow ? ', …' : '');
      if (isArray) return { ...base, display: clip(`${description} [${inner}]`) };
      if (object.subtype === 'error' || object.subtype === 'regexp' || object.subtype === 'date') return { ...base, display: clip(description) };
      const prefix = description === 'Object' ? '' : `${description} `;
      return { ...base, display: clip(`${prefix}{${inner}}`) };
    }
    default:
      return { ...base, display: clip(object.description ?? String(object.value)) };
  }
};

/** The devtools:// address that opens Chrome DevTools on an inspector WebSocket URL. */
export const devtoolsUrlFor = (inspectorUrl: string): string =>
  `devtools://devtools/bundled/js_app.html?experiments=true&v8only=true&ws=${inspectorUrl.replace(/^ws:\/\//, '')}`;

import type { GraphQLError } from 'graphql';
import { WorkspaceApiError } from '../workspace-error';

export interface GraphqlResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: { code: string; [key: string]: unknown }; path?: readonly (string | number)[] }[];
}

/** A resolver error as the server shapes it: message and `extensions.code`, never a stack. */
export function formatGraphqlError(error: GraphQLError): NonNullable<GraphqlResponse['errors']>[number] {
  const original = error.originalError;
  if (original instanceof WorkspaceApiError) {
    return { message: original.message, extensions: { code: original.code, ...((original as { extensions?: Record<string, unknown> }).extensions ?? {}) }, ...(error.path ? { path: error.path } : {}) };
  }
  if (original) return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', detail: original.message }, ...(error.path ? { path: error.path } : {}) };
  return { message: error.message, extensions: { code: 'BAD_USER_INPUT' }, ...(error.path ? { path: error.path } : {}) };
}

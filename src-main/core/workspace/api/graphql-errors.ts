import { GraphQLError } from 'graphql';
import { WorkspaceApiError } from '../workspace-error';

export interface GraphqlResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: { code: string; [key: string]: unknown }; path?: readonly (string | number)[] }[];
}

/** Twenty's yoga plugin gives every converted error a userFriendlyMessage; this is its default. */
export const DEFAULT_USER_FRIENDLY_MESSAGE = 'An error occurred.';

/**
 * A GraphQL error as the server shapes it: message, `extensions.code` (and `userFriendlyMessage`),
 * never a stack. Errors of the request itself (a variable that does not coerce, an enum value that
 * does not exist) are the client's: BAD_USER_INPUT. Only an unexpected exception of a resolver is
 * INTERNAL_SERVER_ERROR.
 */
export function formatGraphqlError(error: GraphQLError): NonNullable<GraphqlResponse['errors']>[number] {
  const original = error.originalError;
  const path = error.path ? { path: error.path } : {};
  if (original instanceof WorkspaceApiError) {
    const extra = (original as { extensions?: Record<string, unknown> }).extensions ?? {};
    return { message: original.message, extensions: { code: original.code, userFriendlyMessage: DEFAULT_USER_FRIENDLY_MESSAGE, ...extra }, ...path };
  }
  if (original && !(original instanceof GraphQLError) && error.path) {
    return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', userFriendlyMessage: DEFAULT_USER_FRIENDLY_MESSAGE, detail: original.message }, ...path };
  }
  return { message: error.message, extensions: { code: 'BAD_USER_INPUT', userFriendlyMessage: DEFAULT_USER_FRIENDLY_MESSAGE }, ...path };
}

import { defineLogicFunction, type RoutePayload } from 'twenty-sdk/define';

export default defineLogicFunction({
  universalIdentifier: '033f45a0-e1cf-4f9c-aadf-41dda3e34ada',
  name: 'get-lead',
  description: 'Returns one lead by id',
  handler: async (event: RoutePayload) => ({ id: event.pathParameters.id, query: event.queryStringParameters }),
  httpRouteTriggerSettings: {
    path: '/leads/:id',
    httpMethod: 'GET',
    isAuthRequired: true,
  },
});

import { defineLogicFunction, type RoutePayload } from 'twenty-sdk/define';

type LeadForm = { name?: string; email?: string; message?: string };

const handler = async (event: RoutePayload<LeadForm>) => {
  const form = event.body ?? {};
  if (!form.email) {
    throw new Error('A lead needs an email address');
  }
  console.log(`New lead from ${form.email} (signature: ${event.headers['x-form-signature'] ?? 'none'})`);
  return { accepted: true, email: form.email, receivedAt: new Date() };
};

export default defineLogicFunction({
  universalIdentifier: 'a1d2beed-2967-4e6f-aff6-a1ac0a415fd0',
  name: 'capture-lead',
  description: 'Receives the website contact form',
  timeoutSeconds: 10,
  handler,
  httpRouteTriggerSettings: {
    path: '/leads',
    httpMethod: 'POST',
    isAuthRequired: false,
    forwardedRequestHeaders: ['x-form-signature'],
  },
});

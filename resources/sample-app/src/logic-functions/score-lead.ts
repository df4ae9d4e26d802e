import { defineLogicFunction } from 'twenty-sdk/define';

// The SDK infers the tool's input schema from this inline parameter type.
const scoreLead = async (input: { email: string; companySize: number; source: 'web' | 'event' | 'referral' }) => {
  const base = input.source === 'referral' ? 50 : 20;
  return { score: Math.min(100, base + Math.round(Math.log10(Math.max(1, input.companySize)) * 15)) };
};

export default defineLogicFunction({
  universalIdentifier: '3737dcfb-9c6c-4cad-bad9-18ad98b7a80b',
  name: 'score-lead',
  description: 'Scores a lead from 0 to 100. Use it when asked how promising a lead is.',
  handler: scoreLead,
  toolTriggerSettings: {},
});

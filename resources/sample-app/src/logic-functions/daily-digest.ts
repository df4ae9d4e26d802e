import { defineLogicFunction } from 'twenty-sdk/define';

// Functions run on Node; this app has no @types/node, so it declares the one global it reads.
declare const process: { env: Record<string, string | undefined> };

const HOUR_UTC = 8;

export default defineLogicFunction({
  universalIdentifier: '0eda60a2-337b-43fd-b027-f03f24094c7d',
  name: 'daily-digest',
  description: 'Summarises yesterday\'s leads every weekday morning',
  handler: async () => {
    console.log(`Sending the digest to ${process.env.DIGEST_RECIPIENT ?? '(no recipient set)'}`);
    return { sent: true };
  },
  // Computed: the studio shows the evaluated pattern, as the SDK would build it.
  cronTriggerSettings: { pattern: `0 ${HOUR_UTC} * * 1-5` },
});

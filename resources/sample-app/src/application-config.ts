import { defineApplication } from 'twenty-sdk/define';

export default defineApplication({
  universalIdentifier: 'b3f13137-c114-415b-a8d7-8d2e60565487',
  displayName: 'Lead Desk',
  description: 'Captures leads from web forms and keeps sales informed.',
  author: 'Twenty App Studio',
  applicationVariables: {
    DIGEST_RECIPIENT: {
      universalIdentifier: 'bd7489db-4018-485f-a7c4-9b8e212bcd1d',
      description: 'Who receives the daily digest',
      value: 'sales@example.com',
      isSecret: false,
    },
  },
});

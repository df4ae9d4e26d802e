import { defineLogicFunction, type DatabaseEventPayload, type ObjectRecordCreateEvent } from 'twenty-sdk/define';

type Company = { id: string; name?: string; domainName?: { primaryLinkUrl?: string } };

export default defineLogicFunction({
  universalIdentifier: '61b89c68-324b-4d23-8258-5d7433d664c4',
  name: 'on-company-created',
  description: 'Welcomes every new company',
  databaseEventTriggerSettings: { eventName: 'company.created' },
  handler: async (event: DatabaseEventPayload<ObjectRecordCreateEvent<Company>>) => {
    const company = event.properties.after;
    console.log(`Company created: ${company.name ?? company.id}`);
    return { companyId: company.id };
  },
});

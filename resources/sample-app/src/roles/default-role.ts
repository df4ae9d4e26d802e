import { defineApplicationRole } from 'twenty-sdk/define';

export default defineApplicationRole({
  universalIdentifier: 'fd2973fa-952e-477a-bd37-ea3851e9f9ba',
  label: 'Lead Desk',
  description: 'What Lead Desk functions may read and write',
  canReadAllObjectRecords: true,
  canUpdateAllObjectRecords: true,
  canSoftDeleteAllObjectRecords: false,
  canDestroyAllObjectRecords: false,
});

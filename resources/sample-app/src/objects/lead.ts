import { defineObject, FieldType } from 'twenty-sdk/define';

export default defineObject({
  universalIdentifier: 'cb0fd7ae-2647-459f-b21e-c2ebd628c147',
  nameSingular: 'lead',
  namePlural: 'leads',
  labelSingular: 'Lead',
  labelPlural: 'Leads',
  description: 'Someone who filled in a form',
  icon: 'IconUserPlus',
  fields: [
    { universalIdentifier: '88452ea4-fdf4-411b-852d-811f7e2bfdca', type: FieldType.TEXT, name: 'name', label: 'Name', icon: 'IconAbc' },
    { universalIdentifier: 'c1c323cb-d952-492b-b9cc-8b8b8fd89747', type: FieldType.TEXT, name: 'email', label: 'Email', icon: 'IconMail' },
    { universalIdentifier: 'f9821cdc-f1eb-4532-b4f8-2cba926eaf40', type: FieldType.NUMBER, name: 'score', label: 'Score', isNullable: true },
  ],
});

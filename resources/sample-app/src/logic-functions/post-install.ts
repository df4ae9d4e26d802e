import { definePostInstallLogicFunction, type InstallPayload } from 'twenty-sdk/define';

export default definePostInstallLogicFunction({
  universalIdentifier: '9cf1ecbd-239f-4286-b56c-604a5eb0e1c1',
  name: 'post-install',
  description: 'Seeds a welcome lead after the first install',
  shouldRunOnVersionUpgrade: false,
  handler: async (payload: InstallPayload) => {
    console.log(payload.previousVersion ? `Upgraded from ${payload.previousVersion}` : 'Fresh install');
    return { newVersion: payload.newVersion };
  },
});

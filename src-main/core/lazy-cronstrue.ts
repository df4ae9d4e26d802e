/**
 * `cronstrue` as the Node builds see it (aliased in electron.vite.config.ts): required on the first
 * description of a cron pattern (lazy-require.ts), not when the studio core loads (a one-shot `exec`
 * describes none).
 */
import type Cronstrue from 'cronstrue';
import { lazyRequire } from './lazy-require';

const cronstrue = lazyRequire<typeof Cronstrue>('cronstrue', (module: { default?: typeof Cronstrue } & typeof Cronstrue) => module.default ?? module);

export default cronstrue;

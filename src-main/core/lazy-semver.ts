/** `semver` as the Node builds see it (aliased in electron.vite.config.ts): required on first use (lazy-require.ts). */
import type SemverModule from 'semver';
import { lazyRequire } from './lazy-require';

const semver = lazyRequire<typeof SemverModule>('semver');

export default semver;

/**
 * `semver` as the Node builds see it (aliased in electron.vite.config.ts): required on first use
 * (lazy-require.ts). The functions a run and a model build call are required alone from their own
 * files (semver's index requires all ~45 of them, ~50 ms, and the run's engines check sits between the
 * run's end and its printed result); any other name loads the whole package.
 */
import type SemverModule from 'semver';
import { lazyRequire, requireHere } from './lazy-require';

type Semver = typeof SemverModule;

/** Where semver's index takes each of these from (node_modules/semver/index.js). */
const OWN_FILES: Partial<Record<keyof Semver, string>> = {
  coerce: 'semver/functions/coerce',
  satisfies: 'semver/functions/satisfies',
  valid: 'semver/functions/valid',
  validRange: 'semver/ranges/valid',
  gte: 'semver/functions/gte',
  lt: 'semver/functions/lt',
  major: 'semver/functions/major',
  minor: 'semver/functions/minor',
};

const whole = lazyRequire<Semver>('semver');
const parts = new Map<string, unknown>();

const semver = new Proxy({} as Semver, {
  get: (_target, key) => {
    const file = typeof key === 'string' ? OWN_FILES[key as keyof Semver] : undefined;
    if (!file) return Reflect.get(whole, key);
    if (!parts.has(file)) parts.set(file, requireHere(file));
    return parts.get(file);
  },
  has: (_target, key) => Reflect.has(whole, key),
});

export default semver;

/** `cron-parser` as the Node builds see it (aliased in electron.vite.config.ts): required on first use (lazy-require.ts). */
import type { CronExpressionParser as CronExpressionParserClass } from 'cron-parser';
import { lazyRequire } from './lazy-require';

// Only the static parser is used by the studio (CronExpressionParser.parse); `new` and `instanceof` would need the real class.
export const CronExpressionParser = lazyRequire<typeof CronExpressionParserClass>('cron-parser', (module: { CronExpressionParser: typeof CronExpressionParserClass }) => module.CronExpressionParser);

/**
 * The zod schema of a scenario, derived from the limits in limits.ts (the
 * one place the inputs are defined). Used where a validation library is
 * cheap: at build time and in the tests; the browser checks with fields.ts.
 */
import { z } from 'zod';
import { HOST_FIELDS, LIMITS, POOL_KEYS, type InputKey, type Scenario } from './limits';

export { HOST_FIELDS, HYPERVISOR_LICENCE_MODELS, POOL_KEYS, POOL_LABELS, type HostField, type HypervisorLicenceModel, type PoolKey, type PoolOverrides, type Scenario, type ScenarioKey } from './limits';

const shape = Object.fromEntries(
  (Object.entries(LIMITS) as Array<[InputKey, (typeof LIMITS)[InputKey]]>).map(([key, limit]) => {
    if (limit.kind === 'choice') return [key, z.enum(limit.values as unknown as [string, ...string[]])];
    const n = z.number().finite().min(limit.min).max(limit.max);
    return [key, limit.int ? n.int() : n];
  }),
);

/** One pool's own hardware: any of the host inputs, within the same limits. */
const poolOverride = z.object(Object.fromEntries(HOST_FIELDS.map((f) => [f, (shape[f] as z.ZodTypeAny).optional()]))).strict();

export const scenarioSchema = z.object({
  /** Which price book the defaults came from, with its version: "today@1". */
  priceBook: z.string().regex(/^[a-z0-9]+@\d+$/),
  /** Per pool, host inputs that differ from the shared ones. */
  overrides: z.object(Object.fromEntries(POOL_KEYS.map((p) => [p, poolOverride.optional()]))).strict(),
  ...shape,
}) as unknown as z.ZodType<Scenario> & { shape: Record<string, z.ZodTypeAny> };

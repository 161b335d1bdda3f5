/**
 * The zod schema of a scenario, derived from the limits in limits.ts (the
 * one place the inputs are defined). Used where a validation library is
 * cheap: at build time and in the tests; the browser checks with fields.ts.
 */
import { z } from 'zod';
import { LIMITS, type InputKey, type Scenario } from './limits';

export { HYPERVISOR_LICENCE_MODELS, type HypervisorLicenceModel, type Scenario, type ScenarioKey } from './limits';

const shape = Object.fromEntries(
  (Object.entries(LIMITS) as Array<[InputKey, (typeof LIMITS)[InputKey]]>).map(([key, limit]) => {
    if (limit.kind === 'choice') return [key, z.enum(limit.values as unknown as [string, ...string[]])];
    const n = z.number().finite().min(limit.min).max(limit.max);
    return [key, limit.int ? n.int() : n];
  }),
);

export const scenarioSchema = z.object({
  /** Which price book the defaults came from, with its version: "today@1". */
  priceBook: z.string().regex(/^[a-z0-9]+@\d+$/),
  ...shape,
}) as unknown as z.ZodType<Scenario> & { shape: Record<string, z.ZodTypeAny> };

import * as z from 'zod/mini';
import { Plan } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) of the plan format, generated from the zod schemas, for
 * validating plans in any language. The build writes it to `plan.schema.json`.
 *
 * Cross-reference rules (unknown actor ids, duplicate ids, a change target without a
 * baseline…) cannot be said in JSON Schema; {@link parsePlan} checks them.
 *
 * @example
 * fs.writeFileSync('plan.schema.json', JSON.stringify(planJsonSchema(), null, 2));
 */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Plan, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'urn:asf-kit:plan:v1',
    title: 'asf-kit plan (format v1)',
    description:
      'A handlingsplan, policy or follow-up for arbetsintegrerande sociala företag (ASF): actors, goals, activities with responsibilities, and indicators with baseline, target and outcomes.',
  };
}

/**
 * Derived data kept between updates: `memo(fn)` computes again only when an argument changed
 * (compared by identity), so that an element can derive its view in every update without
 * recomputing a table model or an evaluation that did not change.
 * @internal
 *
 * @example
 * private readonly evaluate = memo((plan: Plan, asOf: string) => evaluatePlan(plan, { asOf }));
 */
export function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | undefined;
  let value: R;
  return (...args: A): R => {
    if (!last || args.some((a, i) => a !== last![i])) {
      value = fn(...args);
      last = args;
    }
    return value;
  };
}

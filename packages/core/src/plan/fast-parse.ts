/**
 * The fast path of {@link parsePlan} (issue 17): a validator compiled once, at first use, from the
 * very zod schema of the plan (`Plan`), that gives zod's own output for a valid document — the
 * same values, new objects and arrays, the keys in the schema's order, the defaults filled in —
 * in about a quarter of zod's time. It never reports problems: on anything it is not sure of it
 * answers {@link NOT_SURE}, and `parsePlan` asks zod, whose issues it reports as before.
 *
 * Why compiled from the zod schema and not generated code (ajv's standalone code from
 * `plan.schema.json`): built from the schema at load time it cannot drift from it, so there is no
 * generated file to keep in sync, and it adds about 1.7 KB (min+gzip) to the lazy plan-parser chunk
 * instead of the tens of KB of a generated validator.
 *
 * Containers (strict objects, arrays, optional, default, unions) are walked here. A leaf is
 * checked here only when its schema is one this file knows exactly — a string, number, boolean,
 * literal or enum without coercion whose checks are all of the kinds below — and only in the
 * direction that cannot be wrong: a value that passes the quick check is one zod accepts
 * unchanged; any other value is given to zod itself (`_zod.run`), which decides. Every other leaf
 * (a URL, a refinement other than `Number.isFinite`) always asks zod.
 * @module
 */
import type * as z from 'zod/mini';

/** The answer when the fast path cannot vouch for the document: zod decides. */
export const NOT_SURE: unique symbol = Symbol('not sure');

type Walk = (value: unknown) => unknown;
/** `true` only for a value that zod surely accepts unchanged. */
type Quick = (value: unknown) => boolean;

/** The internals of a zod 4 schema (or check) that the walk reads. */
interface Internals {
  def: {
    type: string;
    shape?: Record<string, z.ZodMiniType>;
    catchall?: z.ZodMiniType;
    element?: z.ZodMiniType;
    innerType?: z.ZodMiniType;
    options?: z.ZodMiniType[];
    checks?: z.ZodMiniType[];
    defaultValue?: unknown;
    discriminator?: string;
    coerce?: boolean;
    format?: string;
    pattern?: RegExp;
    // checks
    check?: string;
    minimum?: number;
    maximum?: number;
    value?: unknown;
    inclusive?: boolean;
    fn?: unknown;
  };
  values?: Set<unknown>;
  check?: unknown;
  run(
    payload: { value: unknown; issues: unknown[] },
    ctx: object,
  ): { value: unknown; issues: unknown[] } | Promise<unknown>;
}

const internals = (schema: z.ZodMiniType) => (schema as unknown as { _zod: Internals })._zod;

const CONTEXT = Object.freeze({ async: false });

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};

/** One check of a string or number schema as a quick test, or `undefined` if it is not known. */
function quickCheck(check: Internals): Quick | undefined {
  const { def } = check;
  switch (def.check) {
    case 'min_length': {
      // zod counts code points, and a code point is one or two UTF-16 units: n units hold at
      // least ⌈n / 2⌉ code points.
      const min = def.minimum;
      if (typeof min !== 'number') return undefined;
      return (v) => Math.ceil((v as string).length / 2) >= min;
    }
    case 'max_length': {
      // No more code points than units.
      const max = def.maximum;
      if (typeof max !== 'number') return undefined;
      return (v) => (v as string).length <= max;
    }
    case 'string_format': {
      const pattern = def.pattern;
      if (def.format !== 'regex' || !(pattern instanceof RegExp) || check.check === undefined) return undefined;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      };
    }
    case 'greater_than':
    case 'less_than': {
      const bound = def.value;
      if (typeof bound !== 'number') return undefined;
      if (def.check === 'greater_than')
        return def.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
      return def.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
    }
    case 'custom':
      // `z.refine(Number.isFinite)`; zod's number already rejects NaN and ±Infinity.
      return def.fn === Number.isFinite ? (v) => Number.isFinite(v) : undefined;
    default:
      return undefined;
  }
}

/** A leaf schema as a quick test, or `undefined` when this file does not know it exactly. */
function quickLeaf(zod: Internals): Quick | undefined {
  const { def } = zod;
  if (def.coerce) return undefined;
  let base: Quick;
  switch (def.type) {
    case 'boolean':
      base = (v) => typeof v === 'boolean';
      break;
    case 'literal':
    case 'enum': {
      const values = zod.values;
      if (!(values instanceof Set)) return undefined;
      base = (v) => values.has(v);
      break;
    }
    case 'string': {
      // A plain string, or an ISO date (zod's own `date` format checks its pattern alone).
      if (def.format === undefined && zod.check === undefined) base = (v) => typeof v === 'string';
      else if (def.format === 'date' && def.pattern instanceof RegExp) {
        const pattern = def.pattern;
        base = (v) => {
          if (typeof v !== 'string') return false;
          pattern.lastIndex = 0;
          return pattern.test(v);
        };
      } else return undefined;
      break;
    }
    case 'number': {
      // z.number(), or z.int() (the `safeint` format).
      if (def.format === undefined && zod.check === undefined) base = (v) => Number.isFinite(v);
      else if (def.format === 'safeint') base = (v) => Number.isSafeInteger(v);
      else return undefined;
      break;
    }
    default:
      return undefined;
  }
  const checks: Quick[] = [];
  for (const check of def.checks ?? []) {
    const quick = quickCheck(internals(check));
    if (!quick) return undefined;
    checks.push(quick);
  }
  if (checks.length === 0) return base;
  return (v) => {
    if (!base(v)) return false;
    for (const check of checks) if (!check(v)) return false;
    return true;
  };
}

/** A test that is `true` only when zod surely rejects the value (to pass over a union's option). */
function surelyRejects(schema: z.ZodMiniType): (v: unknown) => boolean {
  const zod = internals(schema);
  const { def } = zod;
  if (def.coerce) return () => false;
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean': {
      const type = def.type;
      return (v) => typeof v !== type;
    }
    case 'literal':
    case 'enum': {
      const values = zod.values;
      return values instanceof Set ? (v) => !values.has(v) : () => false;
    }
    case 'object':
      return (v) => v === null || typeof v !== 'object' || Array.isArray(v);
    case 'array':
      return (v) => !Array.isArray(v);
    case 'union': {
      const options = (def.options ?? []).map(surelyRejects);
      return def.options?.length ? (v) => options.every((o) => o(v)) : () => false;
    }
    default:
      return () => false;
  }
}

/** A leaf: the quick test when it passes, else zod itself (whose accepted strings and numbers are remembered). */
function leaf(schema: z.ZodMiniType): Walk {
  const zod = internals(schema);
  const quick = quickLeaf(zod);
  const run: Walk = (v) => {
    const out = zod.run({ value: v, issues: [] }, CONTEXT);
    if (out instanceof Promise || out.issues.length > 0) return NOT_SURE;
    return out.value;
  };
  if (quick) return (v) => (quick(v) ? v : run(v));
  const { type } = zod.def;
  if (type !== 'string' && type !== 'number') return run;
  // A string's or number's answer depends on the value alone; a schema that changes its input
  // (a trim, say) is not remembered. URLs repeat all through a plan.
  let accepted = new Set<unknown>();
  return (v) => {
    if (typeof v !== type) return NOT_SURE;
    if (accepted.has(v)) return v;
    const out = run(v);
    if (out === v) {
      if (accepted.size >= 4096) accepted = new Set();
      accepted.add(v);
    }
    return out;
  };
}

const hasOwn = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

const SKIP = 0;
const DEFAULT = 1;
const REQUIRED = 2;

/** A strict object: no other keys; the output in the shape's order, as zod builds it. */
function strictObject(shape: Record<string, z.ZodMiniType>): Walk {
  const keys = Object.keys(shape);
  const schemas = keys.map((key) => shape[key] as z.ZodMiniType);
  const walks = schemas.map(compile);
  const absent = schemas.map((schema) => {
    const { type, checks } = internals(schema).def;
    return type === 'optional' ? SKIP : type === 'default' && !checks?.length ? DEFAULT : REQUIRED;
  });
  const n = keys.length;
  return (v) => {
    if (!isPlainObject(v)) return NOT_SURE;
    const out: Record<string, unknown> = {};
    // Own keys with a value that the shape names; if they are all the keys zod sees (its strict
    // check walks `for…in`), the object has no other key and no key set to `undefined`.
    let present = 0;
    for (let i = 0; i < n; i++) {
      const key = keys[i] as string;
      const value = v[key];
      if (value === undefined) {
        const mode = absent[i];
        if (mode === SKIP) continue;
        if (mode !== DEFAULT) return NOT_SURE;
        // zod's `defaultValue` getter gives a new copy each time.
        out[key] = internals(schemas[i] as z.ZodMiniType).def.defaultValue;
        continue;
      }
      if (!hasOwn(v, key)) return NOT_SURE;
      present++;
      const walked = (walks[i] as Walk)(value);
      if (walked === NOT_SURE || walked === undefined) return NOT_SURE;
      out[key] = walked;
    }
    let seen = 0;
    for (const _key in v) seen++;
    return seen === present ? out : NOT_SURE;
  };
}

const compiled = new WeakMap<z.ZodMiniType, Walk>();

/** Compiles a schema into a walk, once per schema (so a shared schema shares what it remembers). */
function compile(schema: z.ZodMiniType): Walk {
  let walk = compiled.get(schema);
  if (!walk) {
    walk = compileNew(schema);
    compiled.set(schema, walk);
  }
  return walk;
}

/** A discriminated union as a map from the discriminator's literal to its option, if every option allows that. */
function byDiscriminator(options: z.ZodMiniType[], discriminator: string): Map<unknown, Walk> | undefined {
  const map = new Map<unknown, Walk>();
  for (const option of options) {
    const { def } = internals(option);
    const field = def.type === 'object' ? def.shape?.[discriminator] : undefined;
    const values = field && internals(field).def.type === 'literal' ? internals(field).values : undefined;
    if (!(values instanceof Set)) return undefined;
    for (const value of values) {
      if (map.has(value)) return undefined;
      map.set(value, compile(option));
    }
  }
  return map;
}

/** Compiles a schema into a walk; anything the walk does not know is left to zod as a leaf. */
function compileNew(schema: z.ZodMiniType): Walk {
  const { def } = internals(schema);
  switch (def.type) {
    case 'object': {
      const catchall = def.catchall && internals(def.catchall).def.type;
      if (catchall !== 'never' || def.checks?.length || !def.shape) return leaf(schema);
      return strictObject(def.shape);
    }
    case 'array': {
      if (def.checks?.length || !def.element) return leaf(schema);
      const element = compile(def.element);
      return (v) => {
        if (!Array.isArray(v)) return NOT_SURE;
        const out: unknown[] = [];
        for (let i = 0; i < v.length; i++) {
          // A hole or an `undefined` element is left to zod.
          const item: unknown = v[i];
          if (item === undefined) return NOT_SURE;
          const walked = element(item);
          if (walked === NOT_SURE || walked === undefined) return NOT_SURE;
          out.push(walked);
        }
        return out;
      };
    }
    case 'optional': {
      if (def.checks?.length || !def.innerType) return leaf(schema);
      const inner = compile(def.innerType);
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case 'default': {
      if (def.checks?.length || !def.innerType) return leaf(schema);
      const inner = compile(def.innerType);
      // zod's `defaultValue` getter gives a new copy each time.
      return (v) => (v === undefined ? def.defaultValue : inner(v));
    }
    case 'union': {
      if (def.checks?.length || !def.options) return leaf(schema);
      // A discriminated union: zod takes the one option whose literal the value has, and only
      // that option can accept it.
      if (def.discriminator !== undefined) {
        const map = byDiscriminator(def.options, def.discriminator);
        if (!map) return leaf(schema);
        const key = def.discriminator;
        return (v) => {
          if (!isPlainObject(v)) return NOT_SURE;
          const walk = map.get(v[key]);
          return walk ? walk(v) : NOT_SURE;
        };
      }
      // A plain union: zod answers with the first option that accepts the value. The walk may
      // pass over an option it is not sure of, so each earlier option must surely reject the
      // value: by its type, or else by zod itself.
      const options = def.options.map(compile);
      const rejects = def.options.map(surelyRejects);
      const runs = def.options.map((o) => internals(o));
      return (v) => {
        for (let i = 0; i < options.length; i++) {
          const walked = (options[i] as Walk)(v);
          if (walked === NOT_SURE) continue;
          for (let j = 0; j < i; j++) {
            if ((rejects[j] as (v: unknown) => boolean)(v)) continue;
            const earlier = (runs[j] as Internals).run({ value: v, issues: [] }, CONTEXT);
            if (earlier instanceof Promise || earlier.issues.length === 0) return NOT_SURE;
          }
          return walked;
        }
        return NOT_SURE;
      };
    }
    default:
      return leaf(schema);
  }
}

/**
 * zod's output for `input` if the fast path is sure `schema` accepts it, otherwise
 * {@link NOT_SURE}. Compiles the schema on first use.
 * @internal
 */
export function fastParse(schema: z.ZodMiniType, input: unknown): unknown {
  return compile(schema)(input);
}

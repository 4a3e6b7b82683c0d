/**
 * The fast path of {@link parsePlan} (issue 17): a validator compiled once, at first use, from the
 * very zod schema of the plan (`Plan`), that gives zod's own output for a valid document — the
 * same values, new objects and arrays, the keys in the schema's order, the defaults filled in —
 * in about a third of zod's time. It never reports problems: on anything it is not sure of it
 * answers {@link NOT_SURE}, and `parsePlan` asks zod, whose issues it reports as before.
 *
 * Why compiled from the zod schema and not generated code (ajv's standalone code from
 * `plan.schema.json`): built from the schema at load time it cannot drift from it, so there is no
 * generated file to keep in sync, and it adds about 1 KB (min+gzip) to the lazy plan-parser chunk
 * instead of the tens of KB of a generated validator. Leaves (strings, numbers, …) are checked by
 * zod itself (`_zod.run`), so every format, pattern and refinement is zod's; only the containers
 * (strict objects, arrays, optional, default, unions), where zod spends its time, are walked here.
 * @module
 */
import type * as z from 'zod/mini';

/** The answer when the fast path cannot vouch for the document: zod decides. */
export const NOT_SURE: unique symbol = Symbol('not sure');

type Walk = (value: unknown) => unknown;

/** The internals of a zod 4 schema that the walk reads. */
interface Internals {
  def: {
    type: string;
    shape?: Record<string, z.ZodMiniType>;
    catchall?: z.ZodMiniType;
    element?: z.ZodMiniType;
    innerType?: z.ZodMiniType;
    options?: z.ZodMiniType[];
    checks?: unknown[];
    defaultValue?: unknown;
    discriminator?: string;
  };
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

/** A leaf checked by zod itself; the strings and numbers it accepted are remembered. */
function leaf(schema: z.ZodMiniType): Walk {
  const zod = internals(schema);
  const { type, checks } = zod.def;
  if (type === 'boolean' && !checks?.length) return (v) => (typeof v === 'boolean' ? v : NOT_SURE);
  // Strings always ask zod: a string schema's own format (a date, a URL) is not among its checks.
  const run: Walk = (v) => {
    const out = zod.run({ value: v, issues: [] }, CONTEXT);
    if (out instanceof Promise || out.issues.length > 0) return NOT_SURE;
    return out.value;
  };
  if (type !== 'string' && type !== 'number') return run;
  // A string's or number's answer depends on the value alone; a schema that changes its input
  // (a trim, say) is not remembered. Dates and ids repeat all through a plan.
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

/** A strict object: no other keys; the output in the shape's order, as zod builds it. */
function strictObject(shape: Record<string, z.ZodMiniType>): Walk {
  const fields = Object.keys(shape).map((key) => {
    const schema = shape[key] as z.ZodMiniType;
    const { type, checks } = internals(schema).def;
    const absent = type === 'optional' ? 'skip' : type === 'default' && !checks?.length ? 'default' : 'zod';
    return { key, schema, walk: compile(schema), absent };
  });
  return (v) => {
    if (!isPlainObject(v)) return NOT_SURE;
    const out: Record<string, unknown> = {};
    // Own keys with a value that the shape names; if they are all the object's keys, it has no
    // other key (which zod's strict object would reject) and no key set to `undefined`.
    let present = 0;
    for (const { key, schema, walk, absent } of fields) {
      const value = v[key];
      if (value === undefined) {
        if (absent === 'skip') continue;
        if (absent !== 'default') return NOT_SURE;
        // zod's `defaultValue` getter gives a new copy each time.
        out[key] = internals(schema).def.defaultValue;
        continue;
      }
      if (!hasOwn(v, key)) return NOT_SURE;
      present++;
      const walked = walk(value);
      if (walked === NOT_SURE || walked === undefined) return NOT_SURE;
      out[key] = walked;
    }
    return Object.keys(v).length === present ? out : NOT_SURE;
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
          if (!(i in v)) return NOT_SURE;
          const walked = element(v[i]);
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
      const options = def.options.map(compile);
      // A discriminated union: zod takes the one option whose literal the value has, and only
      // that option can accept it.
      if (def.discriminator !== undefined) {
        return (v) => {
          for (const option of options) {
            const walked = option(v);
            if (walked !== NOT_SURE) return walked;
          }
          return NOT_SURE;
        };
      }
      // A plain union: zod answers with the first option that accepts the value. The walk may
      // pass over an option it is not sure of, so zod confirms that each earlier option rejects.
      const runs = def.options.map((o) => internals(o));
      return (v) => {
        for (let i = 0; i < options.length; i++) {
          const walked = (options[i] as Walk)(v);
          if (walked === NOT_SURE) continue;
          for (let j = 0; j < i; j++) {
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

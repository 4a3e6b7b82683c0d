/**
 * The custom-elements manifest as Storybook's tables read it.
 *
 * Storybook keys an element's argTypes by name — properties, attributes, events, slots, CSS
 * properties, then CSS parts, each later one replacing an earlier one of the same name — so the
 * part `label` of `<asf-progress>` hid the attribute `label` (its type, its control) and the part
 * `indicator` hid the attribute `indicator`. Here parts are named as a stylesheet selects them,
 * `::part(label)`, which no attribute, property or event can be called; the manifest itself keeps
 * the plain names (custom-elements.json is read by editors and the framework declarations too).
 * Checked by scripts/test/manifest-storybook.test.mjs with Storybook's own argTypes extraction.
 */
interface Named {
  name: string;
}
interface Declaration {
  customElement?: boolean;
  cssParts?: Named[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

export function forStorybook<T extends Manifest>(manifest: T): T {
  return {
    ...manifest,
    modules: manifest.modules?.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) =>
        d.customElement && d.cssParts
          ? { ...d, cssParts: d.cssParts.map((p) => ({ ...p, name: `::part(${p.name})` })) }
          : d,
      ),
    })),
  };
}

/** An argType as Storybook's custom-elements extraction makes it (the fields read here). */
export interface ArgType {
  description?: string;
  control?: unknown;
  type?: { name?: string };
  table?: { category?: string; type?: { summary?: string } };
  [key: string]: unknown;
}

/** Categories whose rows a story's args cannot set: the manifest types them `void`, which Storybook shows as a "Set object" control. */
const NOT_ARGS = new Set(['css custom properties', 'css shadow parts', 'events']);

/**
 * The controls an attribute's manifest entry asks for: a number control where the type admits
 * a number (`number | string`: the attribute also reads its text), a date control where the
 * description says the value is a `YYYY-MM-DD` date, and none for CSS custom properties, parts
 * and events (nothing a story's args set). Story-level argTypes still win over these.
 */
export function withControls<T extends Record<string, ArgType>>(argTypes: T | null | undefined): T | null | undefined {
  if (!argTypes) return argTypes;
  const out: Record<string, ArgType> = {};
  for (const [name, row] of Object.entries(argTypes)) {
    const category = row.table?.category ?? '';
    const type = row.table?.type?.summary ?? '';
    if (NOT_ARGS.has(category)) out[name] = { ...row, control: false };
    else if ((category === 'attributes' || category === 'properties') && /YYYY-MM-DD/.test(row.description ?? ''))
      out[name] = { ...row, control: 'date' };
    else if ((category === 'attributes' || category === 'properties') && /\bnumber\b/.test(type))
      out[name] = { ...row, type: { ...row.type, name: 'number' }, control: 'number' };
    else out[name] = row;
  }
  return out as T;
}

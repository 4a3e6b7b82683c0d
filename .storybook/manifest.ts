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
        d.customElement && d.cssParts ? { ...d, cssParts: d.cssParts.map((p) => ({ ...p, name: `::part(${p.name})` })) } : d,
      ),
    })),
  };
}

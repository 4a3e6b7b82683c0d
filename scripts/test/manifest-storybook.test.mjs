// Storybook's tables and controls come from custom-elements.json through Storybook's own
// argTypes extraction, which keys everything by name: a CSS part called like an attribute hid
// the attribute (`label` and `indicator` of <asf-progress>). With the manifest as
// .storybook/preview.ts gives it (forStorybook), every attribute, property and event of every
// element keeps its own row. Runs after `npm run build`, with Storybook's real extraction.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { forStorybook } from '../../.storybook/manifest.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/custom-elements.json'), 'utf8'));
// The extraction reads the manifest from the global that setCustomElementsManifest writes.
globalThis.window ??= globalThis;
const { parameters } = await import('@storybook/web-components/entry-preview-argtypes');
const extract = (m, tag) => {
  globalThis.__STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__ = m;
  return parameters.docs.extractArgTypes(tag);
};
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement));

describe('the manifest in Storybook', () => {
  it('shows the attributes label and indicator of <asf-progress> as attributes (they were hidden by parts)', () => {
    const args = extract(forStorybook(manifest), 'asf-progress');
    assert.equal(args.label.table.category, 'attributes');
    assert.equal(args.indicator.table.category, 'attributes');
    assert.equal(args['::part(label)'].table.category, 'css shadow parts');
  });

  for (const d of elements) {
    it(`keeps every input of <${d.tagName}> in its own row, and lists every part`, () => {
      const args = extract(forStorybook(manifest), d.tagName);
      for (const a of d.attributes ?? [])
        assert.equal(args[a.name]?.table.category, 'attributes', `attribute ${a.name}`);
      for (const e of d.events ?? []) assert.equal(args[e.name]?.table.category, 'events', `event ${e.name}`);
      for (const p of d.cssParts ?? [])
        assert.equal(args[`::part(${p.name})`]?.table.category, 'css shadow parts', `part ${p.name}`);
      for (const p of d.cssProperties ?? [])
        assert.equal(args[p.name]?.table.category, 'css custom properties', `CSS property ${p.name}`);
    });
  }
});

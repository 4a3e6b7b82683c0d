// The custom-elements manifest (custom-elements.json) is generated from the elements' JSDoc.
// Storybook reads it for controls and docs; editors read it for completion; the JSX, Vue and
// Solid declarations (dist/types/frameworks/) are generated from it (scripts/framework-types.mjs).
// scripts/test/manifest.test.mjs checks it against the elements themselves.
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementSolidJsPlugin } from 'custom-element-solidjs-integration';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the framework declarations go: beside the elements' own .d.ts files, which they import. */
const FRAMEWORKS = 'dist/types/frameworks';
/** Every type the declarations name (elements, events, their value types) comes from the package's index. */
const INDEX = '../index.js';

/**
 * Events come from the `@fires {Type} name - description` tags only.
 *
 * The analyzer also reads every `this.dispatchEvent(new SomeEvent(arg))` and makes an event of
 * it: without a name when the constructor's first argument is not a string literal, and named
 * after the argument when it is an identifier (`new AsfStatusFilterChangeEvent(next)` became an
 * event `next`). Those have no description; the documented events always have one. Dropping them
 * leaves the documented list, which the manifest test compares with the events the source
 * dispatches, so an undocumented event still fails a test.
 */
function documentedEventsOnly() {
  return {
    name: 'asf-documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || !declaration.events) continue;
          declaration.events = declaration.events.filter((event) => event.name && event.description);
        }
      }
    },
  };
}

/**
 * ARIA attributes that `<asf-progress>` observes to follow its accessible name are the global
 * ARIA attributes of every element, not attributes of its own (they have no property): left out,
 * so that the framework declarations do not type them as a property of the element.
 */
function withoutGlobalAriaAttributes() {
  return {
    name: 'asf-without-global-aria-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || !declaration.attributes) continue;
          declaration.attributes = declaration.attributes.filter((a) => a.fieldName || !/^aria-/.test(a.name));
        }
      }
    },
  };
}

/**
 * `<asf-progress>` extends a small base class of this package (shared/lite-element.ts) instead
 * of LitElement, whose members the analyzer never lists (it is not in the package): the base's
 * members (`hasUpdated`, `updateComplete`, `addController`, …) are left out the same way, so
 * that the element lists its own API and the framework declarations do not type them as props.
 */
function withoutBaseClassMembers() {
  return {
    name: 'asf-without-base-class-members',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement || !declaration.members) continue;
          declaration.members = declaration.members.filter((m) => m.inheritedFrom?.name !== 'LiteElement');
        }
      }
    },
  };
}

/**
 * Fits the generators' output to this package (runs after them):
 * - the events are `Event` subclasses with their own fields (`event.statusFilter`), not
 *   `CustomEvent`s with a `detail`: `CustomEvent<AsfXEvent>` becomes `AsfXEvent`;
 * - the JSX types go to `jsx.d.ts` without the augmentations of a dozen JSX modules (a consumer
 *   without one of them installed could not compile them); `react.d.ts` and `preact.d.ts` each
 *   augment their own framework, and `solid.d.ts` augments `solid-js`;
 * - `vue.d.ts` adds the elements to Vue's `GlobalComponents` only (not to the global JSX, where
 *   they would clash with React's).
 */
function frameworkEntryPoints() {
  const file = (name) => join(FRAMEWORKS, name);
  const edit = (name, change) => writeFileSync(file(name), change(readFileSync(file(name), 'utf8')));
  const withoutAugmentations = (text) => text.replace(/\ndeclare (?:module "[^"]+"|global) \{\n[\s\S]*?\n\}\n/g, '\n');
  // The generator's usage comment names a placeholder module; name the real subpath instead.
  const realPaths = (text) =>
    text
      .replaceAll('path/to/library/jsx-integration', '@asf-kit/elements/frameworks/jsx')
      .replaceAll('my-app/solid', '@asf-kit/elements/frameworks/solid');
  const header = (framework, use = `import type {} from '@asf-kit/elements/frameworks/${framework.toLowerCase()}';`) =>
    `// Generated from custom-elements.json (packages/elements/custom-elements-manifest.config.mjs). Do not edit.\n` +
    `// Types <asf-*> for ${framework}: ${use}\n`;
  const jsxModule = (module) =>
    `${header(module === 'react' ? 'React' : 'Preact')}import type { CustomElements, CustomCssProperties } from './jsx.js';\n\n` +
    `declare module '${module}' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n` +
    `  interface CSSProperties extends CustomCssProperties {}\n}\n`;
  // The generators import the exports of the classes' modules; the declarations also name the
  // event classes. Import instead every name of the package's index that a file uses.
  const exported = [...readFileSync('dist/types/index.d.ts', 'utf8').matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap(
    (m) =>
      m[1]
        .split(',')
        .map((n) => n.trim().replace(/^type\s+/, ''))
        .filter(Boolean),
  );
  const importsFromIndex = (text) => {
    const body = text.replace(/^import type \{[^}]*\} from "\.\.\/index\.js";\n/gm, '');
    const used = exported.filter((name) => new RegExp(`\\b${name}\\b`).test(body));
    return `import type { ${used.join(', ')} } from '${INDEX}';\n${body}`;
  };
  const typedEvents = (text) => importsFromIndex(text.replace(/CustomEvent<(Asf\w+Event)>/g, '$1'));
  // Vue (and vue-tsc) camelize a component's props and listeners: `as-of` is checked as `asOf`,
  // `@asf-sort-change` as `onAsfSortChange`. Either spelling works in a template then.
  const camel = (kebab) => kebab.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  const vueProps = (text) =>
    text
      .replace(/"on(asf(?:-[a-z]+)+)"\?:/g, (_, event) => `on${camel(event).replace(/^a/, 'A')}?:`)
      .replace(/"([a-z]+(?:-[a-z]+)+)"\?:/g, (_, name) => `${camel(name)}?:`);
  return {
    name: 'asf-framework-entry-points',
    packageLinkPhase() {
      edit(
        'jsx.d.ts',
        (text) =>
          header('React 19 and Preact', 'import react.js or preact.js of this folder, not this file.') +
          withoutAugmentations(realPaths(typedEvents(text))),
      );
      writeFileSync(file('react.d.ts'), jsxModule('react'));
      writeFileSync(file('preact.d.ts'), jsxModule('preact'));
      edit(
        'vue.d.ts',
        (text) => header('Vue') + vueProps(typedEvents(text)).replace(/\ndeclare global \{\n[\s\S]*?\n\}\n/g, '\n'),
      );
      edit(
        'solid.d.ts',
        (text) =>
          header('Solid') +
          realPaths(typedEvents(text)) +
          `\ndeclare module 'solid-js' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`,
      );
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/all.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [
    documentedEventsOnly(),
    withoutGlobalAriaAttributes(),
    withoutBaseClassMembers(),
    // React 19 and Preact (JSX: attributes, properties, `onasf-…` events): see frameworks/README.md.
    jsxTypesPlugin({ outdir: FRAMEWORKS, fileName: 'jsx.d.ts', globalTypePath: INDEX, stronglyTypedEvents: true }),
    customElementVuejsPlugin({ outdir: FRAMEWORKS, fileName: 'vue.d.ts', globalTypePath: INDEX, hideLogs: true }),
    customElementSolidJsPlugin({ outdir: FRAMEWORKS, fileName: 'solid.d.ts', globalTypePath: INDEX, hideLogs: true }),
    frameworkEntryPoints(),
  ],
};

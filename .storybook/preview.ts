import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/elements/custom-elements.json';
import { forStorybook } from './manifest.js';

// Controls and docs come from the elements' JSDoc, via the generated manifest (parts renamed
// `::part(name)` so that none hides an attribute of the same name: see manifest.ts).
setCustomElementsManifest(forStorybook(manifest));

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
  globalTypes: {
    lang: {
      description: 'Språk / language',
      toolbar: { icon: 'globe', items: [{ value: 'sv', title: 'Svenska' }, { value: 'en', title: 'English' }] },
    },
  },
  initialGlobals: { lang: 'sv' },
  decorators: [
    (story, context) => {
      document.documentElement.lang = (context.globals.lang as string) ?? 'sv';
      return story();
    },
  ],
};
export default preview;

import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { parameters as fromManifest } from '@storybook/web-components/entry-preview-argtypes';
import { html } from 'lit';
import manifest from '../packages/elements/custom-elements.json';
import { forStorybook, withControls } from './manifest.js';

// Controls and docs come from the elements' JSDoc, via the generated manifest (parts renamed
// `::part(name)` so that none hides an attribute of the same name: see manifest.ts), with
// number and date controls where the manifest says so and no control on parts, CSS custom
// properties and events.
setCustomElementsManifest(forStorybook(manifest));

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: {
      extractArgTypes: (component: string) => withControls(fromManifest.docs.extractArgTypes(component)),
    },
  },
  globalTypes: {
    lang: {
      description: 'Språk / language',
      toolbar: {
        icon: 'globe',
        items: [
          { value: 'sv', title: 'Svenska' },
          { value: 'en', title: 'English' },
        ],
      },
    },
  },
  initialGlobals: { lang: 'sv' },
  decorators: [
    (story, context) => {
      const lang = (context.globals.lang as string) ?? 'sv';
      document.documentElement.lang = lang;
      // Docs pages put every story inside Storybook's own `lang="en"` (its chrome is English),
      // which the elements would follow: the wrapper gives them the toolbar's language instead,
      // on the canvas and in docs alike.
      return html`<div class="asf-story" lang=${lang}>${story()}</div>`;
    },
  ],
};
export default preview;

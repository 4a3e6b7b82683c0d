// @storybook/web-components ships no type declarations for this entry point; this is the one
// export that preview.ts uses (it reads the custom-elements manifest into Storybook's arg types).
declare module '@storybook/web-components/entry-preview-argtypes' {
  import type { ArgType } from './manifest.js';
  export const parameters: {
    docs: { extractArgTypes: (tagName: string) => Record<string, ArgType> | null | undefined };
  };
}

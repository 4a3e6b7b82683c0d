import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs: [{ from: '../examples/plans', to: '/plans' }],
  core: { disableTelemetry: true },
  viteFinal(viteConfig) {
    // Stories use the packages' source, so a designer sees changes without a build.
    viteConfig.resolve ??= {};
    viteConfig.resolve.alias = {
      ...(viteConfig.resolve.alias as Record<string, string> | undefined),
      '@asf-kit/core': fileURLToPath(new URL('../packages/core/src/index.ts', import.meta.url)),
      '@asf-kit/elements': fileURLToPath(new URL('../packages/elements/src', import.meta.url)),
    };
    return viteConfig;
  },
};
export default config;

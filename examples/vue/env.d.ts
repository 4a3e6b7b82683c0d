// Single-file components, for TypeScript outside vue-tsc (vue-tsc checks them itself).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}

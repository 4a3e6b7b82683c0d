// The DOM shim of @lit-labs/ssr on the server, before any element module loads: LitElement
// brings it itself (its Node build), but `<asf-progress>` extends `HTMLElement` through a small
// base class (shared/lite-element.ts) and needs the shim's `HTMLElement` (with attributes) as a
// global. Imported first by ssr.ts; a no-op where a DOM is present.
import { HTMLElement as ShimElement, customElements as shimRegistry } from '@lit-labs/ssr-dom-shim';

const g = globalThis as { HTMLElement?: unknown; customElements?: unknown };
g.HTMLElement ??= ShimElement;
g.customElements ??= shimRegistry;

// Every element, with Lit's hydration support loaded first: the script for pages whose elements
// were rendered on the server (`@asf-kit/elements/ssr.js`). Each element then takes over the
// declarative shadow root the server wrote, without rendering it again. Published as
// `@asf-kit/elements/ssr/asf-kit-ssr.js` and, bundled with Lit, as the CDN file
// `cdn/asf-kit-ssr.js`.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { enableHydration } from '../shared/lite-element.js';
import { loadPlanParser } from '../shared/plan-controller.js';

// <asf-progress> is built on a small base class, not LitElement: it hydrates through the same
// `hydrate` of @lit-labs/ssr-client (before any gauge is defined; a gauge loads its lazy parts
// itself before it takes over the server's shadow root).
enableHydration(hydrate);

// The plan parser before the elements: an element that hydrates a plan rendered on the server
// (read from its inline JSON) is then ready in its first update, as it was on the server, and
// takes over the server's view instead of replacing it with "Laddar…".
await loadPlanParser();
await import('../all.js');

// Every element, with Lit's hydration support loaded first: the script for pages whose elements
// were rendered on the server (`@asf-kit/elements/ssr.js`). Each element then takes over the
// declarative shadow root the server wrote, without rendering it again. Published as
// `@asf-kit/elements/ssr/asf-kit-ssr.js` and, bundled with Lit, as the CDN file
// `cdn/asf-kit-ssr.js`.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../all.js';

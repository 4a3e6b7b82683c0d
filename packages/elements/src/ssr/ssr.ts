/**
 * Server-side rendering of the asf-kit elements, for Node servers and static site generators
 * (Express, Astro, Eleventy, the `asf-kit report` command): `@asf-kit/elements/ssr.js`.
 *
 * Every element renders to declarative shadow DOM with its real content (figures, the geometry
 * of bars and rings as SVG attributes, statuses, rows, marks) in the language asked for, so that
 * a page says everything before, and without, JavaScript. Under a strict Content-Security-Policy
 * (`default-src 'self'`), which blocks `<style>` elements and style attributes, each shadow root
 * links its element's stylesheet instead (`stylesheets`); in the browser the elements go on
 * using constructed stylesheets, which the policy allows.
 *
 * Needs `@lit-labs/ssr` beside `@asf-kit/elements` (an optional peer dependency: pages that
 * only run the elements in the browser never install it).
 *
 * @example
 * import { html, renderToString, inlinePlan } from '@asf-kit/elements/ssr.js';
 * const page = await renderToString(
 *   html`<asf-scorecard .plan=${plan} as-of="2018-12-31">${inlinePlan(plan)}</asf-scorecard>`,
 *   { lang: 'en', stylesheets: '/assets/asf-kit/' },
 * );
 * @module
 */
import './dom-shim.js';
import { ElementRenderer, LitElementRenderer, render, type RenderInfo } from '@lit-labs/ssr';
import { renderValue } from '@lit-labs/ssr/lib/render-value.js';
import { html, type CSSResultOrNative } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { toLanguage, type Language } from '@asf-kit/core';
import { serverLanguages } from '../shared/lang.js';
import { loadPlanParser } from '../shared/plan-controller.js';
import { LiteElement } from '../shared/lite-element.js';
import { loadProgressParts } from '../progress/progress.js';
import '../all.js';

// The gauge's stylesheet holds the styles of its lazy parts once they are loaded (a browser
// adopts them when they arrive); on the server they are loaded with this module, so that
// elementStylesheets() and every render give the same, complete stylesheet.
await loadProgressParts();

export { html };

/** The elements this package defines, in the order their stylesheets are listed. */
export const ELEMENT_TAGS = [
  'asf-progress',
  'asf-scorecard',
  'asf-activity-table',
  'asf-responsibility-matrix',
  'asf-eligibility-check',
] as const;
export type ElementTag = (typeof ELEMENT_TAGS)[number];

/** Options of `renderToString`. */
export interface RenderOptions {
  /**
   * The language of the page the HTML goes into (`sv`, the default, or `en`): the elements speak
   * it where they have no `lang` attribute of their own.
   */
  lang?: Language;
  /**
   * Where the elements' stylesheets are served: a base URL (`'/assets/asf-kit/'`, to which
   * `asf-progress.css` and so on are added) or a function from the tag name to the URL. Each
   * shadow root then links its stylesheet (`<link rel="stylesheet">`), which a strict
   * Content-Security-Policy allows. Write the files with `elementStylesheets()`, or serve
   * `@asf-kit/elements/css/`. Without this option the styles are put in a `<style>` element in
   * each shadow root, which works everywhere except under a policy that blocks inline styles.
   */
  stylesheets?: string | ((tag: ElementTag) => string);
}

/** The CSS of an element's `static styles`, as one stylesheet. */
function cssOf(tag: string): string {
  const ctor = customElements.get(tag) as unknown as { elementStyles?: CSSResultOrNative[] } | undefined;
  if (!ctor) throw new Error(`${tag} is not defined`);
  return (ctor.elementStyles ?? []).map((s) => ('cssText' in s ? s.cssText : '')).join('\n');
}

/**
 * The stylesheet of every element, by file name (`asf-progress.css` → its CSS): what a server
 * serves at the `stylesheets` URL. The same files are in the package, in `dist/css/`.
 */
export function elementStylesheets(): Record<`${ElementTag}.css`, string> {
  return Object.fromEntries(ELEMENT_TAGS.map((tag) => [`${tag}.css`, `${cssOf(tag).trim()}\n`])) as Record<
    `${ElementTag}.css`,
    string
  >;
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The settings of the render under way (rendering is synchronous per element: see below). */
let current: { lang: Language; href?: (tag: ElementTag) => string } = { lang: 'sv' };

/**
 * Renders asf-kit elements: in the language of the page (or of the enclosing element), and with
 * a linked stylesheet instead of a `<style>` element when `stylesheets` is given.
 */
class AsfElementRenderer extends LitElementRenderer {
  // @lit-labs/ssr passes the tag name too (its declaration names only the class).
  static override matchesClass(ctor: typeof HTMLElement, tagName?: string): boolean {
    return (ELEMENT_TAGS as readonly string[]).includes(tagName ?? '') && LitElementRenderer.matchesClass(ctor);
  }

  override connectedCallback(): void {
    if (this.element) serverLanguages.set(this.element, current.lang);
    super.connectedCallback();
  }

  override renderShadow(renderInfo: RenderInfo): ReturnType<LitElementRenderer['renderShadow']> {
    return renderShadowOf(this.tagName, this.element as unknown as { render(): unknown }, renderInfo);
  }
}

/** The shadow root of an element: its styles (linked, or in a <style> element), then its template. */
function renderShadowOf(tag: string, element: { render(): unknown }, renderInfo: RenderInfo) {
  const settings = current;
  const styles = settings.href
    ? // LitElementRenderer would put the styles in a <style> element; link them instead.
      `<link rel="stylesheet" href="${escapeAttribute(settings.href(tag as ElementTag))}">`
    : `<style>${cssOf(tag)}</style>`;
  return [styles, () => withSettings(settings, () => renderValue(element.render(), renderInfo))];
}

/**
 * Renders `<asf-progress>`, which is built on a small base class instead of LitElement (see
 * shared/lite-element.ts): what `LitElementRenderer` does for a LitElement — attributes to
 * properties, `willUpdate` and reflected attributes, then the template — through the base's
 * own methods.
 */
class AsfLiteRenderer extends ElementRenderer {
  override element: LiteElement;

  static override matchesClass(ctor: typeof HTMLElement, tagName?: string): boolean {
    return (ELEMENT_TAGS as readonly string[]).includes(tagName ?? '') && ctor.prototype instanceof LiteElement;
  }

  constructor(tagName: string) {
    super(tagName);
    this.element = new (customElements.get(tagName) as unknown as new () => LiteElement)();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    this.element.attributeChangedCallback(name, old, value);
  }

  override connectedCallback(): void {
    serverLanguages.set(this.element, current.lang);
    this.element.prepareServerRender();
  }

  override renderShadow(renderInfo: RenderInfo): ReturnType<LitElementRenderer['renderShadow']> {
    return renderShadowOf(this.tagName, this.element, renderInfo);
  }
}

function withSettings<T>(settings: typeof current, run: () => T): T {
  const previous = current;
  current = settings;
  try {
    return run();
  } finally {
    current = previous;
  }
}

/**
 * A plan as an inline child `<script type="application/json">` of an element: the browser never
 * runs it (a strict policy allows it), and the element reads its plan from it when it upgrades,
 * so that an element rendered on the server from a plan object does not fetch the plan again.
 * `<` is escaped, so no text of the plan can end the script.
 */
export function inlinePlan(plan: unknown): ReturnType<typeof unsafeHTML> {
  const json = JSON.stringify(plan)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return unsafeHTML(`<script type="application/json">${json}</script>`);
}

/**
 * Renders a Lit template with asf-kit elements to HTML: each element as declarative shadow DOM
 * with its content, ready to hydrate in the browser (load `@asf-kit/elements/cdn/asf-kit-ssr.js`,
 * which adds Lit's hydration support). Give the data as properties (`.plan=${plan}`) or
 * attributes (`value="28"`); a plan as a property is rendered at once. Elements that would
 * have to fetch (`src`) render their loading state and fetch in the browser.
 *
 * @example
 * app.get('/uppfoljning', async (req, res) => {
 *   res.send(await renderToString(html`<asf-progress .plan=${plan} indicator="asf-antal"></asf-progress>`, {
 *     lang: 'sv', stylesheets: '/asf-kit/css/',
 *   }));
 * });
 */
export async function renderToString(template: unknown, options: RenderOptions = {}): Promise<string> {
  const { stylesheets } = options;
  const href =
    typeof stylesheets === 'function'
      ? stylesheets
      : typeof stylesheets === 'string'
        ? (tag: ElementTag) => `${stylesheets.endsWith('/') ? stylesheets : `${stylesheets}/`}${tag}.css`
        : undefined;
  const settings = { lang: toLanguage(options.lang), ...(href ? { href } : {}) };
  // A plan or an indicator object is checked by the plan parser, which the elements load on
  // demand, and the gauge's figures are in a lazy part: loaded first, each element's view is
  // complete when rendered.
  await Promise.all([loadPlanParser(), loadProgressParts()]);
  // The result is an iterator of thunks that render an element when they are pulled: keep this
  // render's settings while pulling, and restore the previous ones between awaits, so that
  // renders of different requests never see each other's language.
  const result = render(template, { elementRenderers: [AsfElementRenderer, AsfLiteRenderer, LitElementRenderer] });
  const pulled: string[] = [];
  const pull = async (iterable: Iterable<string | Promise<unknown>>): Promise<void> => {
    const iterator = iterable[Symbol.iterator]();
    for (;;) {
      const step = withSettings(settings, () => iterator.next());
      if (step.done) return;
      const value = step.value;
      if (typeof value === 'string') pulled.push(value);
      else {
        const inner = await value;
        if (typeof inner === 'string') pulled.push(inner);
        else await pull(inner as Iterable<string | Promise<unknown>>);
      }
    }
  };
  await pull(result);
  return pulled.join('');
}

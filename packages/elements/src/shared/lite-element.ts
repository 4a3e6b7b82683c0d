/**
 * A small base class for an element rendered with lit-html, for `<asf-progress>`: what a gauge
 * on a page needs of Lit's `ReactiveElement` and `LitElement` and nothing more, so that a page
 * showing one gauge downloads ≈ 2 KB less (bench/README.md, issue 17).
 *
 * It keeps Lit's contract where the gauge and its users touch it: declared properties with
 * attributes (`@property` below: `attribute`, `type: Boolean`, `converter`, `reflect`), the
 * update cycle (`requestUpdate`, `willUpdate`, `render`, `updated`, `firstUpdated`,
 * `updateComplete`, `hasUpdated`, `isUpdatePending`), reactive controllers (`addController`),
 * `static styles` adopted as constructed stylesheets (no `<style>` element, so a strict
 * Content-Security-Policy allows them), properties set before the element was upgraded, and
 * hydration of a shadow root rendered on the server (with `enableHydration`, as
 * `asf-kit-ssr.js` does; `defer-hydration` is honoured then, as Lit's hydration support does).
 * Not kept: `shouldUpdate`, `hasChanged`, `state`, `noAccessor`, `useDefault`, and any option
 * the gauge does not use.
 *
 * On the server `ssr.js` renders it with its own renderer (`prepareServerRender`, then
 * `render()`), as `@lit-labs/ssr` renders a LitElement.
 * @internal
 * @module
 */
import { render, type RenderOptions, type RootPart } from 'lit/html.js';
import type { CSSResultGroup, CSSResultOrNative } from '@lit/reactive-element/css-tag.js';
import type { PropertyValues, ReactiveController, ReactiveControllerHost } from 'lit';

/** What `@property` takes: the options of Lit's decorator that the gauge uses. */
export interface PropertyOptions {
  /** The attribute's name; `false`: no attribute. Default: the property's name in lower case. */
  attribute?: string | false;
  /** `Boolean`: the attribute's presence is the value. Default: the attribute's text. */
  type?: typeof Boolean | typeof String;
  converter?: {
    fromAttribute?(value: string | null): unknown;
    toAttribute?(value: never): unknown;
  };
  /** Write the property back to its attribute after each change. */
  reflect?: boolean;
}

type Hydrate = (value: unknown, container: ShadowRoot, options: RenderOptions) => void;
let hydrateRoot: Hydrate | undefined;

/**
 * Takes over shadow roots rendered on the server: give it `hydrate` of `@lit-labs/ssr-client`
 * before the elements are defined. Without it, an element renders its shadow root afresh, as
 * a LitElement without Lit's hydration support does.
 */
export function enableHydration(hydrate: Hydrate): void {
  hydrateRoot = hydrate;
}

const DEFER = 'defer-hydration';

// On the server (ssr.js installs the DOM shim's HTMLElement first) and in the browser alike.
const Base: typeof HTMLElement =
  (globalThis as { HTMLElement?: typeof HTMLElement }).HTMLElement ?? (class {} as typeof HTMLElement);

const sheetOf = (s: CSSResultOrNative): CSSStyleSheet => (s instanceof CSSStyleSheet ? s : s.styleSheet!);

/** Declares a reactive property, like Lit's `@property` (legacy decorators, as the package compiles them). */
export function property(options: PropertyOptions = {}) {
  return (proto: LiteElement, name: string): void =>
    (proto.constructor as typeof LiteElement).createProperty(name, options);
}

export abstract class LiteElement extends Base implements ReactiveControllerHost {
  static styles?: CSSResultGroup;
  static shadowRootOptions: ShadowRootInit = { mode: 'open' };
  /** Declared properties and their options (each class its own copy). */
  static elementProperties = new Map<string, PropertyOptions>();
  private static flatStyles?: CSSResultOrNative[];

  /** Declares a property: an accessor that asks for an update when the value changes. */
  static createProperty(name: string, options: PropertyOptions): void {
    if (!Object.prototype.hasOwnProperty.call(this, 'elementProperties'))
      this.elementProperties = new Map(this.elementProperties);
    this.elementProperties.set(name, options);
    const key = Symbol(name);
    Object.defineProperty(this.prototype, name, {
      get(this: Record<symbol, unknown>) {
        return this[key];
      },
      set(this: LiteElement & Record<symbol, unknown>, value: unknown) {
        const old = this[key];
        if (Object.is(old, value)) return;
        this[key] = value;
        this.requestUpdate(name, old);
      },
      configurable: true,
      enumerable: true,
    });
  }

  /**
   * Lit's hook for tools that read `elementProperties` (the manifest test calls it): the
   * properties are declared as the class is defined, so there is nothing left to do.
   */
  static finalize(): void {}

  private static attributeOf(name: string, options: PropertyOptions): string | undefined {
    return options.attribute === false ? undefined : (options.attribute ?? name.toLowerCase());
  }

  static get observedAttributes(): string[] {
    const names = [...this.elementProperties].map(([name, o]) => this.attributeOf(name, o));
    return [...names.filter((n): n is string => !!n), DEFER];
  }

  /** The styles, flattened, as the browser adopts them (and as `ssr.js` writes them). */
  static get elementStyles(): CSSResultOrNative[] {
    if (!Object.prototype.hasOwnProperty.call(this, 'flatStyles'))
      this.flatStyles = [this.styles ?? []].flat(Infinity as 1) as CSSResultOrNative[];
    return this.flatStyles!;
  }

  /** Whether the element has rendered once. */
  hasUpdated = false;
  /** Whether an update is requested and not done yet. */
  isUpdatePending = false;
  /** The shadow root, once connected. */
  renderRoot?: ShadowRoot;
  private changed: PropertyValues = new Map();
  private controllers?: Set<ReactiveController>;
  private saved?: Map<string, unknown>;
  private updating: Promise<boolean>;
  private enable!: (ok: boolean) => void;
  private reflecting?: string;
  private rootPart?: RootPart;
  private hydrating = false;
  /** Whether the shadow root is the server's, whose styles are in it already. */
  private serverRoot = false;

  constructor() {
    super();
    this.updating = new Promise((resolve) => (this.enable = resolve));
    // Properties set on the element before it was upgraded (a framework, a script) win over defaults.
    for (const name of (this.constructor as typeof LiteElement).elementProperties.keys()) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        (this.saved ??= new Map()).set(name, (this as unknown as Record<string, unknown>)[name]);
        delete (this as unknown as Record<string, unknown>)[name];
      }
    }
    this.requestUpdate();
  }

  addController(controller: ReactiveController): void {
    (this.controllers ??= new Set()).add(controller);
    if (this.renderRoot && this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.controllers?.delete(controller);
  }

  connectedCallback(): void {
    // Rendered on the server inside another element: wait until that one has hydrated.
    if (hydrateRoot && this.hasAttribute(DEFER)) return;
    this.renderRoot ??= this.createRenderRoot();
    this.enable(true);
    this.controllers?.forEach((c) => c.hostConnected?.());
    this.rootPart?.setConnected(true);
  }

  disconnectedCallback(): void {
    this.controllers?.forEach((c) => c.hostDisconnected?.());
    this.rootPart?.setConnected(false);
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    if (attribute === DEFER && value === null && hydrateRoot) return this.connectedCallback();
    const ctor = this.constructor as typeof LiteElement;
    for (const [name, options] of ctor.elementProperties) {
      if (ctor.attributeOf(name, options) !== attribute || this.reflecting === name) continue;
      const read = options.converter?.fromAttribute;
      (this as unknown as Record<string, unknown>)[name] = read
        ? read(value)
        : options.type === Boolean
          ? value !== null
          : value;
    }
  }

  private createRenderRoot(): ShadowRoot {
    const root = this.shadowRoot;
    if (root && hydrateRoot) {
      // The server's shadow root keeps its styles (a <style> or a linked stylesheet).
      this.hydrating = this.serverRoot = true;
      return root;
    }
    // A declarative shadow root without hydration support is emptied by attachShadow, as for Lit.
    const fresh = this.attachShadow((this.constructor as typeof LiteElement).shadowRootOptions);
    // Constructed stylesheets, which a strict Content-Security-Policy allows (every browser the
    // elements support has them; Lit's fallback of <style> elements would need a nonce).
    fresh.adoptedStyleSheets = (this.constructor as typeof LiteElement).elementStyles.map(sheetOf);
    return fresh;
  }

  /**
   * Adds stylesheets to the shadow root after it was made, e.g. those of a lazy part when it
   * arrives (each once). A shadow root rendered on the server has every style already.
   */
  protected adoptStyles(styles: readonly CSSResultOrNative[]): void {
    const root = this.renderRoot;
    if (!root || this.serverRoot) return;
    const sheets = styles.map(sheetOf).filter((s) => !root.adoptedStyleSheets.includes(s));
    if (sheets.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
  }

  /** Asks for an update (after the current task); `name` and `old` record a changed property. */
  requestUpdate(name?: string, old?: unknown): void {
    if (name !== undefined && !this.changed.has(name as keyof this)) this.changed.set(name as keyof this, old);
    if (!this.isUpdatePending) this.updating = this.enqueue();
  }

  private async enqueue(): Promise<boolean> {
    this.isUpdatePending = true;
    await this.updating;
    this.performUpdate();
    return !this.isUpdatePending;
  }

  /** Resolves when the element has rendered what it was asked (`true` when no other update is pending). */
  get updateComplete(): Promise<boolean> {
    return this.getUpdateComplete();
  }

  protected getUpdateComplete(): Promise<boolean> {
    return this.updating;
  }

  private restore(): void {
    if (!this.saved) return;
    for (const [name, value] of this.saved) (this as unknown as Record<string, unknown>)[name] = value;
    this.saved = undefined;
  }

  protected performUpdate(): void {
    if (!this.isUpdatePending) return;
    if (!this.hasUpdated) this.restore();
    const changed = this.changed;
    try {
      this.willUpdate(changed);
      this.controllers?.forEach((c) => c.hostUpdate?.());
      this.update(changed);
    } catch (e) {
      this.done();
      throw e;
    }
    this.controllers?.forEach((c) => c.hostUpdated?.());
    if (!this.hasUpdated) {
      this.hasUpdated = true;
      this.firstUpdated(changed);
    }
    this.updated(changed);
  }

  private done(): void {
    this.changed = new Map();
    this.isUpdatePending = false;
  }

  /** Writes reflected properties to their attributes. */
  private reflect(changed: PropertyValues): void {
    const ctor = this.constructor as typeof LiteElement;
    for (const name of changed.keys() as Iterable<string>) {
      const options = ctor.elementProperties.get(name);
      const attribute = options && ctor.attributeOf(name, options);
      if (!options?.reflect || !attribute) continue;
      const value = (this as unknown as Record<string, unknown>)[name];
      const text =
        options.type === Boolean
          ? value
            ? ''
            : null
          : ((options.converter?.toAttribute?.(value as never) ?? value) as string | null | undefined);
      this.reflecting = name;
      if (text === null || text === undefined) this.removeAttribute(attribute);
      else this.setAttribute(attribute, text);
      this.reflecting = undefined;
    }
  }

  protected willUpdate(_changed: PropertyValues): void {}

  /** Reflects attributes and renders `render()` into the shadow root (hydrating the server's, once). */
  protected update(changed: PropertyValues): void {
    const value = this.render();
    this.reflect(changed);
    this.done();
    const options = { host: this, isConnected: this.isConnected };
    if (this.hydrating) {
      this.hydrating = false;
      hydrateRoot!(value, this.renderRoot!, options);
    } else this.rootPart = render(value, this.renderRoot!, options);
  }

  protected firstUpdated(_changed: PropertyValues): void {}

  protected updated(_changed: PropertyValues): void {}

  /** What the shadow root shows. */
  abstract render(): unknown;

  /**
   * For the server renderer of `ssr.js`: what `@lit-labs/ssr` does for a LitElement before it
   * renders it (`willUpdate` and reflected attributes, no DOM).
   * @internal
   */
  prepareServerRender(): void {
    this.restore();
    const changed = this.changed;
    this.willUpdate(changed);
    this.reflect(changed);
    this.done();
  }
}

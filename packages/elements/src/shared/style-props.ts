import { noChange } from 'lit/html.js';
import {
  Directive,
  directive,
  PartType,
  type DirectiveResult,
  type ElementPart,
  type PartInfo,
} from 'lit/directive.js';

type StyleProps = Readonly<Record<string, string | null | undefined>>;

/**
 * Sets CSS properties on an element through the CSSOM (`style.setProperty`), never through
 * a `style` attribute. Under a strict Content-Security-Policy (`style-src 'self'`) browsers
 * block style attributes — including the one Lit's `styleMap` writes on first render — but
 * not the CSSOM. Property names are CSS names: `inline-size`, `--_columns`.
 *
 * @example
 * html`<div part="indicator" ${styleProps({ 'inline-size': '60%' })}></div>`
 */
class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) {
      throw new Error('styleProps() must be bound to an element: <div ${styleProps({ … })}>');
    }
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof noChange {
    const { style } = part.element as HTMLElement;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === null || value === undefined) continue;
      style.setProperty(name, value);
      next.add(name);
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

// The annotation keeps the emitted declaration on `lit/directive.js`: inferred, tsc writes
// `import("lit-html/directive.js")`, a package the elements do not depend on.
export const styleProps: (props: StyleProps) => DirectiveResult<typeof StylePropsDirective> =
  directive(StylePropsDirective);

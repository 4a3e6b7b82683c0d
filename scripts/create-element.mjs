#!/usr/bin/env node
// Scaffolds a new element in the house shape (CONTRIBUTING.md, "An element"):
//
//     npm run create asf-<name>
//
// writes packages/elements/src/<name>/ — the class (<name>.ts) on the shared plan controller,
// view union, problem view, reportOnce and texts; its registration (asf-<name>.ts); its styles
// with forced-colors and print blocks (<name>.styles.ts); its texts, Swedish and English side by
// side (<name>.texts.ts); a browser test with an axe check (<name>.test.ts) — and a story
// (stories/<name>.stories.ts). Then it prints what is left to do by hand.
//
// `--root <dir>` writes into another copy of the repository (the test uses a temporary one).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME = /^asf-[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** `plan-summary` → `PlanSummary`. */
const pascal = (s) =>
  s
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

/** The files of a new element `tag` (asf-<name>), as [path from the repository root, text]. */
export function elementFiles(tag) {
  const name = tag.slice('asf-'.length);
  const cls = `Asf${pascal(name)}`;
  const dir = `packages/elements/src/${name}`;
  return [
    [
      `${dir}/${name}.ts`,
      `import { LitElement, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localizedPart, type Plan } from '@asf-kit/core';
import { baseStyles } from '../shared/base-styles.js';
import { LangController } from '../shared/lang-controller.js';
import { langOfPart } from '../shared/lang.js';
import { PlanController } from '../shared/plan-controller.js';
import { reportOnce } from '../shared/report-once.js';
import { problemOf, renderCommon, viewOfPlan, type CommonView } from '../shared/status-view.js';
import { styles } from './${name}.styles.js';
import { TEXTS } from './${name}.texts.js';

/** What the element shows, derived once per update. */
type View = CommonView | { kind: 'empty' } | { kind: 'ready'; plan: Plan };

/**
 * The title of a plan and how many activities it has. (The scaffold's starting point: replace
 * this with what the element shows, and keep the shape.)
 *
 * @summary Shows a plan's title and number of activities.
 * @tagname ${tag}
 * @csspart base - The wrapper of the view.
 * @csspart title - The plan's title.
 * @csspart count - The number of activities.
 * @csspart empty - The text shown when there is no plan.
 * @csspart loading - The loading message.
 * @csspart error - The error message.
 * @csspart retry - The retry button of a loading error.
 * @fires {AsfErrorEvent} asf-error - The plan could not be loaded or is not valid.
 */
export class ${cls} extends LitElement {
  static override styles = [baseStyles, styles];

  /** URL of a plan JSON file. */
  @property() src = '';

  /** A plan object (instead of \`src\`). Without either, a child \`<script type="application/json">\` is read. */
  @property({ attribute: false }) plan: Plan | undefined;

  private readonly i18n = new LangController(this);
  private readonly data = new PlanController(this, () => ({ src: this.src, plan: this.plan }));
  private view: View = { kind: 'loading' };

  constructor() {
    super();
    reportOnce(this, () => problemOf(this.view));
  }

  protected override willUpdate(): void {
    this.view = viewOfPlan<View>(
      this.data,
      () => ({ kind: 'empty' }),
      (plan) => ({ kind: 'ready', plan }),
    );
  }

  override render(): TemplateResult {
    const lang = this.i18n.lang;
    const v = this.view;
    if (v.kind === 'empty') return html\`<p part="empty">\${TEXTS.noPlan[lang]}</p>\`;
    if (v.kind !== 'ready') return renderCommon(v, lang, () => this.data.retry());
    const title = localizedPart(v.plan.title, lang, v.plan.language ?? 'sv');
    return html\`<section part="base">
      <p part="title" lang=\${ifDefined(langOfPart(title.lang, lang))}>\${title.text}</p>
      <p part="count">\${TEXTS.activities(v.plan.activities.length)[lang]}</p>
    </section>\`;
  }
}
`,
    ],
    [
      `${dir}/asf-${name}.ts`,
      `import { ${cls} } from './${name}.js';

export { ${cls} };

if (!customElements.get('${tag}')) customElements.define('${tag}', ${cls});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${cls};
  }
}
`,
    ],
    [
      `${dir}/${name}.styles.ts`,
      `import { css } from 'lit';
import { statusStyles } from '../shared/status-styles.js';

const own = css\`
  :host {
    display: block;
  }
  [part='base'] {
    border: 1px solid var(--asf-color-border, #767676);
    border-radius: var(--asf-radius-small, 4px);
    padding: 0.75rem 1rem;
    color: var(--asf-color-text, #1b1b1b);
    background: var(--asf-color-surface, #fff);
  }
  [part='title'] {
    margin: 0;
    font-weight: 600;
  }
  [part='count'] {
    margin: 0.25rem 0 0;
  }
  @media (forced-colors: active) {
    [part='base'] {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
  @media print {
    [part='base'] {
      break-inside: avoid;
      background: none;
    }
  }
\`;

export const styles = [statusStyles, own];
`,
    ],
    [
      `${dir}/${name}.texts.ts`,
      `/**
 * The words of \`<${tag}>\`, Swedish and English side by side.
 * @module
 */
import type { Bilingual } from '@asf-kit/core';
import { PLAN_TEXTS } from '../shared/shared.texts.js';

export const TEXTS = {
  noPlan: PLAN_TEXTS.noPlan,
  activities: (n: number): Bilingual => ({
    sv: \`\${n} \${n === 1 ? 'åtgärd' : 'åtgärder'}\`,
    en: \`\${n} \${n === 1 ? 'activity' : 'activities'}\`,
  }),
} as const;
`,
    ],
    [
      `${dir}/${name}.test.ts`,
      `import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './asf-${name}.js';
import type { ${cls} } from './${name}.js';
import type { AsfErrorEvent } from '../shared/events.js';

const PLAN = {
  id: 'exempel',
  kind: 'policy',
  title: 'Exempelplan',
  organisation: { name: 'Exempel kommun', type: 'municipality' },
  actors: [{ id: 'ks', name: 'Kommunstyrelsen' }],
  activities: [{ id: 'a1', title: 'Första åtgärden', lead: ['ks'], involved: [] }],
};

describe('<${tag}>', () => {
  it('shows a plan given as an object, and is accessible', async () => {
    const el = await fixture<${cls}>(html\`<${tag} .plan=\${PLAN}></${tag}>\`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="base"]'), 'the plan was not shown');
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Exempelplan');
    expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent).to.equal('1 åtgärd');
    await expect(el).to.be.accessible();
  });

  it('reports an invalid plan with its JSON pointers, once, and speaks English inside lang="en"', async () => {
    const wrapper = await fixture(html\`<div lang="en"></div>\`);
    const el = document.createElement('${tag}') as ${cls};
    el.plan = { ...PLAN, kind: 'nope' } as unknown as ${cls}['plan'];
    const event = oneEvent(el, 'asf-error') as Promise<AsfErrorEvent>;
    wrapper.append(el);
    const { error } = await event;
    await el.updateComplete;
    expect(error.kind).to.equal('invalid');
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('/kind').and.contain('Could not show the plan');
    await expect(el).to.be.accessible();
  });
});
`,
    ],
    [
      `stories/${name}.stories.ts`,
      `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/elements/src/${name}/asf-${name}.js';

const meta: Meta = {
  title: 'Elements/${tag}',
  component: '${tag}',
  tags: ['autodocs'],
  args: { src: 'plans/uppsala-handlingsplan-2018-2020.json' },
  render: (args) => html\`<${tag} src=\${args.src}></${tag}>\`,
};
export default meta;
type Story = StoryObj;

/** A plan from examples/plans. */
export const Playground: Story = {};

/** A file that does not exist, and no plan at all. */
export const States: Story = {
  render: () => html\`<${tag} src="plans/finns-inte.json"></${tag}> <${tag}></${tag}>\`,
};
`,
    ],
  ];
}

/** What is left to do by hand once the files are written. */
export function nextSteps(tag) {
  const name = tag.slice('asf-'.length);
  const cls = `Asf${pascal(name)}`;
  return `Next steps for <${tag}>:
  1. Replace the scaffold's view with the element's own (keep the shape: one View union from
     willUpdate, texts in ${name}.texts.ts, problems through renderCommon/renderProblem).
  2. Public API: export ${cls} (and its event classes and value unions) from
     packages/elements/src/index.ts, then review and update the API report:
       UPDATE_API=1 node --import tsx --test scripts/test/elements-api.test.mjs
  3. Registration: import './${name}/asf-${name}.js' in packages/elements/src/all.ts, and add
     "./${name}/asf-${name}.js" to the "exports" of packages/elements/package.json.
  4. CDN bundle and byte budget: add the entry to the build (scripts/build.mjs, bench/lib/build.mjs),
     then npm run build && node bench/page-weight.mjs --write-missing-budgets
  5. Manifest: npm run build writes custom-elements.json from the JSDoc (@tagname, @csspart,
     @fires); check it with node --import tsx --test scripts/test/manifest.test.mjs
  6. Tests: ASF_BROWSERS=chromium node scripts/with-browsers.mjs npx web-test-runner "packages/elements/src/${name}/**/*.test.ts"
     then all three engines before you commit.`;
}

/** Writes the element's files under `root`; returns the paths written, or throws with a clear message. */
export function createElement(tag, root) {
  if (!tag || !NAME.test(tag))
    throw new Error(
      `"${tag ?? ''}" is not a valid element name: use asf-<name>, lower case letters and digits, words joined by "-" (e.g. asf-plan-summary).`,
    );
  const name = tag.slice('asf-'.length);
  const dir = join(root, 'packages/elements/src', name);
  if (existsSync(dir))
    throw new Error(`<${tag}> exists already: ${relative(root, dir)}/ is there. Choose another name.`);
  const files = elementFiles(tag);
  for (const [path] of files)
    if (existsSync(join(root, path))) throw new Error(`${path} exists already. Choose another name.`);
  for (const [path, text] of files) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return files.map(([path]) => path);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--root');
  const root = at >= 0 ? args.splice(at, 2)[1] : fileURLToPath(new URL('..', import.meta.url));
  const tag = args[0];
  try {
    const written = createElement(tag, root);
    console.log(`Created <${tag}>:\n${written.map((p) => `  ${p}`).join('\n')}\n`);
    console.log(nextSteps(tag));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}

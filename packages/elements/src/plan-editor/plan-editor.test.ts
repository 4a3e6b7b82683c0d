import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parsePlan, type PlanInput } from '@asf-kit/core';
import './asf-plan-editor.js';
import type { AsfPlanEditor } from './plan-editor.js';
import type { AsfPlanExportEvent } from './events.js';
import { loadDraft, clearDraft } from './draft-store.js';
import { engine } from '../testing/browser.js';

const PLANS = [
  'bollnas-handlingsplan-2019-2024',
  'dalarna-utveckling-asf-2017-2018',
  'gavleborg-arsredovisning-2018',
  'gotland-policy-2015',
  'partner-policy-overview',
  'uppsala-handlingsplan-2018-2020',
  'vastra-gotaland-asf-2017-2018',
];
const planUrl = (name: string) => `/examples/plans/${name}.json`;
async function loadJson(name: string): Promise<Record<string, unknown>> {
  return (await (await fetch(planUrl(name))).json()) as Record<string, unknown>;
}

const root = (el: AsfPlanEditor) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: AsfPlanEditor, selector: string) =>
  root(el).querySelector<T>(selector)!;
const announced = (el: AsfPlanEditor) => $(el, '[part="announcer"]').textContent.trim();
const active = (el: AsfPlanEditor) => root(el).activeElement as HTMLElement | null;
let keyCounter = 0;
const uniqueKey = () => `test-${Date.now()}-${keyCounter++}`;

async function editor(plan?: unknown, lang = 'sv'): Promise<AsfPlanEditor> {
  const input = plan as PlanInput | undefined;
  const el = await fixture<AsfPlanEditor>(
    html`<asf-plan-editor lang=${lang} no-autosave .plan=${input}></asf-plan-editor>`,
  );
  await el.updateComplete;
  return el;
}

/** Types into the control with this id, as a person would (focus, then keys). */
async function typeInto(el: AsfPlanEditor, id: string, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.focus();
  input.select?.();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Clicks export and returns the exported text (the download is cancelled). */
async function exportText(el: AsfPlanEditor, button = '#export-json'): Promise<string> {
  const got = new Promise<AsfPlanExportEvent>((resolve) =>
    el.addEventListener(
      'asf-plan-export',
      (e) => {
        e.preventDefault();
        resolve(e);
      },
      { once: true },
    ),
  );
  $(el, button).click();
  return (await got).text;
}

/**
 * Ctrl+key (with Shift), pressed as a person would. WebKit's WebDriver takes no held modifier
 * keys through the test runner, so there the same keydown is dispatched on the focused control.
 */
async function shortcut(key: string, shift = false): Promise<void> {
  if (engine() === 'webkit') {
    const target = (document.activeElement?.shadowRoot?.activeElement ?? document.activeElement) as HTMLElement;
    target.dispatchEvent(
      new KeyboardEvent('keydown', {
        key,
        ctrlKey: true,
        shiftKey: shift,
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    return;
  }
  await sendKeys({ down: 'Control' });
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  if (shift) await sendKeys({ up: 'Shift' });
  await sendKeys({ up: 'Control' });
}

const SMALL = {
  id: 'liten',
  kind: 'action-plan',
  title: 'Liten plan (illustrativ)',
  organisation: { name: 'Exempel kommun', type: 'municipality' },
  illustrative: true,
  actors: [
    { id: 'KS', name: 'Kommunstyrelsen', abbreviation: 'KS' },
    { id: 'AMN', name: 'Arbetsmarknadsnämnden', abbreviation: 'AMN' },
  ],
  goals: [{ id: 'g1', title: 'Område 1' }],
  activities: [
    { id: 'a1', goal: 'g1', title: 'Första', lead: ['KS'], involved: [] },
    { id: 'a2', goal: 'g1', title: 'Andra', lead: ['AMN'], involved: 'all', schedule: '2018 - 2020' },
  ],
};

describe('asf-plan-editor', () => {
  describe('fields', () => {
    it('labels every control and is accessible, empty and with a real plan', async function () {
      this.timeout(60000);
      const empty = await editor();
      await expect(empty).to.be.accessible();
      const el = await editor(await loadJson('gavleborg-arsredovisning-2018'));
      for (const control of root(el).querySelectorAll<HTMLElement>('form input, form select, form textarea')) {
        const label = control.id && root(el).querySelector(`label[for="${control.id}"]`);
        expect(label, `no label for #${control.id}`).to.be.instanceOf(HTMLLabelElement);
      }
      await expect(el).to.be.accessible();
    });

    it('shows the plan in its fields: title, an activity, a target and an outcome', async () => {
      const el = await editor(await loadJson('gavleborg-arsredovisning-2018'));
      expect($<HTMLInputElement>(el, '#f-title').value).to.equal(
        'Årsredovisning arbetsintegrerande sociala företag 2018',
      );
      expect($<HTMLInputElement>(el, '#f-title-en').value).to.equal(
        'Annual report on work-integration social enterprises 2018',
      );
      expect($<HTMLSelectElement>(el, '#f-indicators-0-target-type').value).to.equal('level');
      expect($<HTMLInputElement>(el, '#f-indicators-0-target-value').value).to.equal('30');
      expect($<HTMLInputElement>(el, '#f-indicators-0-outcomes-0-value').value).to.equal('28');
    });

    it('reads the schedule as it is typed: "tolkas som 2018–2020", "känns inte igen"', async () => {
      const el = await editor(SMALL);
      const feedback = () => $(el, '#f-activities-1-schedule-feedback').textContent.trim();
      expect(feedback()).to.equal('Tolkas som 2018–2020.');
      expect($(el, '#f-activities-1-schedule').getAttribute('aria-describedby')).to.contain(
        'f-activities-1-schedule-feedback',
      );
      await typeInto(el, 'f-activities-1-schedule', 'Efter beslut');
      expect(feedback()).to.equal('Känns inte igen – texten behålls som den står.');
      expect((el.value['activities'] as { schedule: string }[])[1]!.schedule).to.equal('Efter beslut');
    });

    it('chooses lead and involved among the plan\'s actors, and "Samtliga"', async () => {
      const el = await editor(SMALL);
      const involved = $(el, '#f-activities-0-involved');
      expect(involved.querySelector('legend')!.textContent).to.equal('Andra berörda aktörer');
      involved.querySelector<HTMLInputElement>('#f-activities-0-involved-1')!.click();
      await el.updateComplete;
      expect((el.value['activities'] as { involved: unknown }[])[0]!.involved).to.deep.equal(['AMN']);
      involved.querySelector<HTMLInputElement>('#f-activities-0-involved-all')!.click();
      await el.updateComplete;
      expect((el.value['activities'] as { involved: unknown }[])[0]!.involved).to.equal('all');
    });

    it("adds an actor from the registry with its id, and keeps the plan's own codes", async () => {
      const el = await editor(SMALL);
      const select = $<HTMLSelectElement>(el, '#registry-actor');
      select.value = 'arbetsformedlingen';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      $(el, '#registry-add').click();
      await el.updateComplete;
      const actors = el.value['actors'] as { id: string }[];
      expect(actors.map((a) => a.id)).to.deep.equal(['KS', 'AMN', 'arbetsformedlingen']);
      expect(announced(el)).to.equal('Aktör 3 tillagd.');
    });

    it('keeps text typed where a number belongs and says what is wrong there', async () => {
      const el = await editor(await loadJson('gavleborg-arsredovisning-2018'));
      await typeInto(el, 'f-indicators-0-target-value', '3,5');
      expect((el.value['indicators'] as { target: { value: unknown } }[])[0]!.target.value).to.equal(3.5);
      expect($<HTMLInputElement>(el, '#f-indicators-0-target-value').value).to.equal('3,5');
      await typeInto(el, 'f-indicators-0-target-value', 'tjugo');
      const input = $(el, '#f-indicators-0-target-value');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#f-indicators-0-target-value-error').textContent).to.not.equal('');
    });
    it('puts its headings at the level the page asks for (heading-level), lists one below', async () => {
      const el = await fixture<AsfPlanEditor>(
        html`<asf-plan-editor no-autosave heading-level="4" .plan=${SMALL}></asf-plan-editor>`,
      );
      expect($(el, '#part-plan').tagName).to.equal('H4');
      expect($(el, '#f-activities-heading').tagName).to.equal('H4');
      const plain = await editor(await loadJson('gavleborg-arsredovisning-2018'));
      expect($(plain, '#part-plan').tagName).to.equal('H2');
      expect($(plain, '#f-indicators-0-outcomes-heading').tagName).to.equal('H3');
    });
  });

  describe('every part of the format', () => {
    const choose = async (el: AsfPlanEditor, id: string, value: string) => {
      const select = $<HTMLSelectElement>(el, `#${id}`);
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    const click = async (el: AsfPlanEditor, id: string) => {
      $(el, `#${id}`).click();
      await el.updateComplete;
    };
    /**
     * Writes a text into a field as its input event does. WebKit's WebDriver drops repeated
     * letters and some spaces from typed text ("Anna" → "Ana"); typing itself is tested above.
     */
    const fill = async (el: AsfPlanEditor, id: string, text: string) => {
      const input = $<HTMLInputElement>(el, `#${id}`);
      input.focus();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    };
    const exported = async (el: AsfPlanEditor) => JSON.parse(await exportText(el)) as Record<string, unknown>;

    it("edits the plan's definitions, with their criteria", async () => {
      const el = await editor(SMALL);
      await click(el, 'f-definitions-add');
      expect(active(el)?.id).to.equal('f-definitions-0-term');
      expect(announced(el)).to.equal('Definition 1 tillagd.');
      await fill(el, 'f-definitions-0-term', 'Arbetsintegrerande sociala företag');
      await fill(el, 'f-definitions-0-text', 'Företag som driver näringsverksamhet:');
      await click(el, 'f-definitions-0-criteria-add');
      expect(active(el)?.id).to.equal('f-definitions-0-criteria-0');
      await fill(el, 'f-definitions-0-criteria-0', 'fristående från offentlig verksamhet');
      expect((await exported(el))['definitions']).to.deep.equal([
        {
          id: 'definition-1',
          term: 'Arbetsintegrerande sociala företag',
          text: 'Företag som driver näringsverksamhet:',
          criteria: ['fristående från offentlig verksamhet'],
        },
      ]);
    });

    it('edits who carries the plan: owner, partners, funders, contacts and the text as printed', async () => {
      const el = await editor(SMALL);
      await choose(el, 'f-responsibility-owner', 'KS');
      await click(el, 'f-responsibility-partners-1');
      await click(el, 'f-responsibility-funders-0');
      await click(el, 'f-responsibility-contacts-add');
      expect(active(el)?.id).to.equal('f-responsibility-contacts-0-name');
      await fill(el, 'f-responsibility-contacts-0-name', 'Anna Andersson');
      await fill(el, 'f-responsibility-contacts-0-role', 'strateg');
      await choose(el, 'f-responsibility-contacts-0-organisation', 'AMN');
      await fill(el, 'f-responsibility-contacts-0-email', 'anna@example.se');
      await fill(el, 'f-responsibility-text', 'Kommunstyrelsen äger planen.');
      expect((await exported(el))['responsibility']).to.deep.equal({
        owner: 'KS',
        partners: ['AMN'],
        funders: ['KS'],
        contacts: [{ name: 'Anna Andersson', role: 'strateg', organisation: 'AMN', email: 'anna@example.se' }],
        text: 'Kommunstyrelsen äger planen.',
      });
      $(el, '#undo').click();
      await el.updateComplete;
      expect((el.value['responsibility'] as { text?: string }).text).to.equal(undefined);
    });

    it("edits a target group's support needs and priorities, a priority with its own ages", async () => {
      const el = await editor({ ...SMALL, targetGroups: [{ id: 'mg', description: 'Personer 16–64 år' }] });
      await click(el, 'f-targetGroups-0-supportNeeds-4');
      await click(el, 'f-targetGroups-0-supportNeeds-0');
      expect($(el, 'label[for="f-targetGroups-0-supportNeeds-0"]').textContent).to.contain('funktionsnedsättning');
      await click(el, 'f-targetGroups-0-priorities-add');
      expect(active(el)?.id).to.equal('f-targetGroups-0-priorities-0');
      await fill(el, 'f-targetGroups-0-priorities-0', 'utrikesfödda');
      await click(el, 'f-targetGroups-0-priorities-add');
      await fill(el, 'f-targetGroups-0-priorities-1', 'unga');
      await fill(el, 'f-targetGroups-0-priorities-1-ageMin', '16');
      await fill(el, 'f-targetGroups-0-priorities-1-ageMax', '29');
      expect(active(el)?.id).to.equal('f-targetGroups-0-priorities-1-ageMax');
      expect(((await exported(el))['targetGroups'] as unknown[])[0]).to.deep.equal({
        id: 'mg',
        description: 'Personer 16–64 år',
        supportNeeds: ['disability', 'long-term-unemployment'],
        priorities: ['utrikesfödda', { text: 'unga', ageMin: 16, ageMax: 29 }],
      });
    });

    it("edits a target per area, an outcome's area, a baseline's share and a source's file", async function () {
      this.timeout(30000);
      const plan = structuredClone(await loadJson('gavleborg-arsredovisning-2018'));
      plan['formatVersion'] = 1.1;
      // A share instead of a figure ("about half of the region's 49 municipalities").
      delete (plan['indicators'] as { baseline: Record<string, unknown> }[])[0]!.baseline['value'];
      const el = await editor(plan);
      await fill(el, 'f-indicators-0-target-perArea-count', '1');
      await fill(el, 'f-indicators-0-target-perArea-text', 'delregion');
      await click(el, 'f-indicators-0-target-perArea-areas-add');
      expect(active(el)?.id).to.equal('f-indicators-0-target-perArea-areas-0-id');
      await fill(el, 'f-indicators-0-target-perArea-areas-0-id', 'norr');
      await fill(el, 'f-indicators-0-target-perArea-areas-0-name', 'Norra delregionen');
      await choose(el, 'f-indicators-0-outcomes-0-area', 'norr');
      await fill(el, 'f-indicators-0-baseline-share', '0,5');
      await fill(el, 'f-indicators-0-baseline-of', '49');
      await fill(el, 'f-sources-0-file', 'arsredovisning-2018.pdf');
      expect(el.problems.map((i) => i.message.en)).to.deep.equal([]);
      const out = await exported(el);
      const indicator = (out['indicators'] as Record<string, Record<string, unknown>>[])[0]!;
      expect(indicator['target']!['perArea']).to.deep.equal({
        count: 1,
        text: 'delregion',
        areas: [{ id: 'norr', name: 'Norra delregionen' }],
      });
      expect((indicator['outcomes'] as unknown as Record<string, unknown>[])[0]!['area']).to.equal('norr');
      expect(indicator['baseline']!['share']).to.equal(0.5);
      expect(indicator['baseline']!['of']).to.equal(49);
      expect((out['sources'] as Record<string, unknown>[])[0]!['file']).to.equal('arsredovisning-2018.pdf');
    });

    it('shows a problem in each new field at that field', async () => {
      const plan = structuredClone(await loadJson('vastra-gotaland-asf-2017-2018'));
      const responsibility = plan['responsibility'] as Record<string, unknown>;
      responsibility['owner'] = 'okand';
      responsibility['contacts'] = [{ name: '' }];
      plan['definitions'] = [{ id: 'd', term: '', text: 'Text' }];
      plan['targetGroups'] = [
        { id: 'mg', description: 'Alla', supportNeeds: ['okant'], priorities: [{ text: 'unga', ageMin: -1 }] },
      ];
      const indicators = plan['indicators'] as { target?: { perArea?: { count: number } } }[];
      const withArea = indicators.findIndex((i) => i.target?.perArea);
      indicators[withArea]!.target!.perArea!.count = 0;
      const el = await editor(plan);
      const ids = [
        'f-responsibility-owner',
        'f-responsibility-contacts-0-name',
        'f-definitions-0-term',
        'f-targetGroups-0-supportNeeds',
        'f-targetGroups-0-priorities-0-ageMin',
        `f-indicators-${withArea}-target-perArea-count`,
      ];
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="summary"] a')].map((a) =>
        a.getAttribute('href'),
      );
      for (const id of ids) {
        const control = $(el, `#${id}`);
        expect(control.getAttribute('aria-describedby'), id).to.contain(`${id}-error`);
        expect($(el, `#${id}-error`).textContent.trim(), id).to.not.equal('');
        expect(links, id).to.include(`#${id}`);
      }
      expect(links.length).to.equal(el.problems.length);
      await expect(el).to.be.accessible();
    });

    it('is accessible with definitions, responsibility, support needs, priorities and targets per area', async function () {
      this.timeout(120000);
      for (const name of [
        'bollnas-handlingsplan-2019-2024',
        'dalarna-utveckling-asf-2017-2018',
        'uppsala-handlingsplan-2018-2020',
        'vastra-gotaland-asf-2017-2018',
      ]) {
        const el = await editor(await loadJson(name));
        await expect(el).to.be.accessible();
        el.remove();
      }
    });
  });

  describe('validation', () => {
    it("shows parsePlan's own message at the field it concerns, tied by aria-describedby", async () => {
      const plan = structuredClone(SMALL) as Record<string, unknown>;
      (plan['activities'] as { lead: string[] }[])[0]!.lead = ['OKAND'];
      (plan['organisation'] as Record<string, unknown>)['name'] = '';
      const el = await editor(plan);
      const result = parsePlan(plan);
      expect(result.success).to.equal(false);
      const issues = result.success ? [] : result.error.issues;
      const lead = issues.find((i) => i.pointer.startsWith('/activities/0/lead'))!;
      const leadError = $(el, '#f-activities-0-lead-error');
      expect(leadError.textContent).to.contain(lead.message.sv.replace(/^[^:]*: /, ''));
      expect($(el, '#f-activities-0-lead').getAttribute('aria-describedby')).to.equal('f-activities-0-lead-error');
      const name = $(el, '#f-organisation-name');
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(name.getAttribute('aria-describedby')).to.equal('f-organisation-name-error');
      await expect(el).to.be.accessible();
    });

    it('lists every problem in a summary whose links move focus to the field', async () => {
      const plan = structuredClone(SMALL) as Record<string, unknown>;
      (plan['organisation'] as Record<string, unknown>)['name'] = '';
      (plan['activities'] as { goal: string }[])[1]!.goal = 'saknas';
      const el = await editor(plan);
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="summary"] a')];
      expect(links.length).to.equal(el.problems.length);
      expect(links.length).to.be.greaterThan(1);
      const goalLink = links.find((a) => a.getAttribute('href') === '#f-activities-1-goal')!;
      expect(goalLink.textContent).to.contain('Aktivitet 2');
      goalLink.click();
      expect(active(el)?.id).to.equal('f-activities-1-goal');
    });

    it('validates as you type: a problem appears and goes with the edit', async () => {
      const el = await editor(SMALL);
      expect($(el, '[part="summary"]').textContent).to.contain('Planen är giltig.');
      await typeInto(el, 'f-id', 'ogiltigt id!');
      expect($(el, '#f-id').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#summary-heading').textContent).to.equal('Planen har 1 problem');
      await typeInto(el, 'f-id', 'giltigt-id');
      expect($(el, '#f-id').hasAttribute('aria-invalid')).to.equal(false);
    });

    it('keeps a plan with problems as a draft but refuses its JSON export, with the list', async () => {
      const plan = structuredClone(SMALL) as Record<string, unknown>;
      delete plan['title'];
      const el = await editor(plan);
      let exported = false;
      el.addEventListener('asf-plan-export', () => (exported = true));
      $(el, '#export-json').click();
      await el.updateComplete;
      expect(exported).to.equal(false);
      const alert = $(el, '#export-problems');
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain('Planen exporterades inte');
      expect(alert.querySelectorAll('li').length).to.equal(el.problems.length);
      expect(el.value['activities']).to.deep.equal(SMALL.activities);
    });

    it("speaks English where the page does, with parsePlan's English messages", async () => {
      const plan = structuredClone(SMALL) as Record<string, unknown>;
      (plan['organisation'] as Record<string, unknown>)['name'] = '';
      const el = await editor(plan, 'en');
      expect($(el, 'label[for="f-organisation-name"]').textContent).to.equal('Name');
      const issue = el.problems[0]!;
      expect($(el, '#f-organisation-name-error').textContent).to.contain(issue.message.en.replace(/^[^:]*: /, ''));
      await expect(el).to.be.accessible();
    });
  });

  describe('lists by keyboard', () => {
    it('adds an item, focuses its first field and announces it', async () => {
      const el = await editor(SMALL);
      $(el, '#f-activities-add').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect((el.value['activities'] as unknown[]).length).to.equal(3);
      expect(active(el)?.id).to.equal('f-activities-2-title');
      expect(announced(el)).to.equal('Aktivitet 3 tillagd.');
      await sendKeys({ type: 'Tredje' });
      await el.updateComplete;
      expect((el.value['activities'] as { title: string }[])[2]!.title).to.equal('Tredje');
    });

    it('moves an item down and up with its buttons, focus following the item', async () => {
      const el = await editor(SMALL);
      $(el, '#f-activities-0-down').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect((el.value['activities'] as { id: string }[]).map((a) => a.id)).to.deep.equal(['a2', 'a1']);
      expect(announced(el)).to.equal('Aktivitet 1 flyttad till plats 2.');
      // The moved item is last: its "move down" is disabled, so focus is on its "move up".
      expect(active(el)?.id).to.equal('f-activities-1-up');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect((el.value['activities'] as { id: string }[]).map((a) => a.id)).to.deep.equal(['a1', 'a2']);
      expect(active(el)?.id).to.equal('f-activities-0-down');
    });

    it('removes an item, focusing the next one, then the add button', async () => {
      const el = await editor(SMALL);
      $(el, '#f-activities-0-remove').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect((el.value['activities'] as { id: string }[]).map((a) => a.id)).to.deep.equal(['a2']);
      expect(active(el)?.id).to.equal('f-activities-0-title');
      expect(announced(el)).to.equal('Aktivitet 1 borttagen.');
      $(el, '#f-activities-0-remove').click();
      await el.updateComplete;
      expect(el.value['activities']).to.deep.equal([]);
      expect(active(el)?.id).to.equal('f-activities-add');
    });

    it('adds outcomes with a gender breakdown and an approximate value', async () => {
      const el = await editor(await loadJson('gavleborg-arsredovisning-2018'));
      $(el, '#f-indicators-0-outcomes-add').click();
      await el.updateComplete;
      expect(active(el)?.id).to.equal('f-indicators-0-outcomes-1-date');
      await sendKeys({ type: '2019-12-31' });
      await typeInto(el, 'f-indicators-0-outcomes-1-value', '75');
      $(el, '#f-indicators-0-outcomes-1-approximate').click();
      await typeInto(el, 'f-indicators-0-outcomes-1-breakdown-women', '40');
      await typeInto(el, 'f-indicators-0-outcomes-1-breakdown-men', '35');
      const outcome = (el.value['indicators'] as { outcomes: unknown[] }[])[0]!.outcomes[1];
      expect(outcome).to.deep.equal({
        date: '2019-12-31',
        value: 75,
        approximate: true,
        breakdown: { women: 40, men: 35 },
      });
      expect(el.problems).to.deep.equal([]);
    });
  });

  describe('undo and redo', () => {
    it('returns each step: typing in a field is one step, each choice another', async () => {
      const el = await editor(SMALL);
      await typeInto(el, 'f-organisation-name', 'Ny stad');
      $<HTMLInputElement>(el, '#f-organisation-name').blur();
      const kind = $<HTMLSelectElement>(el, '#f-kind');
      kind.value = 'policy';
      kind.dispatchEvent(new Event('change'));
      await el.updateComplete;
      $(el, '#f-goals-add').click();
      await el.updateComplete;
      expect((el.value['goals'] as unknown[]).length).to.equal(2);

      $(el, '#f-title').focus();
      await shortcut('z');
      await el.updateComplete;
      expect((el.value['goals'] as unknown[]).length).to.equal(1);
      expect(announced(el)).to.equal('Ändringen ångrad.');
      await shortcut('z');
      await el.updateComplete;
      expect(el.value['kind']).to.equal('action-plan');
      $(el, '#undo').click();
      await el.updateComplete;
      expect((el.value['organisation'] as { name: string }).name).to.equal('Exempel kommun');
      expect($<HTMLButtonElement>(el, '#undo').disabled).to.equal(true);

      $(el, '#f-title').focus();
      await shortcut('z', true);
      await el.updateComplete;
      expect((el.value['organisation'] as { name: string }).name).to.equal('Ny stad');
      $(el, '#redo').click();
      await el.updateComplete;
      expect(el.value['kind']).to.equal('policy');
      expect(announced(el)).to.equal('Ändringen gjord igen.');
    });
  });

  describe('opening and export', () => {
    for (const name of PLANS) {
      it(`exports ${name} unchanged after opening it`, async () => {
        const original = await loadJson(name);
        const el = await editor(original);
        expect(el.problems, JSON.stringify(el.problems.map((p) => p.message.en))).to.deep.equal([]);
        const text = await exportText(el);
        expect(JSON.parse(text)).to.deep.equal(original);
      });
    }

    it('opens pasted JSON as one undoable step, and says what is wrong with text that is not JSON', async () => {
      const el = await editor(SMALL);
      $<HTMLTextAreaElement>(el, '#open-paste').value = '{ inte json';
      $(el, '#open-paste-button').click();
      await el.updateComplete;
      expect($(el, '[part="notice"]').textContent).to.contain('Planen kunde inte öppnas');
      expect(el.value['id']).to.equal('liten');
      $<HTMLTextAreaElement>(el, '#open-paste').value = JSON.stringify(
        await loadJson('uppsala-handlingsplan-2018-2020'),
      );
      $(el, '#open-paste-button').click();
      await el.updateComplete;
      expect(el.value['id']).to.equal('uppsala-handlingsplan-sociala-foretag-2018-2020');
      $(el, '#undo').click();
      await el.updateComplete;
      expect(el.value['id']).to.equal('liten');
    });

    it('opens a plan from a URL, and starts empty or from the template', async () => {
      const el = await editor();
      $<HTMLInputElement>(el, '#open-url').value = planUrl('bollnas-handlingsplan-2019-2024');
      $(el, '#open-url-button').click();
      await waitUntil(() => el.value['id'] === 'bollnas-handlingsplan-asf-2019-2024', 'the plan did not open');
      $(el, '#new-template').click();
      await el.updateComplete;
      expect((el.value['activities'] as unknown[]).length).to.equal(1);
      $(el, '#new-empty').click();
      await el.updateComplete;
      expect(el.value['activities']).to.equal(undefined);
      expect($<HTMLInputElement>(el, '#f-title').getAttribute('aria-invalid')).to.equal('true');
    });

    it('opens a dropped file', async () => {
      const el = await editor();
      const data = new DataTransfer();
      data.items.add(new File([JSON.stringify(SMALL)], 'liten.json', { type: 'application/json' }));
      $(el, '[part="base"]').dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, composed: true }),
      );
      await waitUntil(() => el.value['id'] === 'liten', 'the dropped plan did not open');
    });

    describe('saving over the opened file (File System Access API)', () => {
      type Picker = ((o: object) => Promise<unknown>) | undefined;
      const w = window as unknown as { showOpenFilePicker?: Picker; showSaveFilePicker?: Picker };
      const engines = { open: w.showOpenFilePicker, save: w.showSaveFilePicker };
      afterEach(() => {
        // Give back the engine's own API, if it has one.
        w.showOpenFilePicker = engines.open;
        w.showSaveFilePicker = engines.save;
      });

      it('opens a file through the picker, and "Save" writes over it right away', async () => {
        const written: string[] = [];
        let savePickerAsked = 0;
        const handle = {
          name: 'liten.json',
          getFile: () => Promise.resolve(new Blob([JSON.stringify(SMALL)], { type: 'application/json' })),
          createWritable: () => {
            const chunks: string[] = [];
            return Promise.resolve({
              write: (chunk: string) => {
                chunks.push(chunk);
                return Promise.resolve();
              },
              close: () => {
                written.push(chunks.join(''));
                return Promise.resolve();
              },
            });
          },
        };
        w.showOpenFilePicker = () => Promise.resolve([handle]);
        w.showSaveFilePicker = () => {
          savePickerAsked++;
          return Promise.reject(new DOMException('closed', 'AbortError'));
        };
        const el = await editor();
        expect($(el, '#open-file').tagName).to.equal('BUTTON');
        $(el, '#open-file').click();
        await waitUntil(() => el.value['id'] === 'liten', 'the picked file did not open');
        await el.updateComplete;
        await typeInto(el, 'f-title', 'Ändrad titel');
        $(el, '#save-over').click();
        await waitUntil(() => written.length === 1, 'nothing was written over the file');
        expect(savePickerAsked).to.equal(0);
        expect(JSON.parse(written[0]!)).to.deep.equal({ ...SMALL, title: 'Ändrad titel' });
        await el.updateComplete;
        expect(announced(el)).to.equal('Planen sparad i liten.json.');
        await expect(el).to.be.accessible();
        // Another plan is never written over the file it did not come from: saving asks where.
        $<HTMLTextAreaElement>(el, '#open-paste').value = JSON.stringify({ ...SMALL, id: 'annan' });
        $(el, '#open-paste-button').click();
        await el.updateComplete;
        $(el, '#save-over').click();
        await waitUntil(() => savePickerAsked === 1, 'the save picker was not asked');
        expect(written.length).to.equal(1);
      });

      it('keeps the file input where the browser has no file picker', async () => {
        w.showOpenFilePicker = undefined;
        const el = await editor();
        expect($(el, '#open-file').tagName).to.equal('INPUT');
        expect($<HTMLInputElement>(el, '#open-file').type).to.equal('file');
      });
    });

    it('exports the activities as CSV and imports them back unchanged', async () => {
      const original = await loadJson('uppsala-handlingsplan-2018-2020');
      const el = await editor(original);
      const csv = await exportText(el, '#export-csv');
      expect(csv).to.contain('Huvudansvarig');
      $(el, '#f-activities-add').click();
      await el.updateComplete;
      await el.importCsv(new Blob([csv]));
      await el.updateComplete;
      expect(el.value['activities']).to.deep.equal(original['activities']);
      expect(announced(el)).to.contain('aktiviteter importerade');
    });

    it('refuses a CSV with problems row by row and keeps the plan unchanged', async () => {
      const el = await editor(SMALL);
      const csv =
        'Id;Område;Åtgärd;Huvudansvarig;Andra berörda aktörer;Tidplan\r\nx1;g1;Bra rad;KS;;2019\r\nx1;g1;Samma id;KS;;2019\r\n';
      await el.importCsv(new Blob([csv]));
      await el.updateComplete;
      const alert = $(el, '#csv-problems');
      expect(alert.textContent).to.contain('Rad 3');
      expect(el.value['activities']).to.deep.equal(SMALL.activities);
    });
  });

  describe('nothing lost', () => {
    it('keeps the draft in the browser and offers it back after a reload', async () => {
      const key = uniqueKey();
      const first = await fixture<AsfPlanEditor>(html`<asf-plan-editor storage-key=${key}></asf-plan-editor>`);
      await typeInto(first, 'f-title', 'Påbörjad');
      await first.saved;
      expect((await loadDraft(key))?.draft['title']).to.equal('Påbörjad');
      first.remove();

      const second = await fixture<AsfPlanEditor>(html`<asf-plan-editor storage-key=${key}></asf-plan-editor>`);
      await waitUntil(() => second.shadowRoot!.querySelector('#restore-draft'), 'the draft was not offered');
      await expect(second).to.be.accessible();
      $(second, '#restore-draft').click();
      await second.updateComplete;
      expect($<HTMLInputElement>(second, '#f-title').value).to.equal('Påbörjad');
      expect(announced(second)).to.equal('Utkastet återställt.');
      await clearDraft(key);
    });

    it('asks before the page is left with changes not exported', async () => {
      const el = await editor(SMALL);
      const before = () => {
        const e = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(e);
        return e.defaultPrevented;
      };
      expect(before()).to.equal(false);
      await typeInto(el, 'f-title', 'Ändrad');
      expect(before()).to.equal(true);
      await exportText(el);
      expect(before()).to.equal(false);
    });
  });

  describe('preview', () => {
    it('loads the scorecard, the activity table and the matrix when opened, at the date chosen', async function () {
      this.timeout(30000);
      const el = await editor(await loadJson('gavleborg-arsredovisning-2018'));
      expect(root(el).querySelector('asf-scorecard')).to.equal(null);
      const asOf = $<HTMLInputElement>(el, '#preview-as-of');
      asOf.value = '2018-12-31';
      asOf.dispatchEvent(new Event('change'));
      $(el, '#preview-toggle').click();
      await waitUntil(() => root(el).querySelector('asf-scorecard'), 'the preview did not load', { timeout: 20000 });
      expect(customElements.get('asf-activity-table')).to.be.a('function');
      expect(root(el).querySelector('asf-scorecard')!.getAttribute('as-of')).to.equal('2018-12-31');
      expect(root(el).querySelector('asf-activity-table')).to.be.instanceOf(HTMLElement);
      expect(root(el).querySelector('asf-responsibility-matrix')).to.be.instanceOf(HTMLElement);
      expect($(el, '#preview-toggle').getAttribute('aria-expanded')).to.equal('true');
    });
  });
});

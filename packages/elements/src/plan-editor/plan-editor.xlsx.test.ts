import { expect, fixture, html } from '@open-wc/testing';
import writeXlsxFile from 'write-excel-file/browser';
import type { PlanInput } from '@asf-kit/core';
import './asf-plan-editor.js';
import type { AsfPlanEditor } from './plan-editor.js';
import type { AsfPlanExportEvent } from './events.js';
import { readWorkbook } from './xlsx.js';
import { planToSheets, sheetsToPlan, SHEET_NAMES } from './workbook.js';
import type { Draft } from './draft.js';

const PLANS = [
  'bollnas-handlingsplan-2019-2024',
  'dalarna-utveckling-asf-2017-2018',
  'gavleborg-arsredovisning-2018',
  'gotland-policy-2015',
  'partner-policy-overview',
  'uppsala-handlingsplan-2018-2020',
  'vastra-gotaland-asf-2017-2018',
];
const load = async (name: string) => (await (await fetch(`/examples/plans/${name}.json`)).json()) as Draft;
const $ = <T extends HTMLElement = HTMLElement>(el: AsfPlanEditor, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;

async function exported(el: AsfPlanEditor, button: string): Promise<AsfPlanExportEvent> {
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
  return got;
}

describe('asf-plan-editor: Excel', () => {
  for (const name of PLANS) {
    it(`${name}: open → export xlsx → import xlsx gives the same plan`, async function () {
      this.timeout(30000);
      const original = await load(name);
      const input = original as unknown as PlanInput;
      const el = await fixture<AsfPlanEditor>(html`<asf-plan-editor no-autosave .plan=${input}></asf-plan-editor>`);
      const event = await exported(el, '#export-xlsx');
      expect(event.format).to.equal('xlsx');
      expect(event.fileName).to.match(/\.xlsx$/);
      const fresh = await fixture<AsfPlanEditor>(html`<asf-plan-editor no-autosave></asf-plan-editor>`);
      await fresh.importXlsx(event.file);
      await fresh.updateComplete;
      expect(fresh.value).to.deep.equal(original);
      expect(fresh.problems).to.deep.equal([]);
    });
  }

  it('writes the sheets with Swedish headers, one row per item and per outcome', async () => {
    const plan = await load('gavleborg-arsredovisning-2018');
    const sheets = planToSheets(plan);
    expect(sheets.map((s) => s.sheet)).to.deep.equal(SHEET_NAMES);
    const activities = planToSheets(await load('uppsala-handlingsplan-2018-2020')).find(
      (s) => s.sheet === 'Aktiviteter',
    )!;
    expect(activities.data[0]).to.include.members([
      'Id',
      'Område',
      'Åtgärd',
      'Huvudansvarig',
      'Andra berörda aktörer',
      'Tidplan',
    ]);
    const indicators = sheets.find((s) => s.sheet === 'Indikatorer')!;
    expect(indicators.data.length).to.equal((plan['indicators'] as unknown[]).length + 1);
    const outcomes = sheets.find((s) => s.sheet === 'Resultat')!;
    const count = (plan['indicators'] as { outcomes?: unknown[] }[]).reduce((n, i) => n + (i.outcomes?.length ?? 0), 0);
    expect(outcomes.data.length).to.equal(count + 1);
    // The first indicator's figures are in their columns, not in the JSON column.
    const headers = indicators.data[0]!;
    const row = indicators.data[1]!;
    expect(row[headers.indexOf('Utgångsvärde')]).to.equal(25);
    expect(row[headers.indexOf('Målvärde')]).to.equal(30);
    expect(row[headers.indexOf('Målbild typ')]).to.equal('nivå');
    expect(row[headers.indexOf('Riktning')]).to.equal('öka');
  });

  it('reads a workbook filled in by hand: Swedish words, "Samtliga", "ca", a qualitative outcome', async () => {
    const blob = await writeXlsxFile([
      {
        sheet: 'Plan',
        data: [
          ['Fält', 'Värde', 'Format'],
          ['id', 'min-plan', 'text'],
          ['kind', 'follow-up', 'text'],
          ['title', 'Min uppföljning (illustrativ)', 'text'],
          ['organisation', '{"name":"Exempel kommun","type":"municipality"}', 'JSON'],
        ],
      },
      {
        sheet: 'Aktörer',
        data: [
          ['Id', 'Namn'],
          ['KS', 'Kommunstyrelsen'],
        ],
      },
      {
        sheet: 'Aktiviteter',
        data: [
          ['Id', 'Åtgärd', 'Huvudansvarig', 'Andra berörda aktörer', 'Tidplan'],
          ['1', 'Informera', 'KS', 'Samtliga', '2019'],
        ],
      },
      {
        sheet: 'Indikatorer',
        data: [
          ['Id', 'Indikator', 'Riktning', 'Målbild typ', 'Målbild datum'],
          ['rad', 'Ett råd', 'öka', 'milstolpe', '2019-12-31'],
        ],
      },
      {
        sheet: 'Resultat',
        data: [
          ['Indikator', 'Datum', 'Värde', 'Ca'],
          ['rad', '2019-12-31', 'Ej uppnått', null],
        ],
      },
    ]).toBlob();
    const result = await readWorkbook(blob);
    expect(result.success).to.equal(true);
    if (!result.success) return;
    expect(result.draft['activities']).to.deep.equal([
      { id: '1', title: 'Informera', lead: ['KS'], involved: 'all', schedule: '2019' },
    ]);
    expect((result.draft['indicators'] as { outcomes: unknown }[])[0]!.outcomes).to.deep.equal([
      { date: '2019-12-31', value: false },
    ]);
  });

  it('refuses a workbook whose cells cannot be read, by sheet and row, and keeps the plan', async function () {
    this.timeout(60000);
    const plan = await load('gavleborg-arsredovisning-2018');
    const sheets = planToSheets(plan);
    const indicators = sheets.find((s) => s.sheet === 'Indikatorer')!;
    indicators.data[2]![indicators.data[0]!.indexOf('Målvärde')] = 'ungefär tvåhundra';
    const blob = await writeXlsxFile(
      sheets.map((s) => ({
        sheet: s.sheet,
        data: s.data.map((r) => r.map((c) => (c === null ? null : { value: c }))),
      })),
    ).toBlob();
    const direct = await readWorkbook(blob);
    expect(direct.success, JSON.stringify(direct)).to.equal(false);
    const input = plan as unknown as PlanInput;
    const el = await fixture<AsfPlanEditor>(html`<asf-plan-editor no-autosave .plan=${input}></asf-plan-editor>`);
    await el.importXlsx(blob);
    await el.updateComplete;
    const alert = $(el, '#xlsx-problems');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Bladet Indikatorer, rad 3, kolumn "Målvärde"');
    expect(el.value).to.deep.equal(plan);
    await expect(el).to.be.accessible();
  });

  it('says what is wrong with a file that is not a workbook, and with a workbook without the Plan sheet', async () => {
    const notXlsx = await readWorkbook(new Blob(['inte en arbetsbok']));
    expect(notXlsx.success).to.equal(false);
    if (!notXlsx.success) expect(notXlsx.issues[0]!.message.sv).to.contain('kunde inte läsas');
    const noPlan = sheetsToPlan([{ sheet: 'Mål', data: [['Id']] }]);
    expect(noPlan.success).to.equal(false);
    if (!noPlan.success) expect(noPlan.issues[0]!.message.sv).to.contain('saknar bladet Plan');
  });

  it('offers an Excel template to fill in, which opens as a plan', async () => {
    const el = await fixture<AsfPlanEditor>(html`<asf-plan-editor no-autosave></asf-plan-editor>`);
    const event = await exported(el, '#xlsx-template');
    expect(event.fileName).to.equal('handlingsplan-mall.xlsx');
    await el.importXlsx(event.file);
    await el.updateComplete;
    expect((el.value['activities'] as unknown[]).length).to.equal(1);
    expect(el.value['title']).to.equal('Handlingsplan för arbetsintegrerande sociala företag');
  });

  it('refuses to export a plan with problems to Excel too', async () => {
    const el = await fixture<AsfPlanEditor>(html`<asf-plan-editor no-autosave></asf-plan-editor>`);
    let fired = false;
    el.addEventListener('asf-plan-export', () => (fired = true));
    $(el, '#export-xlsx').click();
    await el.updateComplete;
    expect(fired).to.equal(false);
    expect($(el, '#export-problems').textContent).to.contain('Planen exporterades inte');
  });
});

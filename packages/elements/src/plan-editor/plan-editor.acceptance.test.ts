/**
 * Acceptance test of issue 16: Samordningsförbund Gävleborg's follow-up 2018 is written from an
 * empty plan through the editor by keyboard only (Tab and Shift+Tab to move, typing, arrow keys
 * in lists, Space for check boxes, Enter for buttons), the page is "reloaded" halfway (the
 * element is removed and a new one restores the draft), the last steps are undone one by one,
 * and the exported JSON equals the example file.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './asf-plan-editor.js';
import { fieldId, type AsfPlanEditor } from './plan-editor.js';
import { pointerOf, type Draft, type Json } from './draft.js';
import { clearDraft } from './draft-store.js';
import { engine } from '../testing/browser.js';

type Path = (string | number)[];
type Op =
  | { kind: 'text'; path: Path; value: string }
  | { kind: 'select'; path: Path; value: string }
  | { kind: 'check'; id: string }
  | { kind: 'add'; list: Path };

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const SELECTS = new Set(['formatVersion', 'kind', 'language', 'type', 'direction', 'measure', 'goal', 'source']);
const ID_LISTS = new Set(['lead', 'involved', 'members']);

/** The keyboard operations that write `plan` into an empty editor, in the order a person would. */
function operations(plan: Draft): Op[] {
  const ops: Op[] = [];
  const later: Op[] = [];
  const actorIndex = (id: string) => (plan['actors'] as { id: string }[]).findIndex((a) => a.id === id);
  const idChecks = (path: Path, value: Json, into: Op[]) => {
    if (value === 'all') into.push({ kind: 'check', id: `${fieldId(pointerOf(path))}-all` });
    else
      for (const id of value as string[])
        into.push({ kind: 'check', id: `${fieldId(pointerOf(path))}-${actorIndex(id)}` });
  };
  const walk = (path: Path, value: Json) => {
    const key = path[path.length - 1];
    if (typeof key === 'string' && ID_LISTS.has(key)) {
      // An organisation's members are chosen among actors written further down: do it after them.
      idChecks(path, value, key === 'members' ? later : ops);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        ops.push({ kind: 'add', list: path });
        if (typeof item === 'string') ops.push({ kind: 'text', path: [...path, i], value: item });
        else walk([...path, i], item);
      });
      return;
    }
    if (isObject(value)) {
      const isText = Object.keys(value).every((k) => k === 'sv' || k === 'en');
      if (isText) {
        ops.push({ kind: 'text', path, value: value['sv'] as string });
        if (value['en'] !== undefined) ops.push({ kind: 'text', path: [...path, 'en'], value: value['en'] as string });
        return;
      }
      // A target's kind first: the fields it shows depend on it.
      const keys = Object.keys(value).sort((a, b) => Number(b === 'type') - Number(a === 'type'));
      for (const k of keys) if (!(path.length === 0 && k === '$schema')) walk([...path, k], value[k]!);
      return;
    }
    if (typeof value === 'boolean') {
      if (key === 'value') ops.push({ kind: 'select', path, value: String(value) });
      else if (value) ops.push({ kind: 'check', id: fieldId(pointerOf(path)) });
      return;
    }
    if (typeof key === 'string' && SELECTS.has(key)) ops.push({ kind: 'select', path, value: String(value) });
    else ops.push({ kind: 'text', path, value: String(value) });
  };
  walk([], plan);
  return [...ops, ...later];
}

const root = (el: AsfPlanEditor) => el.shadowRoot!;
const active = (el: AsfPlanEditor) => root(el).activeElement as HTMLElement | null;

async function press(key: string, modifier?: 'Shift' | 'Control'): Promise<void> {
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  if (modifier) await sendKeys({ up: modifier });
}

/** Moves focus to the control with this id by Tab or Shift+Tab, as a keyboard user does. */
async function tabTo(el: AsfPlanEditor, id: string): Promise<HTMLElement> {
  const target = root(el).getElementById(id);
  if (!target) throw new Error(`no control #${id}`);
  for (let step = 0; step < 2000; step++) {
    const now = active(el);
    if (now === target) return target;
    const forward = !now || (now.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    await press('Tab', forward ? undefined : 'Shift');
    await el.updateComplete;
  }
  throw new Error(`could not reach #${id} by Tab`);
}

async function run(el: AsfPlanEditor, op: Op): Promise<void> {
  switch (op.kind) {
    case 'add': {
      await tabTo(el, `${fieldId(pointerOf(op.list))}-add`);
      await press('Enter');
      await el.updateComplete;
      return;
    }
    case 'check': {
      await tabTo(el, op.id);
      await press(' ');
      await el.updateComplete;
      return;
    }
    case 'text': {
      const input = (await tabTo(el, fieldId(pointerOf(op.path)))) as HTMLInputElement;
      if (input.value !== '') {
        await press('a', 'Control');
        await press('Backspace');
      }
      await sendKeys({ type: op.value });
      await el.updateComplete;
      return;
    }
    case 'select': {
      const select = (await tabTo(el, fieldId(pointerOf(op.path)))) as HTMLSelectElement;
      // The options may change as the choice does (a required choice drops its empty option).
      const index = () => [...select.options].findIndex((o) => o.value === op.value);
      if (index() < 0) throw new Error(`#${select.id} has no option ${op.value}`);
      for (let step = 0; select.value !== op.value; step++) {
        if (step > select.options.length + 1)
          throw new Error(`#${select.id}: the arrow keys did not reach ${op.value}`);
        await press(select.selectedIndex < index() ? 'ArrowDown' : 'ArrowUp');
        await el.updateComplete;
      }
      return;
    }
  }
}

describe('asf-plan-editor: acceptance', () => {
  it('writes the Gävleborg 2018 follow-up from an empty plan by keyboard, survives a reload, undoes each step', async function () {
    // Typing some 13 000 characters one key at a time: Chromium only (the other engines run every
    // other test of the editor; WebKit's WebDriver takes no held modifier keys, and Firefox's
    // closed <select> does not change with the arrow keys the same way).
    if (engine() !== 'chromium') this.skip();
    this.timeout(600000);
    const target = (await (await fetch('/examples/plans/gavleborg-arsredovisning-2018.json')).json()) as Draft;
    const key = `acceptance-${Date.now()}`;
    let el = await fixture<AsfPlanEditor>(html`<asf-plan-editor storage-key=${key}></asf-plan-editor>`);
    const ops = operations(target);
    const half = Math.floor(ops.length / 2);
    const snapshots: Draft[] = [];
    for (const [i, op] of ops.entries()) {
      if (i === half) {
        // A reload halfway: the draft is kept in the browser and offered back.
        const before = el.value;
        await el.saved;
        el.remove();
        el = await fixture<AsfPlanEditor>(html`<asf-plan-editor storage-key=${key}></asf-plan-editor>`);
        await waitUntil(() => root(el).getElementById('restore-draft'), 'the draft was not offered after the reload');
        await tabTo(el, 'restore-draft');
        await press('Enter');
        await el.updateComplete;
        expect(el.value).to.deep.equal(before);
      }
      await run(el, op);
      if (i >= ops.length - 12) snapshots.push(el.value);
    }
    const { $schema: _schema, ...expected } = target;
    void _schema;
    expect(el.problems.map((p) => p.message.en)).to.deep.equal([]);
    expect(el.value).to.deep.equal(expected);

    // Export by keyboard.
    let exported = '';
    el.addEventListener('asf-plan-export', (e) => {
      e.preventDefault();
      exported = e.text;
    });
    await tabTo(el, 'export-json');
    await press('Enter');
    expect(JSON.parse(exported)).to.deep.equal(expected);

    // Undo returns each step, newest first.
    for (let i = snapshots.length - 2; i >= 0; i--) {
      await press('z', 'Control');
      await el.updateComplete;
      expect(el.value).to.deep.equal(snapshots[i]);
    }
    await clearDraft(key);
  });
});

/**
 * The indicators part of the form: each indicator with its baseline, its target (the fields of
 * its type) and its outcomes.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { DIRECTIONS, MEASURES, TARGET_TYPES } from '@asf-kit/core';
import { freshId, getAt, isObject, pointerOf, type DraftPath, type Json } from './draft.js';
import { fieldId, type FormFields } from './form-fields.js';
import { CHOICES, TEXTS } from './plan-editor.texts.js';

function changeTargetType(f: FormFields, path: DraftPath, type: string): void {
  const current = getAt(f.draft, path);
  if (type === '') return f.edit(path, undefined);
  const keep: { [key: string]: Json } = { type };
  if (isObject(current)) {
    for (const k of ['date', 'text', 'approximate', 'of', 'perArea', 'value', 'min', 'max']) {
      const allowed: Record<string, string[]> = {
        level: ['value', 'approximate', 'of', 'perArea'],
        change: ['value'],
        milestone: [],
        direction: ['perArea'],
        range: ['min', 'max', 'approximate', 'of', 'perArea'],
      };
      if ((k === 'date' || k === 'text' || allowed[type]?.includes(k)) && current[k] !== undefined)
        keep[k] = current[k]!;
    }
  }
  f.edit(path, keep);
}

function renderTarget(f: FormFields, p: DraftPath): TemplateResult {
  const path = [...p, 'target'];
  const target = getAt(f.draft, path);
  const type = isObject(target) && typeof target['type'] === 'string' ? target['type'] : '';
  const label = f.tx('targetSection');
  const id = fieldId(pointerOf(path));
  return html`<fieldset class="group" id=${id}>
    <legend>${label}</legend>
    ${f.within(
      label,
      () => html`
      ${f.selectField([...path, 'type'], 'targetType', TARGET_TYPES, CHOICES['targetType']!, {
        optional: true,
        onChange: (v) => changeTargetType(f, path, v),
      })}
      ${type === 'level' || type === 'change' ? f.numberField([...path, 'value'], f.tx('value')) : nothing}
      ${type === 'range' ? html`${f.numberField([...path, 'min'], f.tx('min'))} ${f.numberField([...path, 'max'], f.tx('max'))}` : nothing}
      ${type !== '' ? f.dateField([...path, 'date'], 'date') : nothing}
      ${
        type === 'level' || type === 'range'
          ? html`${f.checkboxField([...path, 'approximate'], 'approximate')} ${f.numberField([...path, 'of'], f.tx('of'))}`
          : nothing
      }
      ${type !== '' ? f.textField([...path, 'text'], f.tx('asPrinted')) : nothing}
      ${type === 'level' || type === 'direction' || type === 'range' ? renderPerArea(f, path) : nothing}
    `,
    )}
    ${f.sectionIssues(pointerOf(path), id, label)}
  </fieldset>`;
}

/**
 * A target that applies to each of several areas ("i vardera av de fyra delregionerna"): how
 * many, what an area is, and the areas the document names.
 */
function renderPerArea(f: FormFields, targetPath: DraftPath): TemplateResult {
  const path = [...targetPath, 'perArea'];
  const label = f.tx('perAreaSection');
  const id = fieldId(pointerOf(path));
  return html`<fieldset class="group" id=${id}>
    <legend>${label}</legend>
    ${f.within(
      label,
      () => html`
      ${f.numberField([...path, 'count'], f.tx('areaCount'))} ${f.textField([...path, 'text'], f.tx('areaText'))}
      ${f.list(
        [...path, 'areas'],
        'areasSection',
        'area',
        'addArea',
        () => ({ id: freshId(getAt(f.draft, [...path, 'areas']), 'omrade') }),
        (a) => html`${f.idField([...a, 'id'])} ${f.localizedField([...a, 'name'], 'name')}`,
        nothing,
        4,
      )}
    `,
    )}
    ${f.sectionIssues(pointerOf(path), id, label)}
  </fieldset>`;
}

/** The area an outcome is for: one of the target's areas, or typed where the target names none. */
function renderOutcomeArea(f: FormFields, indicator: DraftPath, path: DraftPath): TemplateResult | typeof nothing {
  const perArea = getAt(f.draft, [...indicator, 'target', 'perArea']);
  if (perArea === undefined && getAt(f.draft, path) === undefined) return nothing;
  const areas = getAt(perArea, ['areas']);
  const ids = (Array.isArray(areas) ? areas : []).flatMap((a) =>
    isObject(a) && typeof a['id'] === 'string' && a['id'] !== '' ? [a['id']] : [],
  );
  if (ids.length === 0) return f.textField(path, f.tx('outcomeArea'), { hint: f.tx('idHint') });
  const names = new Map(
    (Array.isArray(areas) ? areas : []).flatMap((a) => {
      if (!isObject(a) || typeof a['id'] !== 'string') return [];
      const n = a['name'];
      const text = typeof n === 'string' ? n : isObject(n) ? (n[f.language] ?? n['sv']) : undefined;
      return [[a['id'], typeof text === 'string' && text !== '' ? `${a['id']}: ${text}` : a['id']] as const];
    }),
  );
  return f.selectField(path, 'outcomeArea', ids, (v) => names.get(v) ?? v, { optional: true });
}

function renderBaseline(f: FormFields, p: DraftPath): TemplateResult {
  const path = [...p, 'baseline'];
  const label = f.tx('baselineSection');
  const id = fieldId(pointerOf(path));
  return html`<fieldset class="group" id=${id}>
    <legend>${label}</legend>
    ${f.within(
      label,
      () => html`
      ${f.numberField([...path, 'value'], f.tx('value'))} ${f.dateField([...path, 'date'], 'date')}
      ${f.textField([...path, 'when'], f.tx('when'))} ${f.checkboxField([...path, 'approximate'], 'approximate')}
      ${f.numberField([...path, 'share'], f.tx('share'))} ${f.numberField([...path, 'of'], f.tx('of'))}
      ${f.textField([...path, 'text'], f.tx('asPrinted'))}
      ${f.localizedField([...path, 'note'], 'note')}
    `,
    )}
    ${f.sectionIssues(pointerOf(path), id, label)}
  </fieldset>`;
}

function renderOutcomeValue(f: FormFields, path: DraftPath, milestone: boolean): TemplateResult {
  const value = getAt(f.draft, path);
  if (!milestone && typeof value !== 'boolean') return f.numberField(path, f.tx('value'));
  const current = value === true ? 'true' : value === false ? 'false' : '';
  return f.selectField(
    path,
    'milestoneValue',
    ['true', 'false'],
    { true: TEXTS.achieved, false: TEXTS.notAchieved },
    {
      optional: current === '',
      onChange: (v) => f.edit(path, v === 'true' ? true : v === 'false' ? false : undefined),
    },
  );
}

export function renderIndicators(f: FormFields): TemplateResult {
  return f.list(
    ['indicators'],
    'indicatorsSection',
    'indicator',
    'addIndicator',
    () => ({ id: freshId(getAt(f.draft, ['indicators']), 'indikator'), title: '', direction: 'increase' }),
    (p) => {
      const milestone = getAt(f.draft, [...p, 'target', 'type']) === 'milestone';
      return html`
        ${f.localizedField([...p, 'title'], 'title')} ${f.idField([...p, 'id'])} ${f.goalField([...p, 'goal'])}
        ${f.localizedField([...p, 'unit'], 'unit')}
        ${f.selectField([...p, 'direction'], 'direction', DIRECTIONS, CHOICES['direction']!)}
        ${f.selectField([...p, 'measure'], 'measure', MEASURES, CHOICES['measure']!, { optional: true })}
        ${renderBaseline(f, p)} ${renderTarget(f, p)}
        ${f.list(
          [...p, 'outcomes'],
          'outcomesSection',
          'outcome',
          'addOutcome',
          () => ({}),
          (o) => html`
            ${f.dateField([...o, 'date'], 'date')} ${renderOutcomeValue(f, [...o, 'value'], milestone)}
            ${f.checkboxField([...o, 'approximate'], 'approximate')} ${f.numberField([...o, 'of'], f.tx('of'))}
            ${renderOutcomeArea(f, p, [...o, 'area'])}
            ${f.textField([...o, 'text'], f.tx('asPrinted'))} ${f.localizedField([...o, 'note'], 'note')}
            <fieldset class="group" id=${fieldId(pointerOf([...o, 'breakdown']))}>
              <legend>${f.tx('breakdownSection')}</legend>
              ${f.numberField([...o, 'breakdown', 'women'], f.tx('women'))}
              ${f.numberField([...o, 'breakdown', 'men'], f.tx('men'))}
            </fieldset>
            ${f.checkboxField([...o, 'illustrative'], 'illustrative')}
          `,
          nothing,
          4,
        )}
        ${f.dateField([...p, 'start'], 'start')} ${f.textField([...p, 'kpi'], f.tx('kpi'))}
        ${f.localizedField([...p, 'note'], 'note', true)} ${f.sourceField([...p, 'source'])}
      `;
    },
  );
}

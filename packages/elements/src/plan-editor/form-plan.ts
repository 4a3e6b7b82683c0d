/**
 * The parts of the form about the plan as a whole: the plan itself, its organisation, period,
 * adoption and who carries it (responsibility), its sources, definitions and notes.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ORGANISATION_TYPES, PLAN_KINDS } from '@asf-kit/core';
import { freshId, getAt } from './draft.js';
import { fieldId, type FormFields } from './form-fields.js';
import { CHOICES } from './plan-editor.texts.js';

export function renderPlanPart(f: FormFields): TemplateResult {
  return html`<section class="part" aria-labelledby="part-plan">
    ${f.heading(0, 'part-plan', f.tx('planSection'))}
    ${f.localizedField(['title'], 'title')}
    ${f.idField(['id'])}
    ${f.selectField(['kind'], 'kind', PLAN_KINDS, CHOICES['kind']!)}
    ${f.selectField(['formatVersion'], 'formatVersion', ['1', '1.1'], CHOICES['formatVersion']!, {
      optional: true,
      numeric: true,
    })}
    ${f.selectField(['language'], 'language', ['sv', 'en'], CHOICES['language']!, { optional: true })}
    ${f.localizedField(['description'], 'description', true)}
    ${f.checkboxField(['illustrative'], 'illustrative')}
    ${f.sectionIssues('/formatVersion', fieldId('/formatVersion'), f.tx('formatVersion'))}
  </section>`;
}

export function renderOrganisation(f: FormFields): TemplateResult {
  const label = f.tx('organisationSection');
  return html`<section class="part" id=${fieldId('/organisation')} aria-labelledby="part-organisation">
    ${f.heading(0, 'part-organisation', label)}
    ${f.within(
      label,
      () => html`
      ${f.textField(['organisation', 'name'], f.tx('name'))}
      ${f.selectField(['organisation', 'type'], 'organisationType', ORGANISATION_TYPES, CHOICES['type']!)}
      ${f.textField(['organisation', 'organisationNumber'], f.tx('organisationNumber'), { hint: 'NNNNNN-NNNN' })}
      ${f.actorChecks(['organisation', 'members'], 'membersSection')}
    `,
    )}
    ${f.sectionIssues('/organisation', fieldId('/organisation'), label)}
  </section>`;
}

export function renderPeriod(f: FormFields): TemplateResult {
  const label = f.tx('periodSection');
  return html`<section class="part" id=${fieldId('/period')} aria-labelledby="part-period">
    ${f.heading(0, 'part-period', label)}
    ${f.within(
      label,
      () => html`
      ${f.dateField(['period', 'start'], 'start')} ${f.dateField(['period', 'end'], 'end')}
      ${f.textField(['period', 'text'], f.tx('asPrinted'))} ${f.sourceField(['period', 'source'])}
    `,
    )}
    ${f.sectionIssues('/period', fieldId('/period'), label)}
  </section>`;
}

export function renderAdoption(f: FormFields): TemplateResult {
  const label = f.tx('adoptionSection');
  return html`<section class="part" id=${fieldId('/adopted')} aria-labelledby="part-adopted">
    ${f.heading(0, 'part-adopted', label)}
    ${f.within(
      label,
      () => html`
      ${f.textField(['adopted', 'by'], f.tx('adoptedBy'))} ${f.dateField(['adopted', 'date'], 'date')}
      ${f.textField(['adopted', 'dateText'], f.tx('dateText'))}
      ${f.textField(['adopted', 'reference'], f.tx('reference'))}
    `,
    )}
    ${f.sectionIssues('/adopted', fieldId('/adopted'), label)}
  </section>`;
}

export function renderSources(f: FormFields): TemplateResult {
  return f.list(
    ['sources'],
    'sourcesSection',
    'source',
    'addSource',
    () => ({ id: freshId(getAt(f.draft, ['sources']), 'kalla') }),
    (p) => html`
    ${f.idField([...p, 'id'])} ${f.textField([...p, 'title'], f.tx('title'))}
    ${f.textField([...p, 'publisher'], f.tx('publisher'))} ${f.dateField([...p, 'date'], 'date')}
    ${f.textField([...p, 'reference'], f.tx('reference'))}
    ${f.textField([...p, 'url'], f.tx('url'), { type: 'url' })}
    ${f.dateField([...p, 'retrieved'], 'retrieved')} ${f.localizedField([...p, 'description'], 'description', true)}
    ${f.textField([...p, 'file'], f.tx('file'))}
  `,
  );
}

export function renderNotes(f: FormFields): TemplateResult {
  return f.list(
    ['notes'],
    'notesSection',
    'note',
    'addNote',
    () => '',
    (p) => f.localizedField(p, 'noteText', true),
  );
}

/** Who carries the plan as a whole: its owner, partners, funders and contacts (format 1.1). */
export function renderResponsibility(f: FormFields): TemplateResult {
  const label = f.tx('responsibilitySection');
  const path = ['responsibility'];
  return html`<section class="part" id=${fieldId('/responsibility')} aria-labelledby="part-responsibility">
    ${f.heading(0, 'part-responsibility', label)}
    ${f.within(
      label,
      () => html`
      ${f.actorField([...path, 'owner'], 'owner')}
      ${f.actorChecks([...path, 'partners'], 'partnersSection')} ${f.actorChecks([...path, 'funders'], 'fundersSection')}
      ${f.list(
        [...path, 'contacts'],
        'contactsSection',
        'contact',
        'addContact',
        () => ({ name: '' }),
        (p) => html`
          ${f.textField([...p, 'name'], f.tx('name'))} ${f.localizedField([...p, 'role'], 'contactRole')}
          ${f.actorField([...p, 'organisation'], 'contactOrganisation')}
          ${f.textField([...p, 'email'], f.tx('email'))} ${f.textField([...p, 'phone'], f.tx('phone'))}
          ${f.sourceField([...p, 'source'])}
        `,
      )}
      ${f.textField([...path, 'text'], f.tx('responsibilityText'), { multiline: true })}
      ${f.sourceField([...path, 'source'])}
    `,
    )}
    ${f.sectionIssues('/responsibility', fieldId('/responsibility'), label)}
  </section>`;
}

/** The definitions the plan relies on (Sofisam's definition of ASF), each with its criteria. */
export function renderDefinitions(f: FormFields): TemplateResult {
  return f.list(
    ['definitions'],
    'definitionsSection',
    'definition',
    'addDefinition',
    () => ({ id: freshId(getAt(f.draft, ['definitions']), 'definition'), term: '', text: '' }),
    (p) => html`
      ${f.localizedField([...p, 'term'], 'term')} ${f.idField([...p, 'id'])}
      ${f.localizedField([...p, 'text'], 'definitionText', true)}
      ${f.list(
        [...p, 'criteria'],
        'criteriaSection',
        'criterion',
        'addCriterion',
        () => '',
        (c) => f.localizedField(c, 'noteText', true),
        nothing,
        4,
      )}
      ${f.sourceField([...p, 'source'])}
    `,
  );
}

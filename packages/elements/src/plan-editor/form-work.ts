/**
 * The parts of the form about who does what for whom: target groups, actors (from the actor
 * registry or the plan's own), goals and activities.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  ACTOR_REGISTRY,
  ACTOR_TYPES,
  describeSchedule,
  parseSchedule,
  registryActorToActor,
  SUPPORT_NEED_LABELS,
  SUPPORT_NEEDS,
} from '@asf-kit/core';
import { freshId, getAt, isObject, type DraftPath, type Json } from './draft.js';
import type { FormFields } from './form-fields.js';
import { CHOICES } from './plan-editor.texts.js';

/** The actor chosen in the registry's select, not yet added (the element's state). */
export interface RegistryChoice {
  choice(): string;
  choose(id: string): void;
}

export function renderTargetGroups(f: FormFields): TemplateResult {
  return f.list(
    ['targetGroups'],
    'targetGroupsSection',
    'targetGroup',
    'addTargetGroup',
    () => ({ id: freshId(getAt(f.draft, ['targetGroups']), 'malgrupp'), description: '' }),
    (p) => html`
      ${f.localizedField([...p, 'description'], 'description', true)} ${f.idField([...p, 'id'])}
      ${f.numberField([...p, 'ageMin'], f.tx('ageMin'))} ${f.numberField([...p, 'ageMax'], f.tx('ageMax'))}
      ${f.choiceChecks([...p, 'supportNeeds'], 'supportNeedsSection', SUPPORT_NEEDS, SUPPORT_NEED_LABELS)}
      ${f.list(
        [...p, 'priorities'],
        'prioritiesSection',
        'priority',
        'addPriority',
        () => '',
        (q) => renderPriority(f, q),
        nothing,
        4,
      )}
      ${f.sourceField([...p, 'source'])}
    `,
  );
}

/**
 * A priority group: a text ("utrikesfödda"), or a text with its own age range ("unga mellan
 * 16–29 år"). A plain text becomes `{ text, ageMin, ageMax }` when an age is typed; the text is
 * kept as it was.
 */
function renderPriority(f: FormFields, p: DraftPath): TemplateResult {
  const item = getAt(f.draft, p);
  const withAges = isObject(item) && !('sv' in item) && !('en' in item);
  const age = (key: 'ageMin' | 'ageMax') =>
    f.numberField([...p, key], f.tx(key), {
      write: withAges
        ? undefined
        : (value, typingKey) => {
            if (value !== undefined) f.edit(p, { text: item ?? '', [key]: value }, typingKey);
          },
    });
  return html`
    ${f.localizedField(withAges ? [...p, 'text'] : p, 'priorityText')} ${age('ageMin')} ${age('ageMax')}
  `;
}

export function renderActors(f: FormFields, registry: RegistryChoice): TemplateResult {
  const taken = new Set(f.idsOf('actors'));
  const available = ACTOR_REGISTRY.filter((r) => !taken.has(r.id));
  const addFromRegistry = () => {
    const entry = ACTOR_REGISTRY.find((r) => r.id === registry.choice());
    if (!entry) return;
    registry.choose('');
    f.addItem(['actors'], registryActorToActor(entry), 'actor');
  };
  const extra = html`<span class="registry">
    <label for="registry-actor">${f.tx('registryActor')}</label>
    <select id="registry-actor" @change=${(e: Event) => registry.choose((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${registry.choice() === ''}>${f.tx('none')}</option>
      ${available.map(
        (r) => html`<option value=${r.id} ?selected=${r.id === registry.choice()}>
          ${r.name[f.language]}${r.abbreviation ? ` (${r.abbreviation})` : ''}
        </option>`,
      )}
    </select>
    <button type="button" id="registry-add" ?disabled=${registry.choice() === ''} @click=${addFromRegistry}>
      ${f.tx('addRegistryActor')}
    </button>
  </span>`;
  return f.list(
    ['actors'],
    'actorsSection',
    'actor',
    'addActor',
    () => ({ id: freshId(getAt(f.draft, ['actors']), 'aktor'), name: '' }),
    (p) => html`
      ${f.localizedField([...p, 'name'], 'name')} ${f.idField([...p, 'id'])}
      ${f.textField([...p, 'abbreviation'], f.tx('abbreviation'))}
      ${f.selectField([...p, 'type'], 'actorType', ACTOR_TYPES, CHOICES['type']!, { optional: true })}
      ${f.localizedField([...p, 'role'], 'role', true)} ${f.sourceField([...p, 'source'])}
    `,
    extra,
  );
}

export function renderGoals(f: FormFields): TemplateResult {
  return f.list(
    ['goals'],
    'goalsSection',
    'goal',
    'addGoal',
    () => ({ id: freshId(getAt(f.draft, ['goals']), 'mal'), title: '' }),
    (p) => html`
    ${f.localizedField([...p, 'title'], 'title')} ${f.idField([...p, 'id'])}
    ${f.localizedField([...p, 'description'], 'description', true)} ${f.sourceField([...p, 'source'])}
  `,
  );
}

function scheduleFeedback(f: FormFields, value: Json | undefined): string {
  if (typeof value !== 'string' || value.trim() === '') return f.tx('noSchedule');
  const parsed = parseSchedule(value);
  return parsed.recognized ? f.tx('readAs', describeSchedule(parsed)[f.language]) : f.tx('notRecognized');
}

export function renderActivities(f: FormFields): TemplateResult {
  return f.list(
    ['activities'],
    'activitiesSection',
    'activity',
    'addActivity',
    () => ({ id: freshId(getAt(f.draft, ['activities']), 'aktivitet'), title: '', lead: [], involved: [] }),
    (p) => html`
      ${f.localizedField([...p, 'title'], 'title')} ${f.idField([...p, 'id'])} ${f.goalField([...p, 'goal'])}
      ${f.localizedField([...p, 'description'], 'description', true)}
      ${f.actorChecks([...p, 'lead'], 'leadSection')} ${f.actorChecks([...p, 'involved'], 'involvedSection', true)}
      ${f.textField([...p, 'schedule'], f.tx('schedule'), {
        feedback: scheduleFeedback(f, getAt(f.draft, [...p, 'schedule'])),
      })}
      ${f.textField([...p, 'responsibilityText'], f.tx('responsibilityText'))} ${f.sourceField([...p, 'source'])}
    `,
  );
}

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePlan } from '../plan/parse-plan.js';
import { Actor } from '../plan/schema.js';
import { ACTOR_REGISTRY, actorKeys, findRegistryActor, foldActorName, registryActorToActor } from './registry.js';
import { resolveActors, withRegistryActors } from './resolve-actors.js';

describe('ACTOR_REGISTRY', () => {
  it('has the common bodies under stable ids, each a valid plan actor', () => {
    for (const id of [
      'kommunfullmaktige',
      'kommunstyrelsen',
      'arbetsformedlingen',
      'forsakringskassan',
      'region',
      'samordningsforbund',
      'coompanion',
      'almi',
      'famna',
      'skr',
      'tillvaxtverket',
      'socialstyrelsen',
    ]) {
      assert.ok(
        ACTOR_REGISTRY.some((a) => a.id === id),
        id,
      );
    }
    for (const entry of ACTOR_REGISTRY) {
      assert.match(entry.id, /^[a-z][a-z-]*$/);
      assert.ok(Actor.safeParse(registryActorToActor(entry)).success, entry.id);
    }
  });

  it('finds every body by exactly one of its names', () => {
    const ids = ACTOR_REGISTRY.map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    const keys = ACTOR_REGISTRY.flatMap((a) => [...new Set(actorKeys(a).map(foldActorName))]);
    assert.equal(new Set(keys).size, keys.length, 'no name is shared by two bodies');
    for (const entry of ACTOR_REGISTRY)
      for (const key of actorKeys(entry)) assert.equal(findRegistryActor(key)?.id, entry.id, key);
  });
});

describe('findRegistryActor', () => {
  it('finds by id, abbreviation, names and aliases, ignoring case and spaces', () => {
    assert.equal(findRegistryActor('SKL')?.id, 'skr');
    assert.equal(findRegistryActor('Sveriges Kommuner och Landsting')?.id, 'skr');
    assert.equal(findRegistryActor('  försäkringskassan ')?.id, 'forsakringskassan');
    assert.equal(findRegistryActor('Swedish Public Employment Service')?.id, 'arbetsformedlingen');
    assert.equal(findRegistryActor('KS')?.id, 'kommunstyrelsen');
    assert.equal(findRegistryActor('Kommunstyrelseförvaltningen')?.id, 'kommunledningskontoret');
    assert.equal(findRegistryActor('OMN'), undefined);
    assert.equal(findRegistryActor(''), undefined);
    assert.equal(findRegistryActor('KS', []), undefined);
  });
});

describe('resolveActors', () => {
  const plan = {
    actors: [
      { id: 'KS', name: 'Kommunstyrelsen' },
      { id: 'famna', name: 'Famna Stockholm' },
    ],
    activities: [
      { id: 'a1', title: 'x', lead: ['KS'], involved: ['arbetsformedlingen', 'famna', 'XYZ'] },
      { id: 'a2', title: 'y', lead: ['coompanion'], involved: 'all' as const },
    ],
  };

  it('adds referenced registry bodies after the plan actors; the plan wins on the same id', () => {
    assert.deepEqual(
      resolveActors(plan).map((a) => [a.id, typeof a.name === 'string' ? a.name : a.name.sv]),
      [
        ['KS', 'Kommunstyrelsen'],
        ['famna', 'Famna Stockholm'],
        ['arbetsformedlingen', 'Arbetsförmedlingen'],
        ['coompanion', 'Coompanion'],
      ],
    );
  });

  it('uses the registry it is given', () => {
    assert.deepEqual(
      resolveActors(plan, []).map((a) => a.id),
      ['KS', 'famna'],
    );
  });
});

describe('withRegistryActors', () => {
  const input = {
    id: 'demo',
    kind: 'action-plan',
    title: 'Handlingsplan',
    organisation: {
      name: 'Samordningsförbundet',
      type: 'coordination-association',
      members: ['arbetsformedlingen', 'forsakringskassan'],
    },
    actors: [{ id: 'KS', name: 'Kommunstyrelsen' }],
    activities: [{ id: 'a1', title: 'Samverka', lead: ['KS'], involved: ['coompanion', 'almi'] }],
  };

  it('lets parsePlan accept a plan that uses registry ids, without changing the input', () => {
    const before = JSON.stringify(input);
    assert.equal(parsePlan(input).success, false);
    const result = parsePlan(withRegistryActors(input));
    assert.ok(result.success, JSON.stringify(!result.success && result.error.issues));
    assert.deepEqual(
      result.data.actors.map((a) => a.id),
      ['KS', 'arbetsformedlingen', 'forsakringskassan', 'coompanion', 'almi'],
    );
    assert.equal(JSON.stringify(input), before);
  });

  it('leaves alone what it cannot help with', () => {
    const unknown = {
      ...input,
      organisation: { name: 'X', type: 'municipality' },
      activities: [{ id: 'a1', title: 'x', lead: ['XYZ'], involved: 'all' }],
    };
    assert.equal(withRegistryActors(unknown), unknown);
    assert.equal(withRegistryActors(null), null);
    assert.equal(withRegistryActors('text'), 'text');
    assert.deepEqual(withRegistryActors({ activities: [{ lead: ['skr'] }] }), {
      activities: [{ lead: ['skr'] }],
      actors: [
        {
          id: 'skr',
          name: { sv: 'Sveriges Kommuner och Regioner', en: 'Swedish Association of Local Authorities and Regions' },
          type: 'association',
          abbreviation: 'SKR',
        },
      ],
    });
  });
});

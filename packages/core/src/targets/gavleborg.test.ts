import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parsePlan } from '../plan/parse-plan.js';
import { evaluatePlan } from './evaluate-plan.js';
import type { IndicatorEvaluation } from './evaluate-indicator.js';

const url = new URL('../../../../examples/plans/gavleborg-arsredovisning-2018.json', import.meta.url);
const parsed = parsePlan(JSON.parse(readFileSync(url, 'utf8')));
if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues, null, 2));
const result = evaluatePlan(parsed.data, { asOf: '2018-12-31' });

function byId(id: string): IndicatorEvaluation {
  const e = result.indicators.find((i) => i.id === id);
  assert.ok(e, `no indicator "${id}" in the Gävleborg plan`);
  return e;
}

function close(actual: number | null, expected: number, digits = 3): void {
  assert.ok(actual !== null, `expected ≈ ${expected}, got null`);
  assert.ok(Math.abs(actual - expected) < 10 ** -digits, `expected ≈ ${expected}, got ${actual}`);
}

describe('Gävleborg årsredovisning 2018, evaluated at 2018-12-31', () => {
  it('active ASF: 25 → 30, 28 reached: progress 0.6, attainment ≈ 0.933, not achieved', () => {
    const e = byId('aktiva-asf');
    close(e.progress, 0.6, 12);
    close(e.attainment, 0.933);
    assert.equal(e.status, 'not-achieved');
  });

  it('employees: 190 → 200, 209 reached: progress 1.9, achieved', () => {
    const e = byId('anstallda');
    close(e.progress, 1.9, 12);
    assert.equal(e.status, 'achieved');
  });

  it('participants: 150 → 180, 199 reached: progress ≈ 1.633, achieved', () => {
    const e = byId('deltagare');
    close(e.progress, 1.633);
    assert.equal(e.status, 'achieved');
  });

  it('municipalities in a support structure: 4 → 7, 7 reached: progress 1.0, achieved', () => {
    const e = byId('kommuner-stodstruktur');
    close(e.progress, 1, 12);
    assert.equal(e.status, 'achieved');
  });

  it('organisations informed: 32 of 30, achieved', () => {
    const e = byId('organisationer-information');
    assert.equal(e.outcome?.value, 32);
    assert.equal(e.target?.value, 30);
    close(e.progress, 32 / 30, 12);
    close(e.attainment, 32 / 30, 12);
    assert.equal(e.status, 'achieved');
  });

  it('staff informed: 235 of 300 ≈ 0.783, not achieved', () => {
    const e = byId('medarbetare-information');
    close(e.progress, 0.783);
    close(e.attainment, 0.783);
    assert.equal(e.status, 'not-achieved');
  });

  it('politicians informed: ca 75 of 250 ≈ 0.3, approximate, not achieved', () => {
    const e = byId('politiker-information');
    close(e.progress, 0.3);
    assert.equal(e.approximate, true);
    assert.equal(e.outcome?.approximate, true);
    assert.equal(e.status, 'not-achieved');
  });

  it('information events: 63 of 50: 1.26, achieved', () => {
    const e = byId('informationsinsatser');
    close(e.progress, 1.26, 12);
    assert.equal(e.status, 'achieved');
  });

  it('the regional council milestone: not achieved', () => {
    const e = byId('rad-akademi');
    assert.equal(e.status, 'not-achieved');
    assert.equal(e.progress, 0);
  });

  it('figures reported without a target are not assessable, and keep their outcome', () => {
    const e = byId('utbildningar');
    assert.equal(e.status, 'not-assessable');
    assert.equal(e.reason, 'no-target');
    assert.equal(e.outcome?.value, 3);
  });

  it('no figure is approximate except the approximate ones', () => {
    const approximate = result.indicators
      .filter((e) => e.approximate)
      .map((e) => e.id)
      .sort();
    const printedCa = parsed.data.indicators
      .filter(
        (i) =>
          i.outcomes.some((o) => o.approximate) ||
          i.baseline?.approximate ||
          (i.target?.type === 'level' && i.target.approximate),
      )
      .map((i) => i.id)
      .sort();
    assert.deepEqual(approximate, printedCa);
    assert.ok(approximate.includes('politiker-information'));
  });
});

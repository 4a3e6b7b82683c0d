// Generated, ILLUSTRATIVE plans for the benchmarks: every figure is made up (the plans and their
// outcomes say so with `illustrative: true`). Deterministic: the same seed gives the same plan.
import { random } from './random.mjs';

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const LEADS = ['KS', 'AMN', 'OMN', 'SCN', 'UBN', 'KFN', 'VN', 'GSN'];
const INVOLVED = ['AF', 'FK', 'SF', 'COOMP', 'FAMNA', 'REG'];
const SCHEDULES = [
  '2018 - 2019',
  '2019',
  '2020 - 2022',
  'Pågår',
  'Pågår kontinuerligt',
  '2021',
  'Hösten 2020',
  undefined,
];
const TOPICS = [
  'Informera om ASF i upphandlingar',
  'Utbilda handläggare om sociala företag',
  'Erbjuda arbetsträningsplatser',
  'Samverka med Arbetsförmedlingen',
  'Ta fram riktlinjer för reserverade kontrakt',
  'Arrangera nätverksträffar',
  'Kartlägga behov av stöd',
  'Följa upp deltagare efter avslut',
];
const INDICATOR_TITLES = [
  ['Antal aktiva ASF', 'aktiva ASF', 'increase'],
  ['Antal deltagare i arbetsträning', 'deltagare', 'increase'],
  ['Antal anställda i ASF', 'anställda', 'increase'],
  ['Upphandlingar med sociala hänsyn', 'upphandlingar', 'increase'],
  ['Antal utbildade', 'utbildade', 'increase'],
  ['Långtidsarbetslösa', 'personer', 'decrease'],
];

const actors = () => [
  ...LEADS.map((id) => ({ id, name: `Nämnd ${id}`, abbreviation: id, type: 'committee' })),
  ...INVOLVED.map((id) => ({ id, name: `Aktör ${id}`, abbreviation: id, type: 'agency' })),
];

const base = (id, title) => ({
  formatVersion: 1,
  id,
  kind: 'action-plan',
  title: `${title} (illustrativ)`,
  illustrative: true,
  organisation: { name: 'Illustrativ kommun', type: 'municipality' },
  period: { start: '2019-01-01', end: '2024-12-31' },
});

/** One indicator with a baseline, a level target and a yearly outcome for each of `years`. */
function indicator(r, id, goal, k, years = YEARS) {
  const [title, unit, direction] = INDICATOR_TITLES[k % INDICATOR_TITLES.length];
  const baseline = 10 + Math.floor(r() * 90);
  const change = 5 + Math.floor(r() * 30);
  const target = direction === 'increase' ? baseline + change : Math.max(0, baseline - change);
  const approximate = r() < 0.1;
  let value = baseline;
  const outcomes = years.map((y) => {
    value = Math.max(0, Math.round(value + (direction === 'increase' ? 1 : -1) * (r() * change * 0.4 - change * 0.05)));
    return {
      date: `${y}-12-31`,
      value,
      illustrative: true,
      ...(approximate && r() < 0.5 ? { approximate: true } : {}),
    };
  });
  return {
    id,
    ...(goal ? { goal } : {}),
    title: `${title} ${k + 1}`,
    unit,
    direction,
    measure: 'count',
    baseline: { value: baseline, date: `${years[0]}-01-01`, ...(approximate ? { approximate: true } : {}) },
    target: { type: 'level', value: target, date: `${years.at(-1)}-12-31` },
    outcomes,
  };
}

/**
 * A region's follow-up: `municipalities` goals (one per municipality) × `indicators` each, with
 * an outcome for each of the 6 years 2019–2024. Defaults: Sweden's 290 municipalities × 20.
 */
export function regionPlan({ municipalities = 290, indicators = 20, seed = 290 } = {}) {
  const r = random(seed);
  const goals = [];
  const list = [];
  for (let m = 1; m <= municipalities; m++) {
    const goal = `kommun-${String(m).padStart(3, '0')}`;
    goals.push({ id: goal, title: `Kommun ${m} (illustrativ)` });
    for (let k = 0; k < indicators; k++) list.push(indicator(r, `${goal}-i${k + 1}`, goal, k));
  }
  return {
    ...base('illustrativ-region', 'Uppföljning av ASF i en region'),
    kind: 'follow-up',
    organisation: { name: 'Illustrativ region', type: 'region' },
    goals,
    indicators: list,
  };
}

/** An action plan with `count` activities over 5 goals, with leads, involved actors and schedules. */
export function activityPlan(count, seed = count) {
  const r = random(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const goals = Array.from({ length: 5 }, (_, i) => ({
    id: `mal-${i + 1}`,
    title: `Målområde ${i + 1} (illustrativt)`,
  }));
  const activities = Array.from({ length: count }, (_, i) => {
    const schedule = pick(SCHEDULES);
    return {
      id: `a${i + 1}`,
      goal: pick(goals).id,
      title: `${pick(TOPICS)} ${i + 1}`,
      lead: [pick(LEADS)],
      involved: r() < 0.1 ? 'all' : [pick(INVOLVED), pick(INVOLVED)].filter((x, j, a) => a.indexOf(x) === j),
      ...(schedule ? { schedule } : {}),
    };
  });
  return {
    ...base(`illustrativ-aktiviteter-${count}`, `Handlingsplan med ${count} aktiviteter`),
    actors: actors(),
    goals,
    activities,
  };
}

/** A follow-up with `count` indicators over 5 goals, for the scorecard. */
export function indicatorPlan(count, seed = count) {
  const r = random(seed);
  const goals = Array.from({ length: 5 }, (_, i) => ({
    id: `mal-${i + 1}`,
    title: `Målområde ${i + 1} (illustrativt)`,
  }));
  const list = Array.from({ length: count }, (_, k) => indicator(r, `i${k + 1}`, goals[k % 5].id, k));
  return {
    ...base(`illustrativ-indikatorer-${count}`, `Uppföljning med ${count} indikatorer`),
    kind: 'follow-up',
    goals,
    indicators: list,
  };
}

// The five source documents the project started from, encoded as plan files, and two public project descriptions found
// later (plan format 1.1): each must parse, and must say what its document says. Expected
// strings and figures are copied from the documents themselves, so that a wrong figure or a
// lost row in a plan file fails here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import {
  activitiesToCsv,
  activityLeads,
  evaluatePlan,
  localize,
  parseActivitiesCsv,
  parsePlan,
  priorityParts,
  summarizeIndicator,
  SUPPORT_NEEDS,
} from '../../packages/core/src/index.js';
import type { Activity, Indicator, LocalizedText, Plan } from '../../packages/core/src/index.js';

/** The project's original documents (format 1): the title of the document each plan encodes. */
const ORIGINALS = {
  'bollnas-handlingsplan-2019-2024.json': 'Handlingsplan för främjande av arbetsintegrerande sociala företag 2019-2024',
  'partner-policy-overview.json':
    'Våra samarbetspartners policy angående Sociala företag samt Arbetsintegrerande Sociala företag (ASF)',
  'gavleborg-arsredovisning-2018.json': 'Årsredovisning arbetsintegrerande sociala företag 2018',
  'gotland-policy-2015.json': 'Policy för arbetsintegrerande sociala företag',
  'uppsala-handlingsplan-2018-2020.json': 'Handlingsplan för Sociala företag',
} as const;
/** Plans transcribed from public web pages (format 1.1): the URL of their main source. */
const PUBLIC = {
  'dalarna-utveckling-asf-2017-2018.json':
    'https://tillvaxtverket.se/amnesomraden/kompetensforsorjning/stod-till-arbetsintegrerande-sociala-foretag/regionala-projekt/region-dalarna.html',
  'vastra-gotaland-asf-2017-2018.json':
    'https://tillvaxtverket.se/amnesomraden/kompetensforsorjning/stod-till-arbetsintegrerande-sociala-foretag/regionala-projekt/vastra-gotalandsregionen.html',
} as const;
type PlanFile = keyof typeof ORIGINALS | keyof typeof PUBLIC;

const raw = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

function load(file: PlanFile): Plan {
  const result = parsePlan(raw(file));
  if (!result.success) {
    assert.fail(`${file}: ${result.error.issues.map((i) => `${i.pointer} ${i.message.en}`).join('; ')}`);
  }
  return result.data;
}

const sv = (text: LocalizedText | undefined): string => localize(text, 'sv');

function byId<T extends { id: string }>(items: readonly T[], id: string): T {
  const item = items.find((i) => i.id === id);
  assert.ok(item, `no item with id "${id}"`);
  return item;
}

/** Baseline value, target value and first outcome value of an indicator. */
function figures(ind: Indicator): [unknown, unknown, unknown] {
  const target = ind.target && 'value' in ind.target ? ind.target.value : undefined;
  return [ind.baseline?.value, target, ind.outcomes[0]?.value];
}

describe('plan files in examples/plans', () => {
  it('lists every plan file in this folder', () => {
    const files = readdirSync(new URL('./', import.meta.url))
      .filter((f) => f.endsWith('.json'))
      .sort();
    assert.deepEqual(files, [...Object.keys(ORIGINALS), ...Object.keys(PUBLIC)].sort());
  });

  for (const file of [...Object.keys(ORIGINALS), ...Object.keys(PUBLIC)] as PlanFile[]) {
    it(`${file} parses, names its source document and holds only real figures`, () => {
      const input = raw(file);
      assert.equal(input.$schema, '../../packages/core/dist/plan.schema.json');
      const plan = load(file);
      if (file in ORIGINALS) {
        assert.equal(input.formatVersion, 1);
        const title = ORIGINALS[file as keyof typeof ORIGINALS];
        assert.ok(
          plan.sources.some((s) => s.title === title),
          `no source is "${title}"`,
        );
      } else {
        assert.equal(input.formatVersion, 1.1);
        const url = PUBLIC[file as keyof typeof PUBLIC];
        const source = plan.sources.find((s) => s.url === url);
        assert.ok(source, `no source has the URL ${url}`);
        assert.ok(source.title && source.publisher && source.retrieved, 'title, publisher and date read');
      }
      for (const s of plan.sources)
        assert.equal(s.file, undefined, 'sources are cited by title, publisher, date and URL, not by a file name');
      assert.equal(plan.illustrative, undefined);
      for (const ind of plan.indicators) {
        for (const o of ind.outcomes) assert.notEqual(o.illustrative, true, `${ind.id} has an illustrative outcome`);
      }
      for (const a of plan.activities)
        assert.ok(activityLeads(plan, a).length > 0, `${a.id} has no lead, and the plan no owner`);
    });
  }
});

describe('Bollnäs, Handlingsplan ASF 2019-2024 (Bollnäs kommun)', () => {
  const plan = load('bollnas-handlingsplan-2019-2024.json');

  it('is the action plan adopted by Kommunfullmäktige 2019-10-28 § 208 for 2019-2024', () => {
    assert.equal(plan.kind, 'action-plan');
    assert.deepEqual(plan.organisation, { name: 'Bollnäs kommun', type: 'municipality' });
    assert.deepEqual(plan.period, { start: '2019-01-01', end: '2024-12-31' });
    assert.deepEqual(plan.adopted, { by: 'Kommunfullmäktige', date: '2019-10-28', reference: '§ 208' });
    assert.equal(byId(plan.sources, 'policy-2018').date, '2018-01-29');
  });

  it('has the Sofisam definition with its four criteria and footnote 2', () => {
    const def = byId(plan.definitions, 'asf');
    assert.equal(sv(def.term), 'Arbetsintegrerande sociala företag');
    assert.equal(def.criteria?.length, 4);
    assert.match(sv(def.criteria?.[0]), /^Med övergripande ändamål att integrera människor som har stora svårigheter/);
    assert.match(sv(def.criteria?.[3]), /inte har ägare som är kommuner eller andra offentligt ägda organisationer\.$/);
    const source = byId(plan.sources, def.source ?? '');
    assert.equal(source.url, 'https://sofisam.se/vad-ar-sociala-foretag/definition.html');
    assert.equal(source.retrieved, '2018-10-25');
  });

  it('has the four målsättningar as goals, titled as printed', () => {
    assert.deepEqual(
      plan.goals.map((g) => sv(g.title)),
      [
        'Målsättning ökad kunskap bland tjänstemän, politiker och allmänhet kring frågor som berör ASF',
        'Målsättning fler livskraftiga ASF i Bollnäs kommun och att antalet deltagare och anställda i dem ökar',
        'Målsättning ökad samverkan mellan ASF, kommunen och andra offentliga organisationer',
        'Målsättning affärer med fokus på sociala hänsyn',
      ],
    );
  });

  it('has the ten Hur/Ansvarig rows, with leads and no tidplan', () => {
    assert.equal(plan.activities.length, 10);
    assert.deepEqual(
      plan.goals.map((g) => plan.activities.filter((a) => a.goal === g.id).length),
      [3, 2, 3, 2],
    );
    assert.deepEqual(
      plan.activities.map((a) => a.lead.join('+')),
      ['NLU+AME', 'KSF', 'NLU+AME', 'NLU', 'AME', 'KSF', 'AME', 'AME', 'KSF+OVRIGA-FORV+BOLAG', 'SOCF'],
    );
    assert.ok(plan.activities.every((a) => a.schedule === undefined));
    const agreements = byId(plan.activities, '2.2');
    assert.equal(
      sv(agreements.title),
      'Arbetsintegrering för försörjningsstödstagare – Avtal skrivs mellan ASF och Bollnäs kommun.',
    );
    assert.deepEqual(agreements.involved, ['SOCT']);
    assert.equal(
      agreements.responsibilityText,
      'Arbetsmarknadsenheten ansvarar för att avtalsskrivning sker i samverkan med socialtjänsten.',
    );
    assert.equal(
      byId(plan.activities, '4.1').responsibilityText,
      'Kommunstyrelseförvaltningen, kommunens övriga förvaltningar samt kommunala bolag.',
    );
  });

  it('has the five targets, with no invented baseline figure and no outcomes', () => {
    assert.equal(plan.indicators.length, 5);
    assert.deepEqual(
      plan.indicators.map((i) => [
        i.target?.type,
        i.target && 'value' in i.target ? i.target.value : undefined,
        i.target?.date,
      ]),
      [
        ['change', 2, '2024-12-31'],
        ['change', 15, '2024-12-31'],
        ['change', 10, '2024-12-31'],
        ['level', 3, '2024-12-31'],
        ['level', 100, '2024-12-31'],
      ],
    );
    assert.equal(plan.indicators[0]?.target?.text, 'Ökat antal livskraftiga ASF i Bollnäs med 2.');
    for (const ind of plan.indicators) {
      assert.deepEqual(ind.outcomes, [], `${ind.id} has outcomes`);
      assert.equal(ind.baseline?.value, undefined, `${ind.id} has a baseline value`);
      assert.ok(
        plan.goals.some((g) => g.id === ind.goal),
        `${ind.id} is not linked to a goal`,
      );
    }
    for (const ind of plan.indicators.slice(0, 3)) {
      assert.equal(ind.baseline?.date, '2019-01-01');
      assert.match(sv(ind.baseline?.note), /^Utgångsvärdet anges inte i handlingsplanen/);
    }
  });

  it('has the target groups 16-64 with all seven reasons, and politicians and officials', () => {
    const [individuals, enablers] = plan.targetGroups;
    assert.equal(individuals?.ageMin, 16);
    assert.equal(individuals?.ageMax, 64);
    assert.deepEqual([...(individuals?.supportNeeds ?? [])].sort(), [...SUPPORT_NEEDS].sort());
    assert.equal(sv(enablers?.description), 'Politiker och tjänstemän som möjliggör utveckling av ASF.');
  });
});

describe('Samordningsförbund Gävleborg, Årsredovisning ASF 2018 (Samordningsförbund Gävleborg)', () => {
  const plan = load('gavleborg-arsredovisning-2018.json');
  const ind = (id: string) => byId(plan.indicators, id);

  it('is the 2018 follow-up of the association and its thirteen members', () => {
    assert.equal(plan.kind, 'follow-up');
    assert.equal(plan.organisation.type, 'coordination-association');
    assert.deepEqual(plan.period, { start: '2018-01-01', end: '2018-12-31' });
    const members = plan.organisation.members ?? [];
    assert.equal(members.length, 13);
    assert.deepEqual(
      members.map((id) => sv(byId(plan.actors, id).name)),
      [
        'Arbetsförmedlingen',
        'Försäkringskassan',
        'Region Gävleborg',
        'Bollnäs kommun',
        'Gävle kommun',
        'Hofors kommun',
        'Hudiksvalls kommun',
        'Ljusdals kommun',
        'Nordanstigs kommun',
        'Ockelbo kommun',
        'Ovanåkers kommun',
        'Sandvikens kommun',
        'Söderhamns kommun',
      ],
    );
    for (const id of ['coompanion', 'tillvaxtverket', 'SKL']) byId(plan.actors, id);
  });

  it('has baseline, målbild and resultat as printed', () => {
    assert.deepEqual(figures(ind('aktiva-asf')), [25, 30, 28]);
    assert.equal(ind('aktiva-asf').baseline?.date, '2018-01-01');
    assert.equal(ind('aktiva-asf').baseline?.text, 'Verksamma 2018-01-01: 25 aktivt verksamma ASF.');
    assert.deepEqual(ind('aktiva-asf').unit, { sv: 'aktiva ASF', en: 'active WISEs' });
    assert.deepEqual(figures(ind('anstallda')), [190, 200, 209]);
    assert.deepEqual(figures(ind('deltagare')), [150, 180, 199]);
    assert.deepEqual(figures(ind('kommuner-stodstruktur')), [4, 7, 7]);
    assert.match(ind('kommuner-stodstruktur').baseline?.text ?? '', /Hudiksvall, Nordanstig, Söderhamn och Bollnäs/);
    assert.match(
      ind('kommuner-stodstruktur').outcomes[0]?.text ?? '',
      /Hudiksvall, Nordanstig, Söderhamn, Ljusdal, Bollnäs, Gävle och Hofors/,
    );
  });

  it('has the yearly information targets without a baseline', () => {
    assert.deepEqual(figures(ind('organisationer-information')), [undefined, 30, 32]);
    assert.deepEqual(figures(ind('medarbetare-information')), [undefined, 300, 235]);
    assert.deepEqual(figures(ind('politiker-information')), [undefined, 250, 75]);
    assert.deepEqual(figures(ind('informationsinsatser')), [undefined, 50, 63]);
    for (const id of [
      'organisationer-information',
      'medarbetare-information',
      'politiker-information',
      'informationsinsatser',
    ]) {
      assert.equal(ind(id).baseline, undefined);
      assert.equal(ind(id).start, '2018-01-01');
    }
    const politicians = ind('politiker-information').outcomes[0];
    assert.equal(politicians?.approximate, true);
    assert.equal(politicians?.text, 'ca 75');
  });

  it('has the council/academy milestone as not achieved, and no guessed gender outcome', () => {
    const council = ind('rad-akademi');
    assert.equal(council.target?.type, 'milestone');
    assert.equal(council.target?.date, '2018-12-31');
    assert.equal(council.outcomes[0]?.value, false);
    assert.equal(council.outcomes[0]?.text, 'Ej uppnått');
    assert.match(sv(council.outcomes[0]?.note), /embryo på ett regionsövergripande råd/);
    const gender = ind('jamstalldhet');
    assert.equal(gender.target?.type, 'milestone');
    assert.deepEqual(gender.outcomes, []);
    assert.match(sv(gender.note), /vid två tillfällen under året, första och sista kvartalet/);
  });

  it('has the figures reported without a målbild', () => {
    assert.deepEqual(figures(ind('utbildningar')), [undefined, undefined, 3]);
    assert.deepEqual(figures(ind('ambassadorer')), [undefined, undefined, 50]);
    assert.equal(ind('ambassadorer').outcomes[0]?.approximate, true);
    assert.deepEqual(figures(ind('lokala-samverkansgrupper')), [undefined, undefined, 6]);
    for (const id of ['utbildningar', 'ambassadorer', 'lokala-samverkansgrupper'])
      assert.equal(ind(id).target, undefined);
  });

  it('dates every outcome 2018-12-31 and links every indicator to a goal', () => {
    assert.equal(plan.indicators.length, 13);
    for (const i of plan.indicators) {
      for (const o of i.outcomes) assert.equal(o.date, '2018-12-31', i.id);
      assert.ok(
        plan.goals.some((g) => g.id === i.goal),
        `${i.id} is not linked to a goal`,
      );
    }
    assert.deepEqual(
      plan.goals.map((g) => sv(g.title)),
      [
        'ASF – ökad kompetens och mobilisering',
        'ASF är känt på övergripande nivå hos förbundets parter.',
        'bidra till utveckling av hållbara stödstrukturer på lokal och regional nivå.',
        'upprätta ett länsövergripande råd/akademi för ASF.',
        'ASF-platser med handledning',
      ],
    );
  });

  it('has the two target groups', () => {
    assert.equal(plan.targetGroups.length, 2);
    assert.equal(plan.targetGroups[0]?.ageMin, 16);
    assert.equal(plan.targetGroups[0]?.ageMax, 64);
  });
});

describe('Uppsala, Handlingsplan för Sociala företag 2018-2020 (Uppsala kommun)', () => {
  const plan = load('uppsala-handlingsplan-2018-2020.json');
  const rows = (goal: string): Activity[] => plan.activities.filter((a) => a.goal === goal);

  it('is the action plan for 2018-2020, adopted by KS "2018-xx-xx"', () => {
    assert.equal(plan.kind, 'action-plan');
    assert.deepEqual(plan.period, { start: '2018-01-01', end: '2020-12-31' });
    assert.equal(plan.adopted?.by, 'Kommunstyrelsen');
    assert.equal(plan.adopted?.dateText, '2018-xx-xx');
    assert.equal(plan.adopted?.date, undefined);
    const proposal = byId(plan.sources, 'amn-forslag');
    assert.equal(proposal.date, '2018-09-05');
    assert.equal(proposal.reference, 'Diarienummer AMN-2018-0329');
    assert.equal(byId(plan.sources, 'riktlinje').reference, 'KSN-2016-1923');
  });

  it('has the five områden, titled as printed', () => {
    assert.deepEqual(
      plan.goals.map((g) => sv(g.title)),
      [
        'Område 1: Förbättrad samverkan',
        'Område 2: Utveckling för ökad brukar- och samhällsnytta',
        'Område 3: Öka intern kunskap och kompetens',
        'Område 4: Stöd till sociala företag',
        'Område 5: Underlätta för sociala företag att delta i upphandling',
      ],
    );
  });

  it('has all eighteen table rows, 3/3/3/3/6 per område', () => {
    assert.equal(plan.activities.length, 18);
    assert.deepEqual(
      plan.goals.map((g) => rows(g.id).length),
      [3, 3, 3, 3, 6],
    );
  });

  it('keeps every tidplan exactly as printed', () => {
    assert.deepEqual(
      plan.activities.map((a) => a.schedule),
      [
        'Pågå',
        '2018-2020',
        '2019',
        '2018 - 2019',
        '2018 - 2019',
        '2019 - 2020',
        '2018 -2020',
        '2019',
        '2019',
        '2018 - 2019',
        '2018 - 2020',
        '2019 - 2020',
        '2018 - 2020',
        '2018 - 2019',
        'Pågår',
        '2018 - 2020',
        '2018 - 2020',
        'Pågår\nkontinuerligt',
      ],
    );
  });

  it('has the printed huvudansvarig and andra berörda aktörer of every row', () => {
    assert.deepEqual(
      plan.activities.map((a) => a.lead.join(', ')),
      [
        'KS',
        'KS',
        'KS',
        'AMN, OMN',
        'AMN, OMN',
        'AMN, OMN',
        'KS',
        'AMN',
        'KS',
        'AMN, KS',
        'AMN',
        'AMN',
        'KS',
        'KS',
        'KS',
        'KS',
        'KS',
        'KS',
      ],
    );
    assert.deepEqual(
      plan.activities.map((a) => (a.involved === 'all' ? 'Samtliga' : a.involved.join(', '))),
      [
        'AMN, OMN',
        'AMN, OMN, SCN, KTN',
        'Samtliga',
        '',
        '',
        'KS',
        'AMN, OMN',
        'OMN, SCN, KTN, KS',
        'AMN, OMN, SCN, KTN',
        'KTN, OMN, SCN',
        'KS, KTN, OMN, SCN',
        'OMN, KS',
        'AMN, OMN',
        'AMN, OMN',
        'AMN, OMN',
        'kommunala-forvaltningar',
        'AMN, KTN, OMN, SCN',
        '',
      ],
    );
    assert.equal(byId(plan.activities, '5.4').responsibilityText, 'Kommunala förvaltningar när upphandling görs.');
    for (const code of ['KS', 'AMN', 'OMN', 'SCN', 'KTN']) assert.equal(byId(plan.actors, code).abbreviation, code);
    for (const id of ['region-uppsala', 'AF', 'FK', 'samordningsforbundet']) byId(plan.actors, id);
  });

  it('joins the row split by the page break, and reads the struck-through "dialog" as "samråd"', () => {
    assert.equal(
      sv(byId(plan.activities, '2.3').title),
      'Implementera uppföljningsmetoder för att stöd ska ges till sociala företag som kan visa på brukar- och samhällsnytta.',
    );
    const resource = byId(plan.activities, '4.2');
    assert.equal(
      sv(resource.title),
      'I samråd med sociala företag utreda behov av och verka för en resursorganisation.',
    );
    assert.match(sv(resource.description), /~~dialog~~/);
  });

  it('has the målgrupp with the priorities unga, utrikesfödda and personer med funktionsnedsättning', () => {
    const [group] = plan.targetGroups;
    assert.deepEqual(
      group?.priorities?.map((p) => sv(priorityParts(p).text)),
      ['unga', 'utrikesfödda', 'personer med funktionsnedsättning'],
    );
    assert.match(
      sv(group?.description),
      /^Målgrupp är personer som på grund av funktionsnedsättning har nedsatt arbetsförmåga/,
    );
  });
});

describe('Region Gotland, Policy för ASF 2015 (Region Gotland)', () => {
  const plan = load('gotland-policy-2015.json');

  it('is the policy adopted by Regionstyrelsen 2015-09-07 § 221, dated 2015-05-22', () => {
    assert.equal(plan.kind, 'policy');
    assert.deepEqual(plan.organisation, { name: 'Region Gotland', type: 'region' });
    assert.deepEqual(plan.adopted, { by: 'Regionstyrelsen', date: '2015-09-07', reference: '§ 221' });
    assert.equal(byId(plan.sources, 'policy').date, '2015-05-22');
  });

  it('has the Sofisam definition with its four criteria as printed', () => {
    const def = byId(plan.definitions, 'asf-sofisam');
    assert.deepEqual(def.criteria?.map(sv), [
      'med övergripande ändamål att integrera människor som har stora svårigheter att få och/eller behålla ett arbete, i arbetsliv och samhälle',
      'som skapar delaktighet för medarbetarna genom ägande, avtal eller på annat väl dokumenterat sätt',
      'som i huvudsak återinvesterar sina vinster i den egna eller liknade verksamheter',
      'som är organisatoriskt fristående från offentlig verksamhet',
    ]);
  });

  it('has the eight statements of Grundläggande synsätt, with who carries them', () => {
    assert.equal(plan.activities.length, 8);
    assert.deepEqual(
      plan.activities.map((a) => a.lead.join('+')),
      ['region-gotland', 'region-gotland', 'SN', 'SN', 'RS', 'RS', 'RS', 'region-gotland'],
    );
    assert.deepEqual(byId(plan.activities, '5').involved, ['serviceforvaltningen']);
    assert.deepEqual(byId(plan.activities, '7').involved, ['ledningskontoret', 'coompanion-gotland']);
    assert.equal(sv(byId(plan.activities, '2').title), 'Region Gotland är delägare i Almi Gotland.');
  });

  it('gives a schedule only to the statement that says "årligen"', () => {
    const scheduled = plan.activities.filter((a) => a.schedule !== undefined);
    assert.deepEqual(
      scheduled.map((a) => [a.id, a.schedule]),
      [['7', 'Årligen']],
    );
    assert.match(sv(scheduled[0]?.title), /årligen/);
  });

  it('has Almi Gotland, Coompanion Gotland and Leader Gute with their roles', () => {
    assert.match(sv(byId(plan.actors, 'coompanion-gotland').role), /det statliga ansvaret att vara företagsrådgivare/);
    assert.match(sv(byId(plan.actors, 'almi-gotland').role), /bärkraftiga idéer och företag/);
    assert.match(sv(byId(plan.actors, 'leader-gute').role), /beskriver inte Leader Gutes eget uppdrag/);
  });
});

describe('Partner-policy overview (an unnamed municipality)', () => {
  const plan = load('partner-policy-overview.json');
  const role = (id: string) => sv(byId(plan.actors, id).role);

  it('says that the municipality is not named', () => {
    assert.equal(plan.kind, 'policy');
    assert.equal(plan.organisation.name, 'Kommunen (namnges inte i dokumentet)');
  });

  it('has every partner the document names, each with its role', () => {
    const ids = [
      'regeringen',
      'SKL',
      'AF',
      'FK',
      'tillvaxtverket',
      'socialstyrelsen',
      'samordningsforbund',
      'famna',
      'coompanion',
      'start-up-stockholm',
      'esf',
      'esf-radet',
      'strukturfondspartnerskapet',
    ];
    for (const id of ids) assert.ok(role(id).length > 0, `${id} has no role`);
    assert.match(role('AF'), /ska medverka till att öka antalet sociala företag och anställda hos sociala företag/);
    assert.match(role('regeringen'), /I april 2010 beslutade regeringen/);
  });

  it('keeps the figures of the text, approximate ones with their wording', () => {
    assert.match(
      role('strukturfondspartnerskapet'),
      /100 miljoner kronor till sex samordningsförbund i tolv kommuner i Stockholms län/,
    );
    assert.match(role('famna'), /15 miljoner kronor/);
    assert.match(role('FK'), /drygt 200 arbetsintegrerande sociala företag i Sverige/);
    assert.match(
      sv(byId(plan.activities, 'kugghjulet').description),
      /ca 55 arbetsintegrerande sociala företag i regionen/,
    );
    assert.deepEqual(plan.indicators, []);
  });
});

describe('plan-level texts', () => {
  it('keep the documents’ purpose, follow-up and assessments', () => {
    const load = (f: string) => {
      const r = parsePlan(JSON.parse(readFileSync(new URL(`./${f}`, import.meta.url), 'utf8')));
      assert.ok(r.success);
      return r.data;
    };
    const bollnas = load('bollnas-handlingsplan-2019-2024.json');
    assert.match(sv(bollnas.description), /andelen invånare med egen försörjning ska öka/);
    assert.ok(bollnas.notes?.some((n) => /avrapporteras till kommunstyrelsen årligen/.test(sv(n))));
    const gavleborg = load('gavleborg-arsredovisning-2018.json');
    assert.ok(gavleborg.notes?.some((n) => /aug 2016 – 2019/.test(sv(n))));
    const uppsala = load('uppsala-handlingsplan-2018-2020.json');
    const riktlinje = uppsala.sources.find((s) => s.id === 'riktlinje');
    assert.match(sv(riktlinje?.description), /Samlat resurstöd i kommunen; Upphandling; Utvärdering\.$/);
  });
});

/** Text as Windows-1252 bytes, as Excel on Swedish Windows saves "CSV (semikolonavgränsad)". */
function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = {
    '€': 0x80,
    '‚': 0x82,
    '„': 0x84,
    '…': 0x85,
    '–': 0x96,
    '—': 0x97,
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
  };
  return Uint8Array.from([...text], (c) => {
    const code = c.codePointAt(0) as number;
    if (high[c] !== undefined) return high[c];
    assert.ok(code < 0x100 && (code < 0x80 || code > 0x9f), `"${c}" has no Windows-1252 byte`);
    return code;
  });
}

/**
 * Every activity, written as CSV and read back — in Swedish and in English, as text, as UTF-8
 * bytes and as the Windows-1252 bytes Excel saves — is the same.
 */
function roundTripsThroughCsv(plan: Plan): void {
  const csv = activitiesToCsv(plan);
  const back = parseActivitiesCsv(csv, plan);
  assert.ok(back.success, JSON.stringify(!back.success && back.error.issues));
  assert.deepEqual(back.warnings, []);
  assert.deepEqual(back.data, plan.activities);
  const english = parseActivitiesCsv(activitiesToCsv(plan, { language: 'en', bom: false }), plan);
  assert.ok(english.success, JSON.stringify(!english.success && english.error.issues));
  assert.deepEqual(english.data, plan.activities);
  const utf8 = parseActivitiesCsv(new TextEncoder().encode(csv), plan);
  assert.deepEqual(utf8.success && utf8.data, plan.activities);
  const excel = parseActivitiesCsv(windows1252(activitiesToCsv(plan, { bom: false })), plan);
  assert.ok(excel.success, JSON.stringify(!excel.success && excel.error.issues));
  assert.deepEqual(excel.data, plan.activities);
}

describe('Region Dalarna, Utveckling av ASF i Dalarna 2017–2018 (Tillväxtverket; asfidalarna.se)', () => {
  const plan = load('dalarna-utveckling-asf-2017-2018.json');

  it('has the project period as printed on the project site, February 2017 to October 2018', () => {
    assert.deepEqual(plan.period, {
      start: '2017-02-01',
      end: '2018-10-31',
      text: 'februari 2017 – oktober 2018',
      source: 'asfidalarna-om-projektet',
    });
    assert.equal(byId(plan.sources, 'asfidalarna-om-projektet').url, 'https://asfidalarna.se/om-projektet/');
  });

  it('has Region Dalarna as owner, its three partners, both funders and the contacts named', () => {
    const r = plan.responsibility;
    assert.equal(r?.owner, 'region-dalarna');
    assert.deepEqual(
      r?.partners.map((id) => sv(byId(plan.actors, id).name)),
      ['Kompetensbyrån Ek för', 'Coompanion Dalarna', 'AB Samarkand2015'],
    );
    assert.deepEqual(
      r?.funders.map((id) => sv(byId(plan.actors, id).name)),
      ['Tillväxtverket', 'Region Dalarna'],
    );
    assert.equal(
      r?.text,
      'Projektet genomförs i samverkan mellan stödmottagaren Region Dalarna och Kompetensbyrån Ek för, Coompanion Dalarna samt AB Samarkand2015.',
    );
    assert.deepEqual(
      r?.contacts.map((c) => c.name),
      ['Hans Pontusson', 'Mikael Källman'],
    );
    assert.ok(
      r?.contacts.every((c) => c.email === undefined && c.phone === undefined),
      'no e-mail or phone numbers in the repository',
    );
  });

  it('has the four activities, led by the owner, and the two target groups, as printed', () => {
    assert.deepEqual(
      plan.activities.map((a) => sv(a.title)),
      [
        'Utveckling av en regional stödstruktur för strategisk påverkan.',
        'Ledarutbildningar för handledare och verksamhetsledare samt medarbetarna i ASF.',
        'Arbete för att ytterligare tydliggöra jämställdhet, icke-diskriminering och tillgänglighet är av stor vikt för att öka den sociala och affärsmässiga kvalitén i verksamheten.',
        'Påverkansarbete och resultatspridning.',
      ],
    );
    for (const a of plan.activities) assert.deepEqual(activityLeads(plan, a), ['region-dalarna']);
    assert.deepEqual(
      plan.targetGroups.map((g) => sv(g.description).slice(0, 40)),
      ['Målgrupp för stödstrukturen är kvinnor o', 'Målgrupp för strategisk påverkan är högs'],
    );
  });

  it('keeps "fler kan få jobb" as a target with no number, not assessable without a baseline', () => {
    const e = evaluatePlan(plan, { asOf: '2018-10-31' });
    const more = e.indicators.find((i) => i.id === 'fler-i-jobb');
    assert.equal(more?.target?.type, 'direction');
    assert.equal(more?.status, 'not-assessable');
    assert.equal(more?.reason, 'no-baseline-for-direction');
    assert.equal(
      summarizeIndicator(more).sv,
      'Fler kan få jobb: målet anger bara en riktning och det finns inget utgångsvärde att jämföra med.',
    );
  });

  it('shows "omkring 9 000" job seekers as an undated figure that counts no time', () => {
    const e = evaluatePlan(plan, { asOf: '2018-10-31' });
    const seekers = e.indicators.find((i) => i.id === 'arbetssokande');
    assert.deepEqual(
      {
        value: seekers?.baseline?.value,
        date: seekers?.baseline?.date,
        when: seekers?.baseline?.when,
        approximate: seekers?.baseline?.approximate,
      },
      { value: 9000, date: null, when: 'våren 2017', approximate: true },
    );
    assert.equal(seekers?.reason, 'no-target');
    assert.equal(
      summarizeIndicator(seekers).sv.replace(/\u00a0/g, ' '),
      'ca 9 000 arbetssökande (utgångsvärde, våren 2017); inget mål att jämföra med.',
    );
  });

  it('evaluates with a status for every indicator and no outcome made up', () => {
    const e = evaluatePlan(plan, { asOf: '2018-10-31' });
    assert.deepEqual(
      e.indicators.map((i) => [i.id, i.status, i.reason]),
      [
        ['regional-stodstruktur', 'not-assessable', 'no-outcome'],
        ['fler-i-jobb', 'not-assessable', 'no-baseline-for-direction'],
        ['arbetssokande', 'not-assessable', 'no-target'],
      ],
    );
    assert.equal(e.progress.value, null);
  });

  it('round-trips its activities through CSV without loss', () => roundTripsThroughCsv(plan));
});

describe('Västra Götalandsregionen, ASF project 2017–2018 (Tillväxtverket)', () => {
  const plan = load('vastra-gotaland-asf-2017-2018.json');

  it('has the period "2017 - 2018" from Tillväxtverket\'s announcement of the twelve projects', () => {
    assert.equal(plan.period?.text, '2017 - 2018');
    assert.equal(
      byId(plan.sources, plan.period?.source ?? '').title,
      'De här regionerna skapar jobb i sociala företag',
    );
    assert.deepEqual(plan.responsibility?.funders, ['tillvaxtverket']);
    assert.equal(plan.responsibility?.owner, 'vgr');
  });

  it('has "2-4 kommuner i vardera av de fyra delregionerna" as a range per area', () => {
    const target = byId(plan.indicators, 'utvalda-kommuner').target;
    assert.deepEqual(target, {
      type: 'range',
      min: 2,
      max: 4,
      date: '2018-12-31',
      perArea: { count: 4, text: 'delregion' },
      text: 'med särskilt fokus i utvalda kommuner, 2-4 kommuner i vardera av de fyra delregionerna',
    });
    const e = evaluatePlan(plan, { asOf: '2018-12-31' }).indicators.find((i) => i.id === 'utvalda-kommuner');
    assert.equal(e?.status, 'not-assessable');
    assert.equal(e?.reason, 'no-outcome');
    assert.deepEqual(e?.areas, []);
  });

  it('has "cirka hälften av regionens 49 kommuner" as an approximate share of a known total', () => {
    const b = byId(plan.indicators, 'kommuner-utan-asf').baseline;
    assert.deepEqual([b?.share, b?.of, b?.approximate, b?.date], [0.5, 49, true, undefined]);
    const e = evaluatePlan(plan, { asOf: '2018-12-31' }).indicators.find((i) => i.id === 'kommuner-utan-asf');
    assert.equal(e?.baseline?.value, 24.5);
    assert.equal(
      summarizeIndicator(e).en.replace(/\u00a0/g, ' '),
      'about 50% of 49 municipalities (baseline, tid ej angiven); no target to compare with.',
    );
  });

  it('has "omkring 50" ASF in Göteborg as an undated approximate figure', () => {
    const b = byId(plan.indicators, 'asf-goteborg').baseline;
    assert.deepEqual([b?.value, b?.approximate, b?.when], [50, true, 'tid ej angiven']);
  });

  it('has the three activities of the page and says where the transcription ends', () => {
    assert.equal(plan.activities.length, 3);
    assert.match(sv(plan.activities[1]?.title), /2-4 kommuner i vardera av de fyra delregionerna\.$/);
    assert.ok(plan.notes?.some((n) => /Transkriptionen slutar mitt i en mening/.test(sv(n))));
  });

  it('evaluates with a status for every indicator', () => {
    const e = evaluatePlan(plan, { asOf: '2018-12-31' });
    assert.deepEqual(e.counts, {
      achieved: 0,
      'on-track': 0,
      behind: 0,
      'not-achieved': 0,
      'not-assessable': 3,
      total: 3,
    });
  });

  it('round-trips its activities through CSV without loss', () => roundTripsThroughCsv(plan));
});

/**
 * The eligibility rules as plain json-rules-engine rules, generated from the parameters by pure
 * functions, so that an integrator gets the JSON for any parameter set and can load it into
 * their own engine (json-rules-engine 7, `allowUndefinedFacts: true`).
 *
 * Each rule is one criterion. Its event carries everything needed to explain the outcome:
 * the criterion id, the facts it needs (`requiredFacts`), its source and the reason for each
 * outcome, in Swedish and English, with `{fact}` placeholders for the figures.
 *
 * Outcome of a criterion: the rule succeeds → `met`; it fails and one of its `requiredFacts` is
 * missing → `unknown`; it fails otherwise → `not-met`.
 * @module
 */
import type { Bilingual } from '../i18n/text.js';
import { DEFAULT_PARAMETERS, PROFILES, type RuleParameters } from './parameters.js';
import { formatRuleNumber, formatRulePercent, joinList, bilingual } from './format.js';
import { RULE_SOURCES, type RuleSource } from './sources.js';
import type { CheckKind, CriterionId, CriterionOutcome } from './result.js';
import { SUPPORT_NEED_LABELS } from './labels.js';

/** A condition of a rule, as json-rules-engine reads it. */
export type RuleCondition =
  | { fact: string; operator: string; value: unknown }
  | { all: RuleCondition[] }
  | { any: RuleCondition[] }
  | { not: RuleCondition };

/** What each criterion rule's event carries. */
export interface CriterionEventParams {
  check: CheckKind;
  criterion: CriterionId;
  /** Without these facts, a failing rule means "unknown", not "not met". */
  requiredFacts: string[];
  source: RuleSource;
  /** The reason for each outcome; `{name}` placeholders name facts and derived values. */
  reasons: Record<CriterionOutcome, Bilingual>;
}

/** One criterion as a json-rules-engine rule: plain JSON. */
export interface CriterionRule {
  name: string;
  conditions: { all: RuleCondition[] } | { any: RuleCondition[] };
  event: { type: 'criterion'; params: CriterionEventParams };
}

const fact = (name: string, operator: string, value: unknown): RuleCondition => ({ fact: name, operator, value });

function rule(
  check: CheckKind,
  criterion: CriterionId,
  conditions: CriterionRule['conditions'],
  requiredFacts: string[],
  source: RuleSource,
  reasons: Record<CriterionOutcome, Bilingual>,
): CriterionRule {
  return {
    name: `${check}/${criterion}`,
    conditions,
    event: { type: 'criterion', params: { check, criterion, requiredFacts, source, reasons } },
  };
}

const pct = (share: number) => bilingual((lang) => formatRulePercent(share, lang));

function reinvestmentRequirement(p: RuleParameters): Bilingual {
  if (p.minReinvestedShare === 1 && p.reinvestedShareInclusive) {
    return {
      sv: 'att hela vinsten återinvesteras (ingen vinstutdelning)',
      en: 'that all of the profit is reinvested (no profit distribution)',
    };
  }
  const share = pct(p.minReinvestedShare);
  return p.reinvestedShareInclusive
    ? { sv: `minst ${share.sv}`, en: `at least ${share.en}` }
    : { sv: `mer än ${share.sv}`, en: `more than ${share.en}` };
}

function employedRule(check: CheckKind): CriterionRule {
  return rule(
    check,
    'target-group-employed',
    { all: [fact('employeesFromTargetGroups', 'greaterThan', 0)] },
    ['employeesFromTargetGroups'],
    RULE_SOURCES['skoopi-profile'],
    {
      met: {
        sv: '{employeesFromTargetGroups} personer ur målgrupperna är anställda, inte bara i arbetsträning.',
        en: '{employeesFromTargetGroups} people from the target groups are employed, not only in work training.',
      },
      'not-met': {
        sv: 'Ingen ur målgrupperna är anställd; profilen kräver att personer ur målgrupperna är anställda, inte bara i arbetsträning.',
        en: 'Nobody from the target groups is employed; the profile requires people from the target groups to be employed, not only in work training.',
      },
      unknown: {
        sv: 'Det går inte att avgöra om personer ur målgrupperna är anställda: {missing}.',
        en: 'Whether people from the target groups are employed cannot be decided: {missing}.',
      },
    },
  );
}

/**
 * The rules for Tillväxtverket's criteria of an ASF, for a set of parameters.
 *
 * @example
 * const rules = asfRules(resolveParameters('skoopi'));
 * engine = new Engine(rules, { allowUndefinedFacts: true });
 */
export function asfRules(p: RuleParameters = DEFAULT_PARAMETERS): CriterionRule[] {
  const requirement = reinvestmentRequirement(p);
  const maxPublic = pct(p.maxPublicOwnershipShare);
  const independence: Bilingual =
    p.maxPublicOwnershipShare === 0
      ? {
          sv: 'ett ASF ska vara organisatoriskt fristående från offentlig verksamhet, utan offentligt ägda ägare',
          en: 'a WISE must be organisationally independent of the public sector, with no publicly owned owners',
        }
      : { sv: `högst ${maxPublic.sv} är tillåtet`, en: `at most ${maxPublic.en} is allowed` };
  const rules = [
    rule(
      'asf',
      'business',
      { all: [fact('sellsGoodsOrServices', 'equal', true)] },
      ['sellsGoodsOrServices'],
      RULE_SOURCES['tillvaxtverket-business'],
      {
        met: {
          sv: 'Företaget driver näringsverksamhet: det producerar och säljer varor eller tjänster.',
          en: 'The enterprise runs a business: it produces and sells goods or services.',
        },
        'not-met': {
          sv: 'Företaget säljer inte varor eller tjänster; ett ASF driver näringsverksamhet.',
          en: 'The enterprise does not sell goods or services; a WISE runs a business.',
        },
        unknown: {
          sv: 'Det går inte att avgöra om företaget säljer varor eller tjänster: {missing}.',
          en: 'Whether the enterprise sells goods or services cannot be decided: {missing}.',
        },
      },
    ),
    rule(
      'asf',
      'integration-purpose',
      { all: [fact('integrationIsMainPurpose', 'equal', true)] },
      ['integrationIsMainPurpose'],
      RULE_SOURCES['tillvaxtverket-integration'],
      {
        met: {
          sv: 'Företagets övergripande ändamål är att integrera människor som har stora svårigheter att få eller behålla ett arbete, i arbetsliv och samhälle.',
          en: "The enterprise's overall purpose is to integrate people who have great difficulty getting or keeping a job into working life and society.",
        },
        'not-met': {
          sv: 'Att integrera människor som har stora svårigheter att få eller behålla ett arbete är inte företagets övergripande ändamål.',
          en: "Integrating people who have great difficulty getting or keeping a job is not the enterprise's overall purpose.",
        },
        unknown: {
          sv: 'Det går inte att avgöra om integration i arbetsliv och samhälle är företagets övergripande ändamål: {missing}.',
          en: "Whether integration into working life and society is the enterprise's overall purpose cannot be decided: {missing}.",
        },
      },
    ),
    rule(
      'asf',
      'staff-participation',
      { all: [fact('staffParticipation', 'in', ['ownership', 'agreement', 'other-documented'])] },
      ['staffParticipation'],
      RULE_SOURCES['tillvaxtverket-participation'],
      {
        met: {
          sv: 'Medarbetarna är delaktiga genom {staffParticipation}.',
          en: 'The staff take part through {staffParticipation}.',
        },
        'not-met': {
          sv: 'Medarbetarna är inte delaktiga genom ägande, avtal eller på annat väl dokumenterat sätt.',
          en: 'The staff do not take part through ownership, agreement or other well-documented means.',
        },
        unknown: {
          sv: 'Det går inte att avgöra hur medarbetarna är delaktiga: {missing}.',
          en: 'How the staff take part cannot be decided: {missing}.',
        },
      },
    ),
    rule(
      'asf',
      'profit-reinvestment',
      {
        all: [
          fact(
            'profitReinvestedShare',
            p.reinvestedShareInclusive ? 'greaterThanInclusive' : 'greaterThan',
            p.minReinvestedShare,
          ),
        ],
      },
      ['profitReinvestedShare'],
      RULE_SOURCES['tillvaxtverket-reinvestment'],
      {
        met: {
          sv: `{profitReinvestedShare} av vinsten återinvesteras i den egna eller liknande verksamheter; kravet är ${requirement.sv}.`,
          en: `{profitReinvestedShare} of the profit is reinvested in the own or similar activities; the requirement is ${requirement.en}.`,
        },
        'not-met': {
          sv: `Bara {profitReinvestedShare} av vinsten återinvesteras; kravet är ${requirement.sv}.`,
          en: `Only {profitReinvestedShare} of the profit is reinvested; the requirement is ${requirement.en}.`,
        },
        unknown: {
          sv: `Det går inte att avgöra hur stor del av vinsten som återinvesteras: {missing}. Kravet är ${requirement.sv}.`,
          en: `How much of the profit is reinvested cannot be decided: {missing}. The requirement is ${requirement.en}.`,
        },
      },
    ),
    rule(
      'asf',
      'public-independence',
      { all: [fact('publicOwnershipShare', 'lessThanInclusive', p.maxPublicOwnershipShare)] },
      ['publicOwnershipShare'],
      RULE_SOURCES['tillvaxtverket-independence'],
      {
        met:
          p.maxPublicOwnershipShare === 0
            ? {
                sv: 'Ingen ägare är en kommun, region, staten eller annan offentligt ägd organisation: företaget är fristående från offentlig verksamhet.',
                en: 'No owner is a municipality, region, the state or another publicly owned body: the enterprise is independent of the public sector.',
              }
            : {
                sv: `Offentligt ägda organisationer äger {publicOwnershipShare} av företaget; ${independence.sv}.`,
                en: `Publicly owned bodies own {publicOwnershipShare} of the enterprise; ${independence.en}.`,
              },
        'not-met': {
          sv: `Kommuner, regioner, staten eller andra offentligt ägda organisationer äger {publicOwnershipShare} av företaget; ${independence.sv}.`,
          en: `Municipalities, regions, the state or other publicly owned bodies own {publicOwnershipShare} of the enterprise; ${independence.en}.`,
        },
        unknown: {
          sv: 'Det går inte att avgöra om företaget är fristående från offentlig verksamhet: {missing}.',
          en: 'Whether the enterprise is independent of the public sector cannot be decided: {missing}.',
        },
      },
    ),
  ];
  if (p.requireEmployedFromTargetGroups) rules.push(employedRule('asf'));
  return rules;
}

/**
 * The rules for a reserved contract, LOU 4 kap. 18 § and directive 2014/24/EU art. 20: the
 * supplier is a sheltered workshop or its main purpose is social and vocational integration (or
 * the contract is performed in a sheltered employment programme), and at least 30 % of the people
 * working there belong to the groups. Everyone working counts — employees, trainees, interns and
 * others in occupation — in every profile: the law follows Upphandlingsmyndigheten's reading and
 * does not depend on a profile's reading of the ASF definition.
 *
 * @example
 * reservedContractRules().map((r) => r.event.params.criterion); // ['integration-purpose', 'target-group-share']
 */
export function reservedContractRules(p: RuleParameters = DEFAULT_PARAMETERS): CriterionRule[] {
  const min = pct(p.minTargetGroupShare);
  const source = RULE_SOURCES['lou-4-18'];
  return [
    rule(
      'reserved-contract',
      'integration-purpose',
      {
        any: [
          fact('integrationIsMainPurpose', 'equal', true),
          fact('shelteredWorkshop', 'equal', true),
          fact('shelteredEmploymentProgramme', 'equal', true),
        ],
      },
      ['integrationIsMainPurpose', 'shelteredWorkshop', 'shelteredEmploymentProgramme'],
      source,
      {
        met: {
          sv: '{integrationBasis}, så kontraktet kan reserveras enligt LOU 4 kap. 18 §.',
          en: '{integrationBasis}, so the contract can be reserved under LOU chapter 4 section 18.',
        },
        'not-met': {
          sv: 'Leverantören är ingen skyddad verkstad, dess huvudsakliga syfte är inte social och yrkesmässig integrering av personer med funktionsnedsättning eller personer som har svårt att komma in på arbetsmarknaden, och kontraktet fullgörs inte inom ett program för skyddad anställning.',
          en: 'The supplier is not a sheltered workshop, its main purpose is not the social and vocational integration of people with disabilities or people who find it hard to enter the labour market, and the contract is not performed within a sheltered employment programme.',
        },
        unknown: {
          sv: 'Det går inte att avgöra om leverantören är en skyddad verkstad, har social och yrkesmässig integrering som huvudsakligt syfte eller fullgör kontraktet inom ett program för skyddad anställning: {missing}.',
          en: 'Whether the supplier is a sheltered workshop, has social and vocational integration as its main purpose, or performs the contract within a sheltered employment programme cannot be decided: {missing}.',
        },
      },
    ),
    rule(
      'reserved-contract',
      'target-group-share',
      { all: [fact('targetGroupShare', 'greaterThanInclusive', p.minTargetGroupShare)] },
      ['targetGroupShare'],
      source,
      {
        met: {
          sv: `{peopleWorkingFromTargetGroups} av {peopleWorking} ({targetGroupShare}) som arbetar i verksamheten – anställda, personer i arbetsträning, praktik eller annan sysselsättning – har en funktionsnedsättning eller svårt att komma in på arbetsmarknaden; minst ${min.sv} krävs.`,
          en: `{peopleWorkingFromTargetGroups} of {peopleWorking} ({targetGroupShare}) people working in the operation – employees, people in work training, internships or other occupation alike – have a disability or find it hard to enter the labour market; at least ${min.en} is required.`,
        },
        'not-met': {
          sv: `Bara {peopleWorkingFromTargetGroups} av {peopleWorking} ({targetGroupShare}) som arbetar i verksamheten har en funktionsnedsättning eller svårt att komma in på arbetsmarknaden; minst ${min.sv} krävs.`,
          en: `Only {peopleWorkingFromTargetGroups} of {peopleWorking} ({targetGroupShare}) people working in the operation have a disability or find it hard to enter the labour market; at least ${min.en} is required.`,
        },
        unknown: {
          sv: `Andelen som arbetar i verksamheten och tillhör grupperna går inte att beräkna: {missing}. Minst ${min.sv} krävs.`,
          en: `The share of the people working who belong to the groups cannot be computed: {missing}. At least ${min.en} is required.`,
        },
      },
    ),
  ];
}

const OTHER_GROUNDS: Bilingual = {
  sv: 'Direktupphandling kan ändå vara tillåten på andra grunder, till exempel om det finns synnerliga skäl, om förutsättningarna för förhandlat förfarande utan föregående annonsering är uppfyllda, eller vid ett angeläget behov till följd av en överprövning; kontrollera dem.',
  en: 'Direct award may still be allowed on other grounds, for example for exceptional reasons (synnerliga skäl), where the negotiated procedure without prior publication may be used, or for an urgent need arising from a review procedure; check them.',
};

/**
 * The rule for direct award under LOU, the value test: the value (kronor excluding VAT) is below
 * the limit in force on the date for the services bought (or, before 2022-02-01, at most the
 * limit). The limit is the derived fact `directAwardThreshold`, and `directAwardInclusive` says
 * which comparison applies, so the rule does not change when the table does. Failing the value
 * test does not rule out direct award on other grounds: the reason says so.
 *
 * @example
 * directAwardRules()[0].event.params.requiredFacts; // ['value', 'directAwardThreshold']
 */
export function directAwardRules(): CriterionRule[] {
  return [
    rule(
      'direct-award',
      'below-threshold',
      {
        any: [
          {
            all: [
              fact('directAwardInclusive', 'equal', false),
              fact('value', 'lessThan', { fact: 'directAwardThreshold' }),
            ],
          },
          {
            all: [
              fact('directAwardInclusive', 'equal', true),
              fact('value', 'lessThanInclusive', { fact: 'directAwardThreshold' }),
            ],
          },
        ],
      },
      ['value', 'directAwardThreshold'],
      RULE_SOURCES['lou-direct-award'],
      {
        met: {
          sv: 'Värdet {value} exklusive moms {passes} direktupphandlingsgränsen {threshold} för {services}, som gäller från {thresholdFrom}: värdegränsen för direktupphandling är uppfylld.',
          en: 'The value {value} excluding VAT {passes} the direct-award limit of {threshold} for {services}, in force from {thresholdFrom}: the value test for direct award is met.',
        },
        'not-met': {
          sv: `Värdet {value} exklusive moms {fails} direktupphandlingsgränsen {threshold} för {services}, som gäller från {thresholdFrom} ({rule}): värdegränsen för direktupphandling är inte uppfylld. ${OTHER_GROUNDS.sv}`,
          en: `The value {value} excluding VAT {fails} the direct-award limit of {threshold} for {services}, in force from {thresholdFrom} ({rule}): the value test for direct award is not met. ${OTHER_GROUNDS.en}`,
        },
        unknown: {
          sv: 'Det går inte att avgöra om värdegränsen för direktupphandling är uppfylld: {missing}.',
          en: 'Whether the value test for direct award is met cannot be decided: {missing}.',
        },
      },
    ),
  ];
}

/**
 * The rules for a reserved contract for certain health, social and cultural services, LOU
 * 19 kap. 25 § (19 kap. 6 a § from 2019-01-01 to 2022-01-31) and directive 2014/24/EU art. 77:
 * the organisation's objective is a public-service mission linked to the services; its profit is
 * reinvested to achieve it (or distributed on participatory grounds); its management or ownership
 * is participatory; the same authority has not awarded it a contract for these services under the
 * rule in the past three years; the contract runs at most three years; and the services are among
 * those the rule lists.
 *
 * @example
 * reservedWelfareContractRules().map((r) => r.event.params.criterion).length; // 6
 */
export function reservedWelfareContractRules(): CriterionRule[] {
  const source = RULE_SOURCES['lou-19-25'];
  const check = 'reserved-welfare-contract' as const;
  return [
    rule(
      check,
      'public-service-mission',
      { all: [fact('publicServiceMission', 'equal', true)] },
      ['publicServiceMission'],
      source,
      {
        met: {
          sv: 'Organisationens syfte är att fullgöra ett offentligt uppdrag som är kopplat till att tillhandahålla tjänsterna.',
          en: "The organisation's objective is to pursue a public-service mission linked to the delivery of the services.",
        },
        'not-met': {
          sv: 'Organisationens syfte är inte ett offentligt uppdrag kopplat till att tillhandahålla tjänsterna.',
          en: "The organisation's objective is not a public-service mission linked to the delivery of the services.",
        },
        unknown: {
          sv: 'Det går inte att avgöra om organisationens syfte är kopplat till tjänsterna: {missing}.',
          en: "Whether the organisation's objective is linked to the services cannot be decided: {missing}.",
        },
      },
    ),
    rule(
      check,
      'profit-reinvestment',
      { all: [fact('profitUse', 'in', ['reinvested', 'participatory-distribution'])] },
      ['profitUse'],
      source,
      {
        met: {
          sv: 'Vinsten {profitUse}, som bestämmelsen kräver.',
          en: 'The profit {profitUse}, as the rule requires.',
        },
        'not-met': {
          sv: 'Vinsten {profitUse}; bestämmelsen kräver att vinsten återinvesteras för att uppnå syftet, eller fördelas på grundval av deltagande.',
          en: 'The profit {profitUse}; the rule requires it to be reinvested to achieve the objective, or distributed on participatory grounds.',
        },
        unknown: {
          sv: 'Det går inte att avgöra hur vinsten används: {missing}.',
          en: 'How the profit is used cannot be decided: {missing}.',
        },
      },
    ),
    rule(
      check,
      'participatory-management',
      { all: [fact('participatoryManagement', 'equal', true)] },
      ['participatoryManagement'],
      source,
      {
        met: {
          sv: 'Lednings- eller ägarstrukturen grundar sig på personalens ägande eller deltagande, eller kräver aktivt deltagande av personal, användare eller berörda parter.',
          en: 'The management or ownership is based on employee ownership or participatory principles, or requires the active participation of employees, users or stakeholders.',
        },
        'not-met': {
          sv: 'Lednings- och ägarstrukturen grundar sig inte på personalens ägande eller deltagande och kräver inte aktivt deltagande av personal, användare eller berörda parter.',
          en: 'The management and ownership are not based on employee ownership or participatory principles, and do not require the active participation of employees, users or stakeholders.',
        },
        unknown: {
          sv: 'Det går inte att avgöra om lednings- eller ägarstrukturen är deltagande: {missing}.',
          en: 'Whether the management or ownership is participatory cannot be decided: {missing}.',
        },
      },
    ),
    rule(
      check,
      'no-recent-award',
      { all: [fact('awardedUnderRuleInPastThreeYears', 'equal', false)] },
      ['awardedUnderRuleInPastThreeYears'],
      source,
      {
        met: {
          sv: 'Myndigheten har inte tilldelat organisationen ett kontrakt för dessa tjänster enligt bestämmelsen under de senaste tre åren.',
          en: 'The authority has not awarded the organisation a contract for these services under the rule in the past three years.',
        },
        'not-met': {
          sv: 'Myndigheten har tilldelat organisationen ett kontrakt för dessa tjänster enligt bestämmelsen under de senaste tre åren; då får deltagandet inte reserveras för den på nytt.',
          en: 'The authority has awarded the organisation a contract for these services under the rule in the past three years; it may not be reserved for it again.',
        },
        unknown: {
          sv: 'Det går inte att avgöra om organisationen har fått ett kontrakt enligt bestämmelsen de senaste tre åren: {missing}.',
          en: 'Whether the organisation was awarded a contract under the rule in the past three years cannot be decided: {missing}.',
        },
      },
    ),
    rule(
      check,
      'contract-duration',
      { all: [fact('contractDurationYears', 'lessThanInclusive', 3)] },
      ['contractDurationYears'],
      source,
      {
        met: {
          sv: 'Kontraktet löper i {contractDurationYears} år; högst tre år är tillåtet.',
          en: 'The contract runs for {contractDurationYears} years; at most three years are allowed.',
        },
        'not-met': {
          sv: 'Kontraktet löper i {contractDurationYears} år; högst tre år är tillåtet.',
          en: 'The contract runs for {contractDurationYears} years; at most three years are allowed.',
        },
        unknown: {
          sv: 'Det går inte att avgöra kontraktets löptid: {missing}. Högst tre år är tillåtet.',
          en: "The contract's duration cannot be decided: {missing}. At most three years are allowed.",
        },
      },
    ),
    rule(check, 'listed-services', { all: [fact('servicesListed', 'equal', true)] }, ['servicesListed'], source, {
      met: {
        sv: 'Tjänsterna är sådana som bestämmelsen räknar upp (vissa hälso-, social-, utbildnings- och kulturtjänster, angivna med CPV-koder).',
        en: 'The services are among those the rule lists (certain health, social, educational and cultural services, given by CPV codes).',
      },
      'not-met': {
        sv: 'Tjänsterna är inte sådana som bestämmelsen räknar upp; bara de angivna CPV-koderna får reserveras.',
        en: 'The services are not among those the rule lists; only the CPV codes it names may be reserved.',
      },
      unknown: {
        sv: 'Det går inte att avgöra om tjänsterna är sådana som bestämmelsen räknar upp: {missing}.',
        en: 'Whether the services are among those the rule lists cannot be decided: {missing}.',
      },
    }),
  ];
}

/**
 * The rules for the target group (Bollnäs kommun, Handlingsplan ASF 2019–2024; Samordningsförbund Gävleborg, Årsredovisning ASF 2018): age within the bounds, and a need of
 * support to enter the labour market, for one of the reasons the plans list. Long-term
 * unemployment also follows from `monthsUnemployed`.
 *
 * @example
 * targetGroupRules(resolveParameters('tillvaxtverket', { longTermUnemploymentMonths: 6 }));
 */
export function targetGroupRules(p: RuleParameters = DEFAULT_PARAMETERS): CriterionRule[] {
  const needs = [...new Set(p.acceptedSupportNeeds)];
  const needConditions: RuleCondition[] = [fact('supportNeeds', 'someFact:in', needs)];
  if (needs.includes('long-term-unemployment')) {
    needConditions.push(fact('monthsUnemployed', 'greaterThanInclusive', p.longTermUnemploymentMonths));
  }
  const needList = joinList(needs.map((n) => SUPPORT_NEED_LABELS[n]));
  const range = { sv: `${p.ageMin}–${p.ageMax} år`, en: `${p.ageMin}–${p.ageMax}` };
  const months = bilingual((lang) => formatRuleNumber(p.longTermUnemploymentMonths, lang));
  return [
    rule(
      'target-group',
      'age',
      { all: [fact('age', 'greaterThanInclusive', p.ageMin), fact('age', 'lessThanInclusive', p.ageMax)] },
      ['age'],
      RULE_SOURCES['target-group-age'],
      {
        met: {
          sv: `Personen är {age} år, inom målgruppens ålder ${range.sv}.`,
          en: `The person is {age}, within the target group's ages ${range.en}.`,
        },
        'not-met': {
          sv: `Personen är {age} år, utanför målgruppens ålder ${range.sv}.`,
          en: `The person is {age}, outside the target group's ages ${range.en}.`,
        },
        unknown: {
          sv: `Åldern går inte att avgöra: {missing}. Målgruppen är ${range.sv}.`,
          en: `The age cannot be decided: {missing}. The target group is aged ${range.en}.`,
        },
      },
    ),
    rule(
      'target-group',
      'support-need',
      { any: needConditions },
      ['supportNeeds'],
      RULE_SOURCES['target-group-support'],
      {
        met: {
          sv: 'Personen behöver stöd för att komma in på arbetsmarknaden: {matchedSupportNeeds}.',
          en: 'The person needs support to enter the labour market: {matchedSupportNeeds}.',
        },
        'not-met': {
          sv: `Personen har inget av de stödbehov som målgruppen omfattar (${needList.sv}); angivna behov: {supportNeeds}.{unemployment}`,
          en: `The person has none of the support needs the target group covers (${needList.en}); needs stated: {supportNeeds}.{unemployment}`,
        },
        unknown: {
          sv: `Det går inte att avgöra om personen behöver stöd för att komma in på arbetsmarknaden: {missing}. Långtidsarbetslöshet räknas från ${months.sv} månader.`,
          en: `Whether the person needs support to enter the labour market cannot be decided: {missing}. Long-term unemployment counts from ${months.en} months.`,
        },
      },
    ),
  ];
}

/**
 * The rules of a check for a set of parameters.
 *
 * @example
 * rulesFor('reserved-contract', resolveParameters('skoopi')).length; // 3
 */
export function rulesFor(check: CheckKind, p: RuleParameters = DEFAULT_PARAMETERS): CriterionRule[] {
  switch (check) {
    case 'asf':
      return asfRules(p);
    case 'reserved-contract':
      return reservedContractRules(p);
    case 'direct-award':
      return directAwardRules();
    case 'target-group':
      return targetGroupRules(p);
    case 'reserved-welfare-contract':
      return reservedWelfareContractRules();
  }
}

/** The default (profile `tillvaxtverket`) rules for an ASF, as plain JSON. */
export const ASF_RULES: readonly CriterionRule[] = /* @__PURE__ */ asfRules(PROFILES.tillvaxtverket);
/** The profile `skoopi` rules for an ASF, as plain JSON. */
export const ASF_RULES_SKOOPI: readonly CriterionRule[] = /* @__PURE__ */ asfRules(PROFILES.skoopi);
/** The rules for a reserved contract, as plain JSON: the same in every profile. */
export const RESERVED_CONTRACT_RULES: readonly CriterionRule[] = /* @__PURE__ */ reservedContractRules(
  PROFILES.tillvaxtverket,
);
/** The rules for a reserved contract for certain welfare services, as plain JSON. */
export const RESERVED_WELFARE_CONTRACT_RULES: readonly CriterionRule[] = /* @__PURE__ */ reservedWelfareContractRules();
/** The rule for direct award, as plain JSON. */
export const DIRECT_AWARD_RULES: readonly CriterionRule[] = /* @__PURE__ */ directAwardRules();
/** The default rules for the target group, as plain JSON. */
export const TARGET_GROUP_RULES: readonly CriterionRule[] = /* @__PURE__ */ targetGroupRules(PROFILES.tillvaxtverket);

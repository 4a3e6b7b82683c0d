/**
 * Derived facts and the values reasons show. The rules compare a few facts that are computed
 * from the given ones, so that the rules stay plain JSON:
 *
 * - `targetGroupShare` = `peopleWorkingFromTargetGroups / peopleWorking`; absent when either is
 *   missing or nobody works in the operation (never a division by zero).
 * - `age` from `birthDate` on `options.asOf`, when `age` is not given.
 * - `directAwardThreshold`: the amount in force on `date` for the `services` bought; absent when
 *   the table does not cover the date. `directAwardInclusive`: whether the value may equal it
 *   ("högst", before 2022-02-01) or must be below it ("understiger").
 *
 * An integrator running the exported JSON rules in their own engine computes these the same way
 * (see {@link deriveEnterpriseFacts}, {@link derivePersonFacts}, {@link deriveDirectAwardFacts}).
 * @module
 */
import type { Bilingual } from '../i18n/text.js';
import type { SupportNeed } from '../plan/schema.js';
import { ageOn } from './age.js';
import type { DirectAwardFacts, EnterpriseFacts, PersonFacts, WelfareOrganisationFacts } from './facts.js';
import {
  both,
  bilingual,
  formatKronor,
  formatRuleNumber,
  formatRulePercent,
  joinList,
  type TemplateValues,
} from './format.js';
import { missingFact, STAFF_PARTICIPATION_LABELS, SUPPORT_NEED_LABELS } from './labels.js';
import type { RuleParameters } from './parameters.js';
import { lookupThreshold, type DirectAwardServices, type DirectAwardThreshold } from './thresholds.js';

/** Facts ready for the engine, the values for the reasons, and why derived facts are missing. */
export interface PreparedFacts {
  /** The facts the rules read: given and derived, without absent ones. */
  facts: Record<string, unknown>;
  /**
   * Values for the `{name}` placeholders of the reasons, or a function that formats them: the
   * checks call it only when a reason is read, so a check whose reasons nobody reads formats no
   * figure (issue 17).
   */
  values: TemplateValues | (() => TemplateValues);
  /** For a derived fact that is absent: why. */
  whyMissing: Record<string, Bilingual>;
  /** Direct award: the threshold in force on the date, cited as the criterion's source. */
  appliedThreshold?: DirectAwardThreshold;
}

const present = (facts: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined && v !== null));

const num = (value: number | null | undefined) =>
  value === undefined || value === null ? undefined : bilingual((lang) => formatRuleNumber(value, lang));

const percent = (value: number | null | undefined, near?: number) =>
  value === undefined || value === null
    ? undefined
    : bilingual((lang) => formatRulePercent(value, lang, near === undefined ? {} : { near }));

/**
 * The share of the people working who belong to the target groups, or `undefined` when it
 * cannot be computed (a count missing, or nobody working).
 *
 * @example
 * targetGroupShare({ peopleWorking: 20, peopleWorkingFromTargetGroups: 7 }); // 0.35
 * targetGroupShare({ peopleWorking: 0, peopleWorkingFromTargetGroups: 0 });  // undefined
 */
export function targetGroupShare(
  facts: Pick<EnterpriseFacts, 'peopleWorking' | 'peopleWorkingFromTargetGroups'>,
): number | undefined {
  const { peopleWorking: total, peopleWorkingFromTargetGroups: part } = facts;
  if (total === undefined || total === null || part === undefined || part === null || total <= 0) return undefined;
  return part / total;
}

/**
 * Enterprise facts with `targetGroupShare` added, for the ASF and reserved-contract rules.
 *
 * @example
 * deriveEnterpriseFacts({ peopleWorking: 10, peopleWorkingFromTargetGroups: 3 }).targetGroupShare; // 0.3
 */
export function deriveEnterpriseFacts(facts: EnterpriseFacts): Record<string, unknown> {
  // What `present({ ...facts, targetGroupShare })` gives, key order included, without the
  // intermediate objects: this runs once per check.
  const share = targetGroupShare(facts);
  const out: Record<string, unknown> = {};
  let hadShare = false;
  for (const key of Object.keys(facts)) {
    let value = (facts as Record<string, unknown>)[key];
    if (key === 'targetGroupShare') {
      hadShare = true;
      value = share;
    }
    if (value !== undefined && value !== null) out[key] = value;
  }
  if (!hadShare && share !== undefined) out.targetGroupShare = share;
  return out;
}

/**
 * Person facts with `age` computed from `birthDate` on `asOf` when it is not given.
 *
 * @example
 * derivePersonFacts({ birthDate: '2008-05-01' }, '2024-05-01').age; // 16
 */
export function derivePersonFacts(facts: PersonFacts, asOf?: string): Record<string, unknown> {
  const age = facts.age ?? (facts.birthDate && asOf ? ageOn(facts.birthDate, asOf) : undefined);
  return present({ ...facts, age });
}

/**
 * Direct-award facts with `directAwardThreshold`, the amount in force on `date` for the
 * `services` bought, and `directAwardInclusive` (true when the value may equal it).
 *
 * @example
 * deriveDirectAwardFacts({ value: 699999, date: '2024-01-10' }).directAwardThreshold; // 700000
 * deriveDirectAwardFacts({ value: 1e6, date: '2024-06-01', services: 'social-and-other-specific' }).directAwardThreshold; // 8109450
 */
export function deriveDirectAwardFacts(
  facts: DirectAwardFacts,
  table?: readonly DirectAwardThreshold[],
): Record<string, unknown> {
  const services: DirectAwardServices = facts.services ?? 'standard';
  const found = facts.date ? lookupThreshold(facts.date, table, services) : undefined;
  const threshold = found?.found ? found.threshold : undefined;
  return present({
    ...facts,
    services,
    directAwardThreshold: threshold?.amount,
    directAwardInclusive: threshold ? threshold.comparison === 'at-most' : undefined,
  });
}

/** Reserved contract: the grounds of `integration-purpose` that the facts state, as one sentence. */
function integrationBasis(facts: EnterpriseFacts): Bilingual | undefined {
  const basis: Bilingual[] = [];
  if (facts.integrationIsMainPurpose === true) {
    basis.push({
      sv: 'leverantörens huvudsakliga syfte är social och yrkesmässig integrering av personer med funktionsnedsättning eller personer som har svårt att komma in på arbetsmarknaden',
      en: "the supplier's main purpose is the social and vocational integration of people with disabilities or people who find it hard to enter the labour market",
    });
  }
  if (facts.shelteredWorkshop === true) {
    basis.push({ sv: 'leverantören är en skyddad verkstad', en: 'the supplier is a sheltered workshop' });
  }
  if (facts.shelteredEmploymentProgramme === true) {
    basis.push({
      sv: 'kontraktet fullgörs inom ett program för skyddad anställning',
      en: 'the contract is performed within a sheltered employment programme',
    });
  }
  return basis.length > 0 ? capitalise(joinList(basis)) : undefined;
}

const NOTHING_MISSING: Record<string, Bilingual> = Object.freeze({});

/** The facts without `undefined` and `null` ones, in their order. */
function withoutAbsent(facts: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(facts)) {
    const value = (facts as Record<string, unknown>)[key];
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

/**
 * Prepares enterprise facts for the ASF and reserved-contract rules. `engineNeedsShare`: whether
 * the rules read `targetGroupShare` (the reserved-contract rules do, the ASF rules do not).
 */
export function prepareEnterprise(
  facts: EnterpriseFacts,
  p: RuleParameters,
  invalid: ReadonlySet<string> = new Set(),
  engineNeedsShare = true,
): PreparedFacts {
  // The ASF rules never read `targetGroupShare`: the ASF check gives its engine the facts as
  // given, without that derived fact (json-rules-engine does work for every fact it is given).
  const derived = engineNeedsShare ? deriveEnterpriseFacts(facts) : withoutAbsent(facts);
  const share = engineNeedsShare ? (derived.targetGroupShare as number | undefined) : targetGroupShare(facts);
  let whyMissing: Record<string, Bilingual> = NOTHING_MISSING;
  // Why the share is missing is only ever read for rules that need the share.
  if (share === undefined && engineNeedsShare) {
    whyMissing = {};
    const absent = (['peopleWorking', 'peopleWorkingFromTargetGroups'] as const).filter(
      (k) => facts[k] === undefined || facts[k] === null,
    );
    whyMissing.targetGroupShare =
      absent.length > 0
        ? joinList(absent.map((k) => missingFact(k, invalid.has(k))))
        : {
            sv: 'ingen arbetar i verksamheten (antalet är 0), så andelen kan inte beräknas',
            en: 'nobody works in the operation (the number is 0), so the share cannot be computed',
          };
  }
  return {
    facts: derived,
    whyMissing,
    values: () => ({
      peopleWorking: num(facts.peopleWorking),
      peopleWorkingFromTargetGroups: num(facts.peopleWorkingFromTargetGroups),
      employeesFromTargetGroups: num(facts.employeesFromTargetGroups),
      profitReinvestedShare: percent(facts.profitReinvestedShare, p.minReinvestedShare),
      publicOwnershipShare: percent(facts.publicOwnershipShare, p.maxPublicOwnershipShare),
      targetGroupShare: percent(share, p.minTargetGroupShare),
      staffParticipation: facts.staffParticipation ? STAFF_PARTICIPATION_LABELS[facts.staffParticipation] : undefined,
      integrationBasis: integrationBasis(facts),
    }),
  };
}

/** Prepares person facts for the target-group rules. */
export function preparePerson(
  facts: PersonFacts,
  p: RuleParameters,
  asOf?: string,
  invalid: ReadonlySet<string> = new Set(),
): PreparedFacts {
  const derived = derivePersonFacts(facts, asOf);
  const age = derived.age as number | undefined;
  const whyMissing: Record<string, Bilingual> = {};
  if (age === undefined) {
    whyMissing.age = facts.birthDate
      ? {
          sv: `födelsedatumet ${facts.birthDate} är angivet, men inte det datum åldern ska räknas på (options.asOf)`,
          en: `the birth date ${facts.birthDate} is given, but not the date to compute the age on (options.asOf)`,
        }
      : invalid.has('age') || invalid.has('birthDate')
        ? {
            sv: 'uppgiften om ålder eller födelsedatum är ogiltig',
            en: 'the value given for the age or birth date is invalid',
          }
        : { sv: 'uppgift saknas om ålder och födelsedatum', en: 'neither the age nor the birth date is stated' };
  }
  const accepted = new Set<SupportNeed>(p.acceptedSupportNeeds);
  const stated = facts.supportNeeds ?? undefined;
  const matched: Bilingual[] = (stated ?? []).filter((n) => accepted.has(n)).map((n) => SUPPORT_NEED_LABELS[n]);
  const months = facts.monthsUnemployed ?? undefined;
  const longTerm =
    accepted.has('long-term-unemployment') && months !== undefined && months >= p.longTermUnemploymentMonths;
  if (longTerm && !(stated ?? []).includes('long-term-unemployment')) {
    matched.push(
      bilingual((lang) =>
        lang === 'sv'
          ? `långtidsarbetslöshet (utan arbete i ${formatRuleNumber(months, 'sv')} månader; gränsen är ${formatRuleNumber(p.longTermUnemploymentMonths, 'sv')})`
          : `long-term unemployment (unemployed for ${formatRuleNumber(months, 'en')} months; the limit is ${formatRuleNumber(p.longTermUnemploymentMonths, 'en')})`,
      ),
    );
  }
  const unemployment =
    months === undefined
      ? both('')
      : bilingual((lang) =>
          lang === 'sv'
            ? ` Utan arbete i ${formatRuleNumber(months, 'sv')} månader; långtidsarbetslöshet räknas från ${formatRuleNumber(p.longTermUnemploymentMonths, 'sv')} månader.`
            : ` Unemployed for ${formatRuleNumber(months, 'en')} months; long-term unemployment counts from ${formatRuleNumber(p.longTermUnemploymentMonths, 'en')} months.`,
        );
  return {
    facts: derived,
    whyMissing,
    values: {
      age: num(age),
      supportNeeds:
        stated === undefined
          ? undefined
          : stated.length === 0
            ? { sv: 'inga', en: 'none' }
            : joinList(stated.map((n) => SUPPORT_NEED_LABELS[n])),
      matchedSupportNeeds: matched.length > 0 ? joinList(matched) : undefined,
      monthsUnemployed: num(months),
      unemployment,
    },
  };
}

const SERVICES_TEXT: Record<DirectAwardServices, Bilingual> = {
  standard: { sv: 'varor, tjänster och byggentreprenader', en: 'goods, services and works' },
  'social-and-other-specific': {
    sv: 'sociala tjänster och andra särskilda tjänster (bilaga 2)',
    en: 'social and other specific services (annex 2)',
  },
};

/** Prepares direct-award facts, with the threshold table in force. */
export function prepareDirectAward(
  facts: DirectAwardFacts,
  table: readonly DirectAwardThreshold[],
  invalid: ReadonlySet<string> = new Set(),
): PreparedFacts {
  const services: DirectAwardServices = facts.services ?? 'standard';
  const found = facts.date ? lookupThreshold(facts.date, table, services) : undefined;
  const threshold = found?.found ? found.threshold : undefined;
  const kind = SERVICES_TEXT[services];
  const whyMissing: Record<string, Bilingual> = {};
  if (!threshold) {
    whyMissing.directAwardThreshold =
      !facts.date || !found
        ? missingFact('date', invalid.has('date'))
        : found.found
          ? missingFact('date')
          : found.why === 'before-table'
            ? {
                sv: `datumet ${facts.date} ligger före den första direktupphandlingsgränsen för ${kind.sv} i tabellen (från ${found.first.from}); lägg till gränsen som gällde då`,
                en: `the date ${facts.date} is before the first direct-award limit for ${kind.en} in the table (from ${found.first.from}); add the limit in force then`,
              }
            : found.why === 'after-last-period'
              ? {
                  sv: `gränsen för ${kind.sv} är verifierad bara till och med ${found.last.to} (${formatKronor(found.last.amount, 'sv')}); beloppet som gäller ${facts.date} är inte verifierat i asf-kit, så det gamla beloppet används inte – lägg till den gräns som gäller`,
                  en: `the limit for ${kind.en} is verified only up to ${found.last.to} (${formatKronor(found.last.amount, 'en')}); the amount in force on ${facts.date} is not verified in asf-kit, so the old amount is not used – add the limit in force`,
                }
              : {
                  sv: `tabellen saknar direktupphandlingsgränser för ${kind.sv}`,
                  en: `the table has no direct-award limits for ${kind.en}`,
                };
  }
  const inclusive = threshold ? threshold.comparison === 'at-most' : undefined;
  return {
    facts: present({ ...facts, services, directAwardThreshold: threshold?.amount, directAwardInclusive: inclusive }),
    whyMissing,
    ...(threshold ? { appliedThreshold: threshold } : {}),
    values: {
      value:
        facts.value === undefined || facts.value === null
          ? undefined
          : bilingual((lang) => formatKronor(facts.value as number, lang)),
      date: facts.date ? both(facts.date) : undefined,
      services: kind,
      threshold: threshold ? bilingual((lang) => formatKronor(threshold.amount, lang)) : undefined,
      thresholdFrom: threshold ? both(threshold.from) : undefined,
      // The law's words for the test: "högst" (≤) before 2022-02-01, "understiger" (<) from then.
      passes: inclusive ? { sv: 'är högst', en: 'is at most' } : { sv: 'understiger', en: 'is below' },
      fails: inclusive ? { sv: 'överstiger', en: 'is above' } : { sv: 'understiger inte', en: 'is not below' },
      rule: inclusive
        ? { sv: 'värdet får vara högst gränsen', en: 'the value may be at most the limit' }
        : { sv: 'värdet ska understiga gränsen', en: 'the value must be below the limit' },
    },
  };
}

const PROFIT_USE_TEXT: Record<string, Bilingual> = {
  reinvested: {
    sv: 'återinvesteras för att uppnå organisationens syfte',
    en: "is reinvested to achieve the organisation's objective",
  },
  'participatory-distribution': {
    sv: 'fördelas på grundval av deltagande',
    en: 'is distributed on participatory grounds',
  },
  'other-distribution': { sv: 'delas ut på annan grund', en: 'is distributed on other grounds' },
};

/** Prepares the facts of a reserved welfare contract. */
export function prepareWelfare(facts: WelfareOrganisationFacts): PreparedFacts {
  const years = facts.contractDurationYears ?? undefined;
  return {
    facts: present({ ...facts }),
    whyMissing: {},
    values: {
      profitUse: facts.profitUse ? PROFIT_USE_TEXT[facts.profitUse] : undefined,
      contractDurationYears: years === undefined ? undefined : bilingual((lang) => formatRuleNumber(years, lang)),
    },
  };
}

function capitalise(text: Bilingual): Bilingual {
  return bilingual((lang) => text[lang].charAt(0).toUpperCase() + text[lang].slice(1));
}

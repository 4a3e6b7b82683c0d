/**
 * The facts the checks take, as zod/mini schemas, and their validation at the boundary.
 *
 * Every fact is optional: a fact that is left out (or `null`) is *unknown*, and a criterion
 * that needs it is "unknown", never "not met". A fact that is present but wrong (a negative
 * count, a share above 1, a malformed organisationsnummer) is a validation issue.
 * @module
 */
import * as z from 'zod/mini';
import { IsoDate, SupportNeed } from '../plan/schema.js';
import { ageOn } from './age.js';
import { factIssue, issuesFromZod, describeValue, type FactIssue } from './issues.js';
import { unknownFieldIssue } from '../issues/zod.js';
import { isOrganisationNumber } from './organisation-number.js';
import { DirectAwardServices } from './thresholds.js';

/** How the staff take part in the enterprise (Sofisam, point 2). */
export const STAFF_PARTICIPATION = ['ownership', 'agreement', 'other-documented', 'none'] as const;
export const StaffParticipation = z.enum(STAFF_PARTICIPATION);
export type StaffParticipation = z.infer<typeof StaffParticipation>;

const maybe = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));
const share = () => z.number().check(z.gte(0), z.lte(1));
const count = () => z.int().check(z.gte(0));

/** An organisationsnummer with a correct control digit (`NNNNNN-NNNN`, 10 or 12 digits). */
export const OrganisationNumber = z.string().check(z.refine(isOrganisationNumber, 'organisation-number'));

/** Facts about an enterprise, for {@link checkAsfEligibility} and {@link checkReservedContract}. */
export const EnterpriseFacts = z.strictObject({
  /** Runs a business that produces and sells goods or services. */
  sellsGoodsOrServices: maybe(z.boolean()),
  /** The overall/main purpose is to integrate people with great difficulty getting or keeping work. */
  integrationIsMainPurpose: maybe(z.boolean()),
  /** How the staff take part: ownership, agreement, other documented means, or none. */
  staffParticipation: maybe(StaffParticipation),
  /** The share of the profit reinvested in the own or similar activities, 0–1. */
  profitReinvestedShare: maybe(share()),
  /** The share owned by municipalities, regions, the state or other publicly owned bodies, 0–1. */
  publicOwnershipShare: maybe(share()),
  /**
   * People working in the operation (sysselsatta): employees, people in work training,
   * internships and other forms of occupation alike. LOU does not require them to be employed.
   */
  peopleWorking: maybe(count()),
  /** Of `peopleWorking`, those with a disability or who find it hard to enter the labour market. */
  peopleWorkingFromTargetGroups: maybe(count()),
  /** Of `peopleWorkingFromTargetGroups`, those who are employed (not only in work training). */
  employeesFromTargetGroups: maybe(count()),
  /** The contract is performed within a sheltered employment programme (program för skyddad anställning, LOU 4 kap. 18 § point 2). */
  shelteredEmploymentProgramme: maybe(z.boolean()),
  /** The supplier is a sheltered workshop (skyddad verkstad, LOU 4 kap. 18 § point 1). */
  shelteredWorkshop: maybe(z.boolean()),
  /** Organisationsnummer; checked when given, not used by any criterion. */
  organisationNumber: maybe(OrganisationNumber),
});
export type EnterpriseFacts = z.infer<typeof EnterpriseFacts>;

/** Facts about a person, for {@link checkTargetGroup}. */
export const PersonFacts = z.strictObject({
  /** Age in whole years. */
  age: maybe(z.int().check(z.gte(0), z.lte(150))),
  /** Birth date, `YYYY-MM-DD`; the age is computed on `options.asOf`. */
  birthDate: maybe(IsoDate),
  /** The person's support needs, as assessed; an empty list states that there are none. */
  supportNeeds: maybe(z.array(SupportNeed)),
  /** Months of unemployment; long-term unemployment is derived from it. */
  monthsUnemployed: maybe(z.number().check(z.gte(0), z.lte(1200))),
});
export type PersonFacts = z.infer<typeof PersonFacts>;

/** Facts about a purchase, for {@link checkDirectAward}. */
export const DirectAwardFacts = z.strictObject({
  /** The contract's value in kronor excluding VAT. */
  value: maybe(z.number().check(z.gte(0))),
  /** The date of the purchase, `YYYY-MM-DD`: picks the threshold in force. */
  date: maybe(IsoDate),
  /**
   * What is bought: `standard` (goods, services, works; the default when left out) or
   * `social-and-other-specific` (social and other specific services, LOU bilaga 2).
   */
  services: maybe(DirectAwardServices),
});
export type DirectAwardFacts = z.infer<typeof DirectAwardFacts>;

/** How the organisation uses its profit (LOU 19 kap. 25 §, directive 2014/24/EU art. 77). */
export const PROFIT_USES = ['reinvested', 'participatory-distribution', 'other-distribution'] as const;
export const ProfitUse = z.enum(PROFIT_USES);
export type ProfitUse = z.infer<typeof ProfitUse>;

/**
 * Facts about an organisation and a contract, for {@link checkReservedWelfareContract}
 * (reserved contracts for certain health, social and cultural services).
 */
export const WelfareOrganisationFacts = z.strictObject({
  /** The organisation's objective is a public-service mission linked to the delivery of the services. */
  publicServiceMission: maybe(z.boolean()),
  /**
   * What happens to the profit: `reinvested` to achieve the objective, distributed on
   * `participatory-distribution` grounds, or `other-distribution` (e.g. dividends to investors).
   */
  profitUse: maybe(ProfitUse),
  /**
   * Management or ownership is based on employee ownership or participatory principles, or
   * requires the active participation of employees, users or stakeholders.
   */
  participatoryManagement: maybe(z.boolean()),
  /** The same authority has awarded the organisation a contract for these services under this rule in the past three years. */
  awardedUnderRuleInPastThreeYears: maybe(z.boolean()),
  /** The longest the contract may run, in years (options included). */
  contractDurationYears: maybe(z.number().check(z.gt(0), z.lte(100))),
  /** The services are among those the rule lists (the CPV codes in LOU 19 kap. 25 §). */
  servicesListed: maybe(z.boolean()),
});
export type WelfareOrganisationFacts = z.infer<typeof WelfareOrganisationFacts>;

/** Why facts were not accepted. */
export interface FactError {
  issues: FactIssue[];
}

/**
 * The result of a fact validator: zod's `safeParse` shape, plus on failure the facts that were
 * valid (`partial`), which the checks still use so that one bad field does not hide the rest.
 * Absent and `null` facts are left out of `data` and `partial`.
 */
export type FactValidation<T> = { success: true; data: T } | { success: false; error: FactError; partial: T };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Validates an object field by field, keeping the valid fields, so that one bad field does not
 * hide the others. `null` and `undefined` fields are left out; a `null` or `undefined` object is
 * an empty one (nothing is known). Paths start with `prefix`.
 * @internal
 */
export function validateFields(
  schema: { shape: Record<string, z.ZodMiniType> },
  input: unknown,
  kind: { sv: string; en: string },
  prefix: (string | number)[] = [],
): { data: Obj; issues: FactIssue[] } {
  if (input === undefined || input === null) return { data: {}, issues: [] };
  if (!isObj(input)) {
    const got = describeValue(input);
    return {
      data: {},
      issues: [
        factIssue(
          prefix,
          'wrong-type',
          `${kind.sv} ska vara ett objekt, men är ${got.sv}.`,
          `${kind.en} must be an object, but is ${got.en}.`,
        ),
      ],
    };
  }
  const data: Obj = {};
  const issues: FactIssue[] = [];
  for (const [key, value] of Object.entries(input)) {
    const field = Object.prototype.hasOwnProperty.call(schema.shape, key) ? schema.shape[key] : undefined;
    if (!field) {
      issues.push(unknownFieldIssue([...prefix, key]));
      continue;
    }
    if (value === undefined || value === null) continue;
    const parsed = field.safeParse(value);
    if (parsed.success) data[key] = parsed.data;
    else issues.push(...issuesFromZod(parsed.error.issues, value, [...prefix, key]));
  }
  return { data: data, issues };
}

function result<T>(data: Obj, issues: FactIssue[]): FactValidation<T> {
  return issues.length === 0
    ? { success: true, data: data as T }
    : { success: false, error: { issues }, partial: data as T };
}

/**
 * Validates enterprise facts: types, ranges, the organisationsnummer's control digit, and
 * that parts do not exceed their totals. Never throws.
 *
 * @example
 * const r = validateEnterpriseFacts({ peopleWorking: 20, peopleWorkingFromTargetGroups: 7 });
 * r.success; // true
 * validateEnterpriseFacts({ profitReinvestedShare: 60 }).success; // false: a share is 0–1
 */
export function validateEnterpriseFacts(input: unknown): FactValidation<EnterpriseFacts> {
  const { data, issues } = validateFields(EnterpriseFacts, input, {
    sv: 'Uppgifterna om företaget',
    en: 'The enterprise facts',
  });
  const total = data.peopleWorking as number | undefined;
  const fromGroups = data.peopleWorkingFromTargetGroups as number | undefined;
  const employed = data.employeesFromTargetGroups as number | undefined;
  if (total !== undefined && fromGroups !== undefined && fromGroups > total) {
    issues.push(
      factIssue(
        ['peopleWorkingFromTargetGroups'],
        'exceeds-total',
        `${fromGroups} ur målgrupperna är fler än de ${total} som arbetar i verksamheten.`,
        `${fromGroups} from the target groups exceed the ${total} people working.`,
      ),
    );
    delete data.peopleWorkingFromTargetGroups;
  }
  const partOf = data.peopleWorkingFromTargetGroups as number | undefined;
  if (employed !== undefined && partOf !== undefined && employed > partOf) {
    issues.push(
      factIssue(
        ['employeesFromTargetGroups'],
        'exceeds-total',
        `${employed} anställda ur målgrupperna är fler än de ${partOf} ur målgrupperna som arbetar.`,
        `${employed} employees from the target groups exceed the ${partOf} people from the target groups working.`,
      ),
    );
    delete data.employeesFromTargetGroups;
  } else if (employed !== undefined && total !== undefined && employed > total) {
    issues.push(
      factIssue(
        ['employeesFromTargetGroups'],
        'exceeds-total',
        `${employed} anställda ur målgrupperna är fler än de ${total} som arbetar i verksamheten.`,
        `${employed} employees from the target groups exceed the ${total} people working.`,
      ),
    );
    delete data.employeesFromTargetGroups;
  }
  return result(data, issues);
}

/**
 * Validates facts about a person. With `asOf`, a `birthDate` must not be after it, and an
 * `age` given as well must agree with it. Never throws.
 *
 * @example
 * validatePersonFacts({ age: 30, supportNeeds: ['disability'] }).success; // true
 * validatePersonFacts({ supportNeeds: ['tired'] }).success;               // false
 */
export function validatePersonFacts(input: unknown, options: { asOf?: string } = {}): FactValidation<PersonFacts> {
  const { data, issues } = validateFields(PersonFacts, input, {
    sv: 'Uppgifterna om personen',
    en: 'The person facts',
  });
  const birthDate = data.birthDate as string | undefined;
  const { asOf } = options;
  if (birthDate !== undefined && asOf !== undefined) {
    const computed = ageOn(birthDate, asOf);
    if (computed === undefined) {
      issues.push(
        factIssue(
          ['birthDate'],
          'birth-after-as-of',
          `födelsedatumet ${birthDate} ligger efter datumet ${asOf} (options.asOf).`,
          `the birth date ${birthDate} is after the date ${asOf} (options.asOf).`,
        ),
      );
      delete data.birthDate;
    } else if (data.age !== undefined && data.age !== computed) {
      const age = data.age as number;
      issues.push(
        factIssue(
          ['age'],
          'age-mismatch',
          `åldern ${age} stämmer inte med födelsedatumet ${birthDate}, som ger ${computed} år den ${asOf}.`,
          `the age ${age} does not match the birth date ${birthDate}, which gives ${computed} on ${asOf}.`,
        ),
      );
      delete data.age;
      delete data.birthDate;
    }
  }
  return result(data, issues);
}

/**
 * Validates the facts of a direct award: a value in kronor (not negative) and a date. Never
 * throws.
 *
 * @example
 * validateDirectAwardFacts({ value: 699999, date: '2024-03-01' }).success; // true
 */
export function validateDirectAwardFacts(input: unknown): FactValidation<DirectAwardFacts> {
  const { data, issues } = validateFields(DirectAwardFacts, input, {
    sv: 'Uppgifterna om inköpet',
    en: 'The purchase facts',
  });
  return result(data, issues);
}

/**
 * Validates the facts of a reserved welfare contract. Never throws.
 *
 * @example
 * validateWelfareOrganisationFacts({ profitUse: 'reinvested', contractDurationYears: 3 }).success; // true
 * validateWelfareOrganisationFacts({ contractDurationYears: -1 }).success;                      // false
 */
export function validateWelfareOrganisationFacts(input: unknown): FactValidation<WelfareOrganisationFacts> {
  const { data, issues } = validateFields(WelfareOrganisationFacts, input, {
    sv: 'Uppgifterna om organisationen',
    en: 'The organisation facts',
  });
  return result(data, issues);
}

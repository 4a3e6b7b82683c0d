/**
 * The parameters of the eligibility rules and the two profiles, `tillvaxtverket` (the default,
 * Tillväxtverket's four criteria; `sofisam` is accepted as another name for it) and the stricter
 * `skoopi`. Every number the rules compare with lives here, so that a
 * municipality can state its own reading of "i huvudsak" or "långtidsarbetslös".
 * @module
 */
import * as z from 'zod/mini';
import { SUPPORT_NEEDS, SupportNeed } from '../plan/schema.js';

const share = () => z.number().check(z.gte(0), z.lte(1));

/** All parameters of the rules. See the README of this folder for each one's meaning. */
export const RuleParameters = z.strictObject({
  /** ASF, profit reinvestment: the share of the profit that must be reinvested. */
  minReinvestedShare: share(),
  /** Whether exactly `minReinvestedShare` is enough (`>=`) or more is needed (`>`). */
  reinvestedShareInclusive: z.boolean(),
  /** ASF, independence: the largest share publicly owned bodies may own. */
  maxPublicOwnershipShare: share(),
  /** Reserved contract: the least share of the people working who belong to the groups. */
  minTargetGroupShare: share(),
  /**
   * ASF only: add the criterion `target-group-employed` (people from the target groups are
   * employed). It belongs to a profile's reading of the ASF definition; the reserved-contract
   * check follows the law, which counts everyone working, and never uses it.
   */
  requireEmployedFromTargetGroups: z.boolean(),
  /** Target group: the youngest age, inclusive. */
  ageMin: z.int().check(z.gte(0), z.lte(150)),
  /** Target group: the oldest age, inclusive. */
  ageMax: z.int().check(z.gte(0), z.lte(150)),
  /** Target group: unemployed for at least this many months counts as long-term unemployment. */
  longTermUnemploymentMonths: z.number().check(z.gt(0), z.lte(600)),
  /** Target group: the support needs that qualify. */
  acceptedSupportNeeds: z.array(SupportNeed).check(z.minLength(1)),
});
export type RuleParameters = z.infer<typeof RuleParameters>;

/** Overrides of some parameters, on top of a profile. */
export const RuleParameterOverrides = z.partial(RuleParameters);
export type RuleParameterOverrides = z.infer<typeof RuleParameterOverrides>;

/** The names of the built-in profiles. */
export const PROFILE_NAMES = ['tillvaxtverket', 'skoopi'] as const;
export type CanonicalProfileName = (typeof PROFILE_NAMES)[number];

/**
 * Other names accepted for a profile. `sofisam`: Sofisam (Sociala företag i samverkan), which
 * published Tillväxtverket's criteria, was the profile's first name; it was closed in 2020.
 */
export const PROFILE_ALIASES = { sofisam: 'tillvaxtverket' } as const satisfies Record<string, CanonicalProfileName>;

/** Every name a profile may be given: the canonical names and their aliases. */
export const PROFILE_INPUT_NAMES = [
  ...PROFILE_NAMES,
  ...(Object.keys(PROFILE_ALIASES) as (keyof typeof PROFILE_ALIASES)[]),
] as const;
export const ProfileName = z.enum(PROFILE_INPUT_NAMES);
export type ProfileName = z.infer<typeof ProfileName>;

/**
 * The canonical name of a profile: `sofisam` → `tillvaxtverket`.
 *
 * @example
 * canonicalProfile('sofisam'); // 'tillvaxtverket'
 */
export function canonicalProfile(name: ProfileName): CanonicalProfileName {
  return name in PROFILE_ALIASES
    ? PROFILE_ALIASES[name as keyof typeof PROFILE_ALIASES]
    : (name as CanonicalProfileName);
}

/**
 * The default parameters, profile `tillvaxtverket`: reinvestment "i huvudsak" means more than half,
 * no public ownership, at least 30 % of the people working from the target groups, age
 * 16–64, long-term unemployment from 12 months (Kolada uses 6), all seven support needs.
 */
export const DEFAULT_PARAMETERS: Readonly<RuleParameters> = Object.freeze({
  minReinvestedShare: 0.5,
  reinvestedShareInclusive: false,
  maxPublicOwnershipShare: 0,
  minTargetGroupShare: 0.3,
  requireEmployedFromTargetGroups: false,
  ageMin: 16,
  ageMax: 64,
  longTermUnemploymentMonths: 12,
  acceptedSupportNeeds: [...SUPPORT_NEEDS],
});

/**
 * The profiles. `skoopi` is stricter: no profit is distributed (all of it is reinvested), and
 * people from the target groups are employed, not only in work training.
 */
export const PROFILES: Readonly<Record<CanonicalProfileName, Readonly<RuleParameters>>> = Object.freeze({
  tillvaxtverket: DEFAULT_PARAMETERS,
  skoopi: Object.freeze({
    ...DEFAULT_PARAMETERS,
    minReinvestedShare: 1,
    reinvestedShareInclusive: true,
    requireEmployedFromTargetGroups: true,
  }),
});

/**
 * The parameters of a profile with overrides applied. Does not validate: use
 * {@link RuleParameterOverrides} (or the checks, which do) on input from outside.
 *
 * @example
 * resolveParameters('tillvaxtverket', { longTermUnemploymentMonths: 6 }).longTermUnemploymentMonths; // 6
 */
export function resolveParameters(
  profile: ProfileName = 'tillvaxtverket',
  overrides: RuleParameterOverrides = {},
): RuleParameters {
  const base = PROFILES[canonicalProfile(profile)];
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return { ...base, acceptedSupportNeeds: [...base.acceptedSupportNeeds], ...defined };
}

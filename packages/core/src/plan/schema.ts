/**
 * The plan data format, version 1.
 *
 * A plan document is JSON. These zod schemas are the only source of its types, and the
 * build writes the JSON Schema (`plan.schema.json`) from them. The schemas use `zod/mini`
 * so that a page which only parses a plan downloads about 5 KB of zod, not the classic build.
 *
 * The schemas check shape and types. Cross-references (unknown actor ids, duplicate ids,
 * a `change` target without a baseline, …) are checked by {@link parsePlan}.
 *
 * @module
 */
import * as z from 'zod/mini';
import { LANGUAGES } from '../i18n/text.js';

/** The version of the plan format that these schemas describe. */
export const PLAN_FORMAT_VERSION = 1;

/** Kinds of plan document: handlingsplan, policy/riktlinje, uppföljning/årsredovisning. */
export const PLAN_KINDS = ['action-plan', 'policy', 'follow-up'] as const;
export const PlanKind = z.enum(PLAN_KINDS);
export type PlanKind = z.infer<typeof PlanKind>;

/** Kinds of organisation that publish plans or take part in them. */
export const ORGANISATION_TYPES = [
  'municipality',
  'region',
  'coordination-association',
  'agency',
  'government',
  'association',
  'company',
  'other',
] as const;
export const OrganisationType = z.enum(ORGANISATION_TYPES);
export type OrganisationType = z.infer<typeof OrganisationType>;

/**
 * Kinds of actor. A nämnd or styrelse is a `committee`, a förvaltning or enhet an
 * `administration`, a kommunalt bolag a `company`; other organisations use the
 * organisation types.
 */
export const ACTOR_TYPES = [
  'council',
  'committee',
  'administration',
  'company',
  'group',
  ...ORGANISATION_TYPES.filter((t) => t !== 'company'),
] as const;
export const ActorType = z.enum(ACTOR_TYPES);
export type ActorType = z.infer<typeof ActorType>;

/** Directions of an indicator: is more better, or less? */
export const DIRECTIONS = ['increase', 'decrease'] as const;
export const Direction = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof Direction>;

/** What an indicator counts. `count` and `amount` can never be negative. */
export const MEASURES = ['count', 'amount', 'share', 'other'] as const;
export const Measure = z.enum(MEASURES);
export type Measure = z.infer<typeof Measure>;

/** An identifier: letters, digits, `-`, `_`, `.` — as the documents' own codes ("KS", "AMN"). */
export const Id = z.string().check(
  z.minLength(1),
  z.maxLength(100),
  z.regex(/^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u),
);
export type Id = z.infer<typeof Id>;

/** An ISO calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** Text in Swedish, optionally with an English translation. A plain string is Swedish. */
export const LocalizedText = z.union([
  z.string().check(z.minLength(1)),
  z.strictObject({
    sv: z.string().check(z.minLength(1)),
    en: z.optional(z.string().check(z.minLength(1))),
  }),
]);
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A list that may be left out of the document, and is then empty. */
const list = <T extends z.ZodMiniType>(item: T) => z._default(z.array(item), []);

const finite = () => z.number().check(z.refine(Number.isFinite, 'finite'));

/** Where content comes from: a document, a law, a web page. */
export const Source = z.strictObject({
  id: Id,
  title: z.string().check(z.minLength(1)),
  publisher: z.optional(z.string()),
  date: z.optional(IsoDate),
  reference: z.optional(z.string()),
  url: z.optional(z.url()),
  /** What the source says that the plan relies on, e.g. a riktlinje's strategic areas. */
  description: z.optional(LocalizedText),
  /** The file name of the source text, e.g. a seed document. */
  file: z.optional(z.string()),
  retrieved: z.optional(IsoDate),
});
export type Source = z.infer<typeof Source>;

/** The organisation that owns the plan. */
export const Organisation = z.strictObject({
  name: z.string().check(z.minLength(1)),
  type: OrganisationType,
  /** Organisationsnummer, `NNNNNN-NNNN`. */
  organisationNumber: z.optional(z.string()),
  /** Actor ids of the members (a samordningsförbund's member municipalities and agencies). */
  members: z.optional(z.array(Id)),
});
export type Organisation = z.infer<typeof Organisation>;

export const Period = z.strictObject({ start: IsoDate, end: IsoDate });
export type Period = z.infer<typeof Period>;

/** The decision that adopted the plan: "Antagen av kommunfullmäktige 2019-10-28 § 208". */
export const Adoption = z.strictObject({
  by: z.string().check(z.minLength(1)),
  date: z.optional(IsoDate),
  /** The date as printed when it is not a full date ("2018-xx-xx"). */
  dateText: z.optional(z.string()),
  reference: z.optional(z.string()),
});
export type Adoption = z.infer<typeof Adoption>;

/** A nämnd, förvaltning, bolag, myndighet or organisation that leads or takes part. */
export const Actor = z.strictObject({
  id: Id,
  name: LocalizedText,
  /** The short form the document prints, e.g. "OMN". */
  abbreviation: z.optional(z.string()),
  type: z.optional(ActorType),
  /** What the document says this actor does (its role or policy). */
  role: z.optional(LocalizedText),
  source: z.optional(Id),
});
export type Actor = z.infer<typeof Actor>;

/** An område or målsättning. */
export const Goal = z.strictObject({
  id: Id,
  title: LocalizedText,
  description: z.optional(LocalizedText),
  source: z.optional(Id),
});
export type Goal = z.infer<typeof Goal>;

/** An åtgärd, aktivitet or "Hur" row, with who leads it, who else is involved, and when. */
export const Activity = z.strictObject({
  id: Id,
  goal: z.optional(Id),
  title: LocalizedText,
  description: z.optional(LocalizedText),
  /** Actor ids of the huvudansvarig (lead). */
  lead: z.array(Id),
  /** Actor ids of andra berörda aktörer, or `"all"` for "Samtliga". */
  involved: z.union([z.array(Id), z.literal('all')]),
  /** The responsibility text as printed, when it says more than the actor ids. */
  responsibilityText: z.optional(z.string()),
  /** The tidplan as printed ("2018 - 2020", "Pågår"); absent when the document gives none. */
  schedule: z.optional(z.string()),
  source: z.optional(Id),
});
export type Activity = z.infer<typeof Activity>;

/**
 * The utgångsvärde: a measured value at a date. `value` is left out when the document names a
 * starting point but no figure (Bollnäs: "öka med 2" with no count of today's ASF); a change
 * target then cannot be assessed until the figure is filled in.
 */
export const Baseline = z.strictObject({
  value: z.optional(finite()),
  date: IsoDate,
  /** "ca 75": the figure is approximate. */
  approximate: z.optional(z.boolean()),
  /** The figure as printed, when that says more than the number. */
  text: z.optional(z.string()),
  note: z.optional(LocalizedText),
});
export type Baseline = z.infer<typeof Baseline>;

/** Reach this value: "Målbild 30", "minst 3". */
export const LevelTarget = z.strictObject({
  type: z.literal('level'),
  value: finite(),
  date: IsoDate,
  approximate: z.optional(z.boolean()),
  text: z.optional(z.string()),
});
/** Change by this much from the baseline: "öka med 15". Needs a baseline. */
export const ChangeTarget = z.strictObject({
  type: z.literal('change'),
  value: finite(),
  date: IsoDate,
  text: z.optional(z.string()),
});
/** A yes/no milestone: "ett råd ska initieras under 2018". */
export const MilestoneTarget = z.strictObject({
  type: z.literal('milestone'),
  date: IsoDate,
  text: z.optional(z.string()),
});
export const TARGET_TYPES = ['level', 'change', 'milestone'] as const;
export const Target = z.discriminatedUnion('type', [LevelTarget, ChangeTarget, MilestoneTarget]);
export type Target = z.infer<typeof Target>;
export type LevelTarget = z.infer<typeof LevelTarget>;
export type ChangeTarget = z.infer<typeof ChangeTarget>;
export type MilestoneTarget = z.infer<typeof MilestoneTarget>;

/** Women and men of a total, for gender follow-up. */
export const Breakdown = z.strictObject({
  women: z.optional(finite()),
  men: z.optional(finite()),
});
export type Breakdown = z.infer<typeof Breakdown>;

/** A resultat/utfall: a number, or `true`/`false` for a milestone. */
export const Outcome = z.strictObject({
  date: IsoDate,
  value: z.union([finite(), z.boolean()]),
  approximate: z.optional(z.boolean()),
  /** The result as printed ("ca 75", "Ej uppnått"). */
  text: z.optional(z.string()),
  note: z.optional(LocalizedText),
  breakdown: z.optional(Breakdown),
  /** Marks figures that are not real: demo data must say so. */
  illustrative: z.optional(z.boolean()),
});
export type Outcome = z.infer<typeof Outcome>;

/** A målbild/mål with its baseline, target and outcomes. */
export const Indicator = z.strictObject({
  id: Id,
  goal: z.optional(Id),
  title: LocalizedText,
  /** What is counted, for sentences: { sv: "aktiva ASF", en: "active WISEs" }. */
  unit: z.optional(LocalizedText),
  direction: Direction,
  measure: z.optional(Measure),
  baseline: z.optional(Baseline),
  /**
   * The målbild. Left out for a figure the document reports without a target ("Tre
   * utbildningar har genomförts"): it is then shown but never assessed.
   */
  target: z.optional(Target),
  /** When measuring started, when there is no baseline date ("under verksamhetsår 2018"). */
  start: z.optional(IsoDate),
  outcomes: list(Outcome),
  /** A Kolada KPI id whose values are outcomes of this indicator. */
  kpi: z.optional(z.string()),
  note: z.optional(LocalizedText),
  source: z.optional(Id),
});
export type Indicator = z.infer<typeof Indicator>;

/** Reasons a person may need support to enter the labour market (seed 000). */
export const SUPPORT_NEEDS = [
  'disability',
  'former-addiction',
  'criminal-record',
  'long-term-sick-leave',
  'long-term-unemployment',
  'homelessness',
  'other-social-vulnerability',
] as const;
export const SupportNeed = z.enum(SUPPORT_NEEDS);
export type SupportNeed = z.infer<typeof SupportNeed>;

/** A målgrupp as the plan describes it. */
export const TargetGroup = z.strictObject({
  id: Id,
  description: LocalizedText,
  ageMin: z.optional(z.int().check(z.nonnegative())),
  ageMax: z.optional(z.int().check(z.nonnegative())),
  supportNeeds: z.optional(z.array(SupportNeed)),
  /** Groups the organisation gives priority (Uppsala: unga, utrikesfödda, …). */
  priorities: z.optional(z.array(LocalizedText)),
  source: z.optional(Id),
});
export type TargetGroup = z.infer<typeof TargetGroup>;

/** A definition the plan relies on, e.g. Sofisam's definition of ASF. */
export const Definition = z.strictObject({
  id: Id,
  term: LocalizedText,
  text: LocalizedText,
  criteria: z.optional(z.array(LocalizedText)),
  source: z.optional(Id),
});
export type Definition = z.infer<typeof Definition>;

/** A plan document: handlingsplan, policy or uppföljning. */
export const Plan = z.strictObject({
  $schema: z.optional(z.string()),
  formatVersion: z.optional(z.literal(PLAN_FORMAT_VERSION)),
  id: Id,
  kind: PlanKind,
  /** The language the plan's plain-string texts are written in; Swedish when left out. The
   * `sv`/`en` keys of a bilingual text say their own language. */
  language: z.optional(z.enum(LANGUAGES)),
  title: LocalizedText,
  organisation: Organisation,
  period: z.optional(Period),
  adopted: z.optional(Adoption),
  /** What the plan is for, in the document's words (syfte, övergripande mål). */
  description: z.optional(LocalizedText),
  /** Further statements of the document that belong to the plan as a whole (follow-up,
   * revision, assessments), each as printed. */
  notes: z.optional(z.array(LocalizedText)),
  /** Whether any figure in the plan is made up for a demo. Real plans leave it out. */
  illustrative: z.optional(z.boolean()),
  sources: list(Source),
  definitions: list(Definition),
  targetGroups: list(TargetGroup),
  actors: list(Actor),
  goals: list(Goal),
  activities: list(Activity),
  indicators: list(Indicator),
});
export type Plan = z.infer<typeof Plan>;

/** A plan as written in a document, before defaults are filled in. */
export type PlanInput = z.input<typeof Plan>;

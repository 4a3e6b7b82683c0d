/**
 * The plan data format, version 1.1 (every 1.0 document is a valid 1.1 document).
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

/**
 * The versions of the plan format that these schemas accept. `1` is the first format; `1.1`
 * adds what real project descriptions print and 1.0 could not hold: undated figures
 * (`baseline.when`), shares of a known total (`share`, `of`), direction and range targets,
 * targets per area (`target.perArea`, `outcome.area`), plan-level responsibility
 * (`responsibility`), target-group priorities with their own age range, and the plan period as
 * printed (`period.text`, `period.source`). A document that says `"formatVersion": 1` and uses
 * a 1.1 field is told to say 1.1 (see `parsePlan`); a document without `formatVersion` is read as
 * the newest version.
 */
export const PLAN_FORMAT_VERSIONS = [1, 1.1] as const;
/** The newest version of the plan format, the one new documents should declare. */
export const PLAN_FORMAT_VERSION = 1.1;
export type PlanFormatVersion = (typeof PLAN_FORMAT_VERSIONS)[number];

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
export const Id = z.string().check(z.minLength(1), z.maxLength(100), z.regex(/^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u));
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
  /** The file name of a local copy of the source text, when there is one; cite the source by its title, publisher, date and URL. */
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

/**
 * The period the plan covers. `text` is the period as printed ("februari 2017 – oktober 2018",
 * "2017 - 2018"), `source` the source that prints it, when that is not the plan document itself
 * (format 1.1).
 */
export const Period = z.strictObject({
  start: IsoDate,
  end: IsoDate,
  text: z.optional(z.string().check(z.minLength(1))),
  source: z.optional(Id),
});
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

/** A known total that a figure is part of: "regionens 49 kommuner" (format 1.1). */
const total = () => z.number().check(z.refine(Number.isFinite, 'finite'), z.positive());

/**
 * The utgångsvärde: a measured value at a date. `value` is left out when the document names a
 * starting point but no figure (Bollnäs: "öka med 2" with no count of today's ASF); a change
 * target then cannot be assessed until the figure is filled in.
 *
 * Format 1.1:
 * - an **undated figure** ("idag 31 ASF", "cirka 221 anställda") has `when`, the text of its
 *   time as printed ("idag", "2017"), instead of `date`. It is shown and compared with outcomes,
 *   but never used to count elapsed time. Every baseline has `date` or `when`.
 * - a **share of a known total** ("cirka hälften av regionens 49 kommuner") is `share` (0–1)
 *   with `of` (the total), instead of `value`; the evaluation counts `share × of`, approximate
 *   when `approximate` says so. `of` may also accompany a `value` ("24 av 49").
 */
export const Baseline = z.strictObject({
  value: z.optional(finite()),
  date: z.optional(IsoDate),
  when: z.optional(z.string().check(z.minLength(1))),
  share: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  of: z.optional(total()),
  /** "ca 75": the figure is approximate. */
  approximate: z.optional(z.boolean()),
  /** The figure as printed, when that says more than the number. */
  text: z.optional(z.string()),
  note: z.optional(LocalizedText),
});
export type Baseline = z.infer<typeof Baseline>;

/**
 * A target that applies to each of several areas: "i vardera av de fyra delregionerna"
 * (format 1.1). `count` is how many areas; `areas` their ids when the document names them;
 * outcomes say their area in `outcome.area`. The indicator is achieved when every area is.
 */
export const PerArea = z.strictObject({
  count: z.int().check(z.positive()),
  areas: z.optional(z.array(z.strictObject({ id: Id, name: z.optional(LocalizedText) }))),
  /** What an area is, as printed ("delregion"). */
  text: z.optional(z.string().check(z.minLength(1))),
});
export type PerArea = z.infer<typeof PerArea>;

/** Reach this value: "Målbild 30", "minst 3". */
export const LevelTarget = z.strictObject({
  type: z.literal('level'),
  value: finite(),
  date: IsoDate,
  approximate: z.optional(z.boolean()),
  /** The known total the value is part of (format 1.1). */
  of: z.optional(total()),
  perArea: z.optional(PerArea),
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
/**
 * Better than the baseline, with no number: "fler ASF", "antalet … har ökat" (format 1.1).
 * "Better" is the indicator's `direction`. It is assessed against the baseline figure, and
 * cannot be assessed without one. `date` is when it should have happened (the plan's end
 * when the document gives no other).
 */
export const DirectionTarget = z.strictObject({
  type: z.literal('direction'),
  date: IsoDate,
  perArea: z.optional(PerArea),
  text: z.optional(z.string()),
});
/** Land inside a range: "2–4 kommuner" (format 1.1). Met when `min ≤ outcome ≤ max`. */
export const RangeTarget = z.strictObject({
  type: z.literal('range'),
  min: finite(),
  max: finite(),
  date: IsoDate,
  approximate: z.optional(z.boolean()),
  of: z.optional(total()),
  perArea: z.optional(PerArea),
  text: z.optional(z.string()),
});
export const TARGET_TYPES = ['level', 'change', 'milestone', 'direction', 'range'] as const;
export const Target = z.discriminatedUnion('type', [
  LevelTarget,
  ChangeTarget,
  MilestoneTarget,
  DirectionTarget,
  RangeTarget,
]);
export type Target = z.infer<typeof Target>;
export type LevelTarget = z.infer<typeof LevelTarget>;
export type ChangeTarget = z.infer<typeof ChangeTarget>;
export type MilestoneTarget = z.infer<typeof MilestoneTarget>;
export type DirectionTarget = z.infer<typeof DirectionTarget>;
export type RangeTarget = z.infer<typeof RangeTarget>;

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
  /** The known total the value is part of (format 1.1). */
  of: z.optional(total()),
  /** The area this outcome is for, when the target applies per area (format 1.1). */
  area: z.optional(Id),
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

/** Reasons a person may need support to enter the labour market (Bollnäs kommun, Handlingsplan ASF 2019–2024). */
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

/**
 * A group a målgrupp gives priority: a text ("utrikesfödda"), or (format 1.1) a text with its
 * own age range ("unga mellan 16–29 år").
 */
export const Priority = z.union([
  LocalizedText,
  z.strictObject({
    text: LocalizedText,
    ageMin: z.optional(z.int().check(z.nonnegative())),
    ageMax: z.optional(z.int().check(z.nonnegative())),
  }),
]);
export type Priority = z.infer<typeof Priority>;

/** A målgrupp as the plan describes it. */
export const TargetGroup = z.strictObject({
  id: Id,
  description: LocalizedText,
  ageMin: z.optional(z.int().check(z.nonnegative())),
  ageMax: z.optional(z.int().check(z.nonnegative())),
  supportNeeds: z.optional(z.array(SupportNeed)),
  /** Groups the organisation gives priority (Uppsala: unga, utrikesfödda, …). */
  priorities: z.optional(z.array(Priority)),
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

/** A contact person the document names, as printed (format 1.1). */
export const Contact = z.strictObject({
  name: z.string().check(z.minLength(1)),
  /** Their title or role as printed ("strateg Näringslivsutveckling"). */
  role: z.optional(LocalizedText),
  /** The actor id of their organisation. */
  organisation: z.optional(Id),
  email: z.optional(z.string().check(z.minLength(1))),
  phone: z.optional(z.string().check(z.minLength(1))),
  source: z.optional(Id),
});
export type Contact = z.infer<typeof Contact>;

/**
 * Who carries the plan as a whole (format 1.1): "Projektet genomförs i samverkan mellan
 * stödmottagaren Region Dalarna och Kompetensbyrån Ek för, Coompanion Dalarna samt AB
 * Samarkand2015". Actor ids; activities need not repeat the owner (see `activityLeads`).
 */
export const Responsibility = z.strictObject({
  /** The actor that owns the plan (projektägare, stödmottagare). */
  owner: z.optional(Id),
  /** Actors it works with (samverkanspartner). */
  partners: z._default(z.array(Id), []),
  /** Actors that fund it. */
  funders: z._default(z.array(Id), []),
  contacts: z._default(z.array(Contact), []),
  /** The responsibility as printed. */
  text: z.optional(z.string().check(z.minLength(1))),
  source: z.optional(Id),
});
export type Responsibility = z.infer<typeof Responsibility>;

/** A plan document: handlingsplan, policy or uppföljning. */
export const Plan = z.strictObject({
  $schema: z.optional(z.string()),
  formatVersion: z.optional(z.literal(PLAN_FORMAT_VERSIONS)),
  id: Id,
  kind: PlanKind,
  /** The language the plan's plain-string texts are written in; Swedish when left out. The
   * `sv`/`en` keys of a bilingual text say their own language. */
  language: z.optional(z.enum(LANGUAGES)),
  title: LocalizedText,
  organisation: Organisation,
  period: z.optional(Period),
  adopted: z.optional(Adoption),
  responsibility: z.optional(Responsibility),
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

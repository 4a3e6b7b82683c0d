/**
 * Facts from a CSV row: which Swedish (or English) header names which fact, and how a cell
 * becomes the value the fact schema takes ("ja" → true, "35 %" → 0.35, "ägande" →
 * "ownership"). The column list comes from the check's fact schema, so a new fact needs no
 * code here: without a header of its own, its code name is its header.
 * @module
 */
import { STAFF_PARTICIPATION_LABELS, SUPPORT_NEED_LABELS, type Bilingual } from '@asf-kit/core';
import type { FactsSchema } from './checks.js';

/** The headers of the facts, as a municipal officer would write them. Also accepted: the English header and the code name. */
export const FACT_HEADERS: Readonly<Record<string, Bilingual>> = {
  organisationNumber: { sv: 'Organisationsnummer', en: 'Organisation number' },
  sellsGoodsOrServices: { sv: 'Säljer varor eller tjänster', en: 'Sells goods or services' },
  integrationIsMainPurpose: { sv: 'Integration är huvudsyftet', en: 'Integration is the main purpose' },
  staffParticipation: { sv: 'Medarbetarnas delaktighet', en: 'Staff participation' },
  profitReinvestedShare: { sv: 'Andel av vinsten som återinvesteras', en: 'Share of profit reinvested' },
  publicOwnershipShare: { sv: 'Andel offentligt ägd', en: 'Share publicly owned' },
  peopleWorking: { sv: 'Antal som arbetar', en: 'People working' },
  peopleWorkingFromTargetGroups: {
    sv: 'Antal som arbetar ur målgrupperna',
    en: 'People working from the target groups',
  },
  employeesFromTargetGroups: { sv: 'Anställda ur målgrupperna', en: 'Employees from the target groups' },
  shelteredEmploymentProgramme: { sv: 'Skyddad anställning', en: 'Sheltered employment programme' },
  age: { sv: 'Ålder', en: 'Age' },
  birthDate: { sv: 'Födelsedatum', en: 'Birth date' },
  supportNeeds: { sv: 'Stödbehov', en: 'Support needs' },
  monthsUnemployed: { sv: 'Månader utan arbete', en: 'Months unemployed' },
  shelteredWorkshop: { sv: 'Skyddad verkstad', en: 'Sheltered workshop' },
  value: { sv: 'Värde (kr exkl. moms)', en: 'Value (SEK excl. VAT)' },
  date: { sv: 'Datum', en: 'Date' },
  services: { sv: 'Typ av tjänster', en: 'Kind of services' },
  publicServiceMission: { sv: 'Uppdrag av allmännyttig karaktär', en: 'Public-service mission' },
  profitUse: { sv: 'Vinstens användning', en: 'Use of profit' },
  participatoryManagement: { sv: 'Delaktighet i ledning eller ägande', en: 'Participatory management or ownership' },
  awardedUnderRuleInPastThreeYears: {
    sv: 'Tilldelad enligt regeln senaste tre åren',
    en: 'Awarded under the rule in the past three years',
  },
  contractDurationYears: { sv: 'Kontraktstid (år)', en: 'Contract duration (years)' },
  servicesListed: { sv: 'Tjänsterna omfattas av regeln', en: 'Services covered by the rule' },
};

/** Names of the values of enumerated facts, beside their codes. */
const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, Bilingual>>>> = {
  staffParticipation: STAFF_PARTICIPATION_LABELS,
  supportNeeds: SUPPORT_NEED_LABELS,
  profitUse: {
    reinvested: { sv: 'återinvesteras', en: 'reinvested' },
    'participatory-distribution': { sv: 'fördelas efter deltagande', en: 'distributed on participatory grounds' },
    'other-distribution': { sv: 'delas ut på annan grund', en: 'distributed on other grounds' },
  },
  services: {
    standard: { sv: 'varor, tjänster eller byggentreprenader', en: 'goods, services or works' },
    'social-and-other-specific': {
      sv: 'sociala tjänster och andra särskilda tjänster',
      en: 'social and other specific services',
    },
  },
};

const fold = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('sv');

/** The header of a fact in a language. */
export const factHeader = (fact: string, lang: 'sv' | 'en'): string => FACT_HEADERS[fact]?.[lang] ?? fact;

/** Which fact each header names (Swedish, English or code name, any case); `undefined` for other columns. */
export function factOfHeader(schema: FactsSchema): (header: string) => string | undefined {
  const index = new Map<string, string>();
  for (const fact of Object.keys(schema.shape)) {
    for (const name of [fact, FACT_HEADERS[fact]?.sv, FACT_HEADERS[fact]?.en]) if (name) index.set(fold(name), fact);
  }
  return (header) => index.get(fold(header));
}

type Def = { type: string; innerType?: unknown; element?: unknown; entries?: Record<string, string> };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The schema under `optional` and `nullable`. */
function base(schema: unknown): Def {
  let def = defOf(schema);
  while ((def.type === 'optional' || def.type === 'nullable') && def.innerType) def = defOf(def.innerType);
  return def;
}

const TRUE = new Set(['ja', 'j', 'yes', 'y', 'true', 'sant', 'x', '1']);
const FALSE = new Set(['nej', 'n', 'no', 'false', 'falskt', '0']);
const UNKNOWN = new Set(['', 'vet ej', 'vet inte', 'okänt', 'okänd', 'unknown', "don't know", '?', '-', '–']);

function toNumber(cell: string): number | string {
  const text = cell
    .replace(/[\s\u00a0\u202f]/gu, '')
    .replace(/kr$/iu, '')
    .replace(/−/gu, '-');
  const percent = text.endsWith('%');
  const digits = (percent ? text.slice(0, -1) : text).replace(',', '.');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/u.test(digits)) return cell;
  const n = Number(digits);
  return percent ? n / 100 : n;
}

function toEnum(cell: string, def: Def, labels: Readonly<Record<string, Bilingual>> | undefined): string {
  const key = fold(cell);
  for (const code of Object.keys(def.entries ?? {})) {
    const label = labels?.[code];
    if (fold(code) === key || (label && (fold(label.sv) === key || fold(label.en) === key))) return code;
  }
  return cell.trim();
}

/**
 * A cell as the value of a fact: `undefined` when empty or "vet ej" (unknown); otherwise the
 * value in the schema's type when the cell reads as one, else the text as it is, so that the
 * check's validation says what is wrong with it.
 */
export function cellToFact(schema: FactsSchema, fact: string, cell: string): unknown {
  const trimmed = cell.trim();
  if (UNKNOWN.has(fold(trimmed))) return undefined;
  const def = base(schema.shape[fact]);
  switch (def.type) {
    case 'boolean':
      return TRUE.has(fold(trimmed)) ? true : FALSE.has(fold(trimmed)) ? false : trimmed;
    case 'number':
      return toNumber(trimmed);
    case 'enum':
      return toEnum(trimmed, def, VALUE_LABELS[fact]);
    case 'array': {
      if (['inga', 'inget', 'none', '[]'].includes(fold(trimmed))) return [];
      const element = def.element ? base(def.element) : { type: 'string' };
      return trimmed
        .split(/[,|\n]/u)
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((s) => (element.type === 'enum' ? toEnum(s, element, VALUE_LABELS[fact]) : s));
    }
    default:
      return trimmed;
  }
}

/**
 * Texts the form needs only once there is a result: they travel in the lazy chunk with the
 * rules engine (see rules-loader.ts), so a page that shows the form downloads them on first use.
 * @module
 */
import type { Bilingual } from '@asf-kit/core';
import type { FieldName } from './eligibility-check.texts.js';

/**
 * Short names of the facts, for people: never the code names (issue 11, defect 7a). The welfare
 * form's are in its own lazy module.
 */
export const FIELD_NAMES: Partial<Record<FieldName, Bilingual>> = {
  organisationNumber: { sv: 'organisationsnumret', en: 'the organisationsnummer' },
  sellsGoodsOrServices: { sv: 'näringsverksamheten', en: 'the business' },
  integrationIsMainPurpose: { sv: 'syftet', en: 'the purpose' },
  staffParticipation: { sv: 'medarbetarnas delaktighet', en: "the staff's participation" },
  profitReinvestedShare: {
    sv: 'hur stor del av vinsten som återinvesteras',
    en: 'how much of the profit is reinvested',
  },
  publicOwnershipShare: { sv: 'det offentliga ägandet', en: 'the public ownership' },
  shelteredWorkshop: { sv: 'skyddad verkstad', en: 'sheltered workshop' },
  shelteredEmploymentProgramme: { sv: 'program för skyddad anställning', en: 'sheltered employment programme' },
  peopleWorking: { sv: 'antalet som arbetar i verksamheten', en: 'the number of people working' },
  peopleWorkingFromTargetGroups: { sv: 'antalet ur grupperna', en: 'the number from the groups' },
  employeesFromTargetGroups: { sv: 'antalet anställda ur grupperna', en: 'the number employed from the groups' },
};

/**
 * Why the verdict needs review although the criteria are assessed: some answers are invalid
 * (issue 11, defect 7c).
 */
export function invalidVerdictReason(fields: readonly Bilingual[]): Bilingual {
  const n = fields.length;
  const names = (lang: 'sv' | 'en', and: string) => {
    const list = fields.map((f) => f[lang]);
    return n <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} ${and} ${list[n - 1]}`;
  };
  if (n === 0)
    return { sv: 'Behöver utredas eftersom ett svar är ogiltigt.', en: 'Needs review because an answer is invalid.' };
  return {
    sv: `Behöver utredas eftersom ${n > 1 ? 'svaren' : 'svaret'} om ${names('sv', 'och')} ${n > 1 ? 'är ogiltiga' : 'är ogiltigt'} och räknas som okänt tills det rättas.`,
    en: `Needs review because the ${n > 1 ? 'answers' : 'answer'} about ${names('en', 'and')} ${n > 1 ? 'are' : 'is'} invalid and counts as unknown until corrected.`,
  };
}

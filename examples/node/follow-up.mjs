#!/usr/bin/env node
// Using @asf-kit/core from Node: print a plan's follow-up as a table and check an
// enterprise's eligibility. Run after `npm run build`:
//
//   node examples/node/follow-up.mjs [plan.json] [--as-of YYYY-MM-DD] [--lang sv|en]
//
// Defaults: the Gävleborg 2018 follow-up, assessed at 2018-12-31, in Swedish.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  parsePlanJson,
  evaluatePlan,
  summarizeIndicator,
  formatValue,
  formatPercent,
  localize,
  INDICATOR_STATUS_LABELS,
  checkAsfEligibility,
  checkReservedContract,
} from '@asf-kit/core';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i > -1 && args[i + 1] ? args[i + 1] : fallback;
};
const lang = option('--lang', 'sv') === 'en' ? 'en' : 'sv';
const asOf = option('--as-of', '2018-12-31');
const file =
  args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--'))) ??
  fileURLToPath(new URL('../plans/gavleborg-arsredovisning-2018.json', import.meta.url));

const t = (sv, en) => (lang === 'en' ? en : sv);

// 1. Parse at the boundary: a broken file gives readable problems, never a crash.
let text;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(t(`Kan inte läsa ${file}: ${error.message}`, `Cannot read ${file}: ${error.message}`));
  process.exit(2);
}
const parsed = parsePlanJson(text);
if (!parsed.success) {
  console.error(t(`${file} är inte en giltig plan:`, `${file} is not a valid plan:`));
  for (const issue of parsed.error.issues) console.error(`  ${issue.pointer || '/'}  ${issue.message[lang]}`);
  process.exit(1);
}
const plan = parsed.data;

// 2. The follow-up: one row per indicator.
const evaluation = evaluatePlan(plan, { asOf });
console.log(`${localize(plan.title, lang)} — ${plan.organisation.name}`);
console.log(t(`Bedömt per ${asOf}`, `Assessed at ${asOf}`));
console.log();
const rows = evaluation.indicators.map((e) => ({
  [t('Indikator', 'Indicator')]: localize(e.title, lang).slice(0, 48),
  [t('Utgångsvärde', 'Baseline')]:
    e.baseline?.value == null ? '–' : formatValue(e.baseline.value, lang, { approximate: e.baseline.approximate }),
  [t('Mål', 'Target')]:
    e.target?.value == null
      ? e.target?.type === 'milestone'
        ? t('milstolpe', 'milestone')
        : '–'
      : formatValue(e.target.value, lang),
  [t('Utfall', 'Outcome')]:
    e.outcome == null ? '–' : formatValue(e.outcome.value, lang, { approximate: e.outcome.approximate }),
  [t('Andel av planerad förändring', 'Share of planned change')]: formatPercent(e.progress, lang),
  [t('Måluppfyllelse', 'Attainment')]: formatPercent(e.attainment, lang),
  Status: INDICATOR_STATUS_LABELS[e.status][lang],
}));
console.table(rows);
for (const e of evaluation.indicators) console.log(`- ${summarizeIndicator(e)[lang]}`);

// 3. An enterprise's eligibility, criterion by criterion, with reasons and sources.
const enterprise = {
  sellsGoodsOrServices: true,
  integrationIsMainPurpose: true,
  staffParticipation: 'agreement',
  profitReinvestedShare: 0.8,
  publicOwnershipShare: 0,
  peopleWorking: 20,
  peopleWorkingFromTargetGroups: 7,
};
console.log();
console.log(
  t(
    'Exempel (illustrativt företag): 20 personer arbetar, 7 ur målgrupperna.',
    'Example (illustrative enterprise): 20 people working, 7 from the target groups.',
  ),
);
for (const [name, check] of [
  [
    t(
      'Arbetsintegrerande socialt företag (Tillväxtverkets kriterier)',
      'Work-integration social enterprise (Tillväxtverket criteria)',
    ),
    checkAsfEligibility,
  ],
  [t('Reserverat kontrakt (LOU 4 kap. 18 §)', 'Reserved contract (LOU 4 kap. 18 §)'), checkReservedContract],
]) {
  const result = await check(enterprise);
  console.log(`${name}: ${result.verdict}`);
  for (const c of result.criteria) console.log(`  [${c.outcome}] ${c.reason[lang]}`);
}

/**
 * Where each eligibility criterion comes from: the definition, law or plan that states it.
 * Every criterion in every rule set carries one of these, so that an answer can always say
 * *why* and *according to whom*.
 * @module
 */
import * as z from 'zod/mini';

/** The source of a criterion: a definition, a law paragraph or a plan document. */
export const RuleSource = z.strictObject({
  /** A stable id, e.g. `sofisam-definition`, `lou-4-18`. */
  id: z.string().check(z.minLength(1)),
  /** The title of the document or law (Swedish, as published). */
  title: z.string().check(z.minLength(1)),
  /** Where in it: paragraph, section or the documents that print it. */
  reference: z.string().check(z.minLength(1)),
  /** The words of the source document, where a seed document prints them. */
  quote: z.optional(z.string()),
  url: z.optional(z.url()),
});
export type RuleSource = z.infer<typeof RuleSource>;

const SOFISAM_TITLE = 'Sofisams definition av arbetsintegrerande sociala företag';
const SOFISAM_REFERENCE =
  'Återgiven i Bollnäs kommun, Handlingsplan för främjande av arbetsintegrerande sociala företag 2019–2024 ' +
  '(antagen av kommunfullmäktige 2019-10-28 § 208), avsnittet "Vad är ASF?", och i Region Gotland, ' +
  'Policy för arbetsintegrerande sociala företag (antagen 2015-09-07 § 221), avsnittet "Definition"';
const SOFISAM_URL = 'https://sofisam.se/vad-ar-sociala-foretag/definition.html';

const sofisam = (id: string, point: string, quote: string): RuleSource => ({
  id,
  title: SOFISAM_TITLE,
  reference: `${point}. ${SOFISAM_REFERENCE}`,
  quote,
  url: SOFISAM_URL,
});

const LOU_TITLE = 'Lag (2016:1145) om offentlig upphandling (LOU)';
const LOU_URL =
  'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-20161145-om-offentlig-upphandling_sfs-2016-1145/';

/**
 * The sources of the built-in criteria, by id. Sofisam's definition is quoted as Bollnäs
 * (seed 000) and Region Gotland (seed 003) print it; the target group as Bollnäs and
 * Samordningsförbund Gävleborg (seed 002) state it.
 */
export const RULE_SOURCES = {
  'sofisam-business': sofisam(
    'sofisam-business',
    'Inledningen',
    'företag som driver näringsverksamhet (producerar och säljer varor och/eller tjänster)',
  ),
  'sofisam-integration': sofisam(
    'sofisam-integration',
    'Punkt 1',
    'med övergripande ändamål att integrera människor som har stora svårigheter att få och/eller behålla ett arbete, i arbetsliv och samhälle',
  ),
  'sofisam-participation': sofisam(
    'sofisam-participation',
    'Punkt 2',
    'som skapar delaktighet för medarbetarna genom ägande, avtal eller på annat väl dokumenterat sätt',
  ),
  'sofisam-reinvestment': sofisam(
    'sofisam-reinvestment',
    'Punkt 3',
    'som i huvudsak återinvesterar sina vinster i de egna eller liknade verksamheter',
  ),
  'sofisam-independence': sofisam(
    'sofisam-independence',
    'Punkt 4',
    'som är organisatoriskt fristående från offentlig verksamhet. Det innebär att företaget inte har ägare som är kommuner eller andra offentligt ägda organisationer',
  ),
  'lou-4-18': {
    id: 'lou-4-18',
    title: LOU_TITLE,
    reference: 'LOU 4 kap. 18 § (reserverade kontrakt); Europaparlamentets och rådets direktiv 2014/24/EU, artikel 20',
    url: LOU_URL,
  },
  'lou-direct-award': {
    id: 'lou-direct-award',
    title: LOU_TITLE,
    reference:
      'LOU 19 a kap. ff. (direktupphandling, i lydelse från 2022-02-01); beloppsgränsen gäller kontraktets värde i kronor exklusive moms',
    url: LOU_URL,
  },
  'target-group-age': {
    id: 'target-group-age',
    title: 'Målgrupp för ASF-insatser',
    reference:
      'Bollnäs kommun, Handlingsplan ASF 2019–2024, avsnittet "Målgrupp"; Samordningsförbund Gävleborg, Årsredovisning ASF 2018, avsnittet "Målgrupper"',
    quote: 'Individer mellan 16-64 år som är i behov av insatser som ger förutsättningar till inträde på arbetsmarknaden mot egen försörjning.',
  },
  'target-group-support': {
    id: 'target-group-support',
    title: 'Målgrupp för ASF-insatser',
    reference:
      'Bollnäs kommun, Handlingsplan ASF 2019–2024, inledningen (skälen till stödbehov) och avsnittet "Målgrupp"; Samordningsförbund Gävleborg, Årsredovisning ASF 2018',
    quote:
      'på grund av funktionsnedsättning som medför nedsatt arbetsförmåga, tidigare missbruk, kriminalitet, långtidssjukskrivning, långtidsarbetslöshet, hemlöshet eller annan form av social utsatthet',
  },
  'skoopi-profile': {
    id: 'skoopi-profile',
    title: 'asf-kit, profilen "skoopi"',
    reference:
      'En striktare läsning i asf-kit med Skoopi (branschorganisation för arbetsintegrerande sociala företag) som förebild: ingen vinstutdelning, och personer ur målgruppen är anställda, inte bara i arbetsträning. Ingen officiell definition; kontrollera mot Skoopis egna kriterier.',
  },
} as const satisfies Record<string, RuleSource>;

export type RuleSourceId = keyof typeof RULE_SOURCES;

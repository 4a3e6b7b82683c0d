/**
 * Where each eligibility criterion comes from: the definition, law or plan that states it.
 * Every criterion in every rule set carries one of these, so that an answer can always say
 * *why* and *according to whom*.
 * @module
 */
import * as z from 'zod/mini';

/** The source of a criterion: a definition, a law paragraph or a plan document. */
export const RuleSource = z.strictObject({
  /** A stable id, e.g. `tillvaxtverket-business`, `lou-4-18`. */
  id: z.string().check(z.minLength(1)),
  /** The title of the document or law (Swedish, as published). */
  title: z.string().check(z.minLength(1)),
  /** Where in it: paragraph, section or the documents that print it. */
  reference: z.string().check(z.minLength(1)),
  /** The words the cited source prints. */
  quote: z.optional(z.string()),
  url: z.optional(z.url()),
});
export type RuleSource = z.infer<typeof RuleSource>;

const TVV_TITLE = 'Tillväxtverkets kriterier för arbetsintegrerande sociala företag';
const TVV_REFERENCE =
  'Tillväxtverket tog fram kriterierna tillsammans med sociala företag, rådgivare och andra myndigheter; ' +
  'de publicerades på Sofisams webbplats (Sociala företag i samverkan, stängd 2020), sidan "Definition", ' +
  'här i Internet Archives kopia. Återgivna i Bollnäs kommun, Handlingsplan för främjande av ' +
  'arbetsintegrerande sociala företag 2019–2024, och Region Gotland, Policy för arbetsintegrerande sociala företag (2015)';
/** The Internet Archive's copy of Sofisam's page, which names Tillväxtverket as the criteria's author. */
const TVV_URL = 'https://web.archive.org/web/2020/https://sofisam.se/vad-ar-sociala-foretag/definition.html';

const tillvaxtverket = (id: string, point: string, quote: string): RuleSource => ({
  id,
  title: TVV_TITLE,
  reference: `${point}. ${TVV_REFERENCE}`,
  quote,
  url: TVV_URL,
});

const LOU_TITLE = 'Lag (2016:1145) om offentlig upphandling (LOU)';
const LOU_URL =
  'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-20161145-om-offentlig-upphandling_sfs-2016-1145/';
const UHM_PERSONS =
  'https://www.upphandlingsmyndigheten.se/regler-och-lagstiftning/hallbarhet-i-upphandlingsreglerna/regler-om-reserverad-upphandling/vilka-personer-avses/';
const UHM_WELFARE =
  'https://www.upphandlingsmyndigheten.se/regler-och-lagstiftning/hallbarhet-i-upphandlingsreglerna/reserverad-upphandling-for-vissa-tjanster-enligt-bilaga-2/';

/**
 * The sources of the built-in criteria, by id. Tillväxtverket's criteria are quoted as the
 * page that published them prints them (Sofisam's "Definition", in the Internet Archive's copy);
 * the target group as Bollnäs and Samordningsförbund Gävleborg state it.
 */
export const RULE_SOURCES = {
  'tillvaxtverket-business': tillvaxtverket(
    'tillvaxtverket-business',
    'Inledningen',
    'Arbetsintegrerande sociala företag är företag som driver näringsverksamhet (producerar och säljer varor och/eller tjänster)',
  ),
  'tillvaxtverket-integration': tillvaxtverket(
    'tillvaxtverket-integration',
    'Punkt 1',
    'Med övergripande ändamål att integrera människor som har stora svårigheter att få och/eller behålla ett arbete, i arbetsliv och samhälle.',
  ),
  'tillvaxtverket-participation': tillvaxtverket(
    'tillvaxtverket-participation',
    'Punkt 2',
    'Som skapar delaktighet för medarbetarna genom ägande, avtal eller på annat väl dokumenterat sätt.',
  ),
  'tillvaxtverket-reinvestment': tillvaxtverket(
    'tillvaxtverket-reinvestment',
    'Punkt 3',
    'Som i huvudsak återinvesterar sina vinster i den egna eller liknade verksamheter.',
  ),
  'tillvaxtverket-independence': tillvaxtverket(
    'tillvaxtverket-independence',
    'Punkt 4',
    'Som är organisatoriskt fristående från offentlig verksamhet. - Det innebär att företaget inte har ägare som är kommuner eller andra offentligt ägda organisationer.',
  ),
  'lou-4-18': {
    id: 'lou-4-18',
    title: LOU_TITLE,
    reference:
      'LOU 4 kap. 18 § (reserverad upphandling: punkt 1 skyddade verkstäder och leverantörer vars främsta syfte är social och yrkesmässig integration, punkt 2 program för skyddad anställning; minst 30 procent av dem som sysselsätts); Europaparlamentets och rådets direktiv 2014/24/EU, artikel 20. Vilka som räknas: Upphandlingsmyndigheten, "Vilka personer avses?"',
    quote:
      'Personerna ska vara sysselsatta hos leverantören. Det finns inget krav på att personerna ska vara anställda hos leverantören. I stället kan praktik eller andra former av sysselsättning vara aktuellt.',
    url: UHM_PERSONS,
  },
  'lou-direct-award': {
    id: 'lou-direct-award',
    title: LOU_TITLE,
    reference:
      'LOU 19 a kap. (direktupphandling, i lydelse från 2022-02-01; före dess 19 kap. 7 §); beloppsgränsen gäller kontraktets värde i kronor exklusive moms',
    url: LOU_URL,
  },
  'lou-19-25': {
    id: 'lou-19-25',
    title: LOU_TITLE,
    reference:
      'LOU 19 kap. 25 § (reserverad upphandling för vissa tjänster enligt bilaga 2; 2019-01-01–2022-01-31 19 kap. 6 a §); Europaparlamentets och rådets direktiv 2014/24/EU, artikel 77. Kraven som Upphandlingsmyndigheten sammanfattar dem i "Reserverad upphandling för vissa tjänster enligt bilaga 2"',
    quote:
      'Syftet med organisationen ska vara kopplat till tjänstens tillhandahållande. Organisationens vinst ska återinvesteras för att uppnå syftet. Organisationens lednings- och ägarstruktur ska vara grundad på personalens ägande eller deltagande eller som kräver aktivt deltagande av personal, användare eller berörda parter.',
    url: UHM_WELFARE,
  },
  'target-group-age': {
    id: 'target-group-age',
    title: 'Målgrupp för ASF-insatser',
    reference:
      'Bollnäs kommun, Handlingsplan ASF 2019–2024, avsnittet "Målgrupp"; Samordningsförbund Gävleborg, Årsredovisning ASF 2018, avsnittet "Målgrupper"',
    quote:
      'Individer mellan 16-64 år som är i behov av insatser som ger förutsättningar till inträde på arbetsmarknaden mot egen försörjning.',
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

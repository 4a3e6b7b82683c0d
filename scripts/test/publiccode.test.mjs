// publiccode.yml at the root: parsed as YAML 1.2 and validated against the core keys of the
// publiccode.yml standard, version 0.4 (docs/standard/schema.core.rst of
// https://github.com/publiccodeyml/publiccode.yml, checked 2026-12-02): the mandatory keys,
// the enumerations, the lengths of the descriptions, the maintenance contacts. Also checks
// that it agrees with the packages (version, licence) and that the schema rejects broken files.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = (p) => readFileSync(join(root, p), 'utf8');

/** The controlled vocabularies of the standard (categories-list.rst, scope-list.rst). */
const CATEGORIES = `accounting agile-project-management applicant-tracking application-development
appointment-scheduling backup billing-and-invoicing blog budgeting business-intelligence
business-process-management cad call-center-management cloud-management collaboration
communications compliance-management contact-management content-management crm
customer-service-and-support data-analytics data-collection data-visualization design
design-system digital-asset-management digital-citizenship document-management donor-management
e-commerce e-signature educational-content email-management email-marketing employee-management
enterprise-project-management enterprise-social-networking erp event-management
facility-management feedback-and-reviews-management financial-reporting fleet-management
fundraising gamification geographic-information-systems grant-management graphic-design help-desk
hr ide identity-management instant-messaging inventory-management it-asset-management
it-development it-management it-security it-service-management knowledge-management
learning-management-system marketing mind-mapping mobile-marketing mobile-payment
network-management office online-booking online-community payment-gateway payroll
predictive-analysis procurement productivity-suite project-collaboration project-management
property-management real-estate-management remote-support resource-management sales-management
seo service-desk social-media-management survey talent-management task-management
taxes-management test-management time-management time-tracking translation video-conferencing
video-editing visitor-management voip warehouse-management web-collaboration web-conferencing
website-builder whistleblowing workflow-management`.split(/\s+/);
const SCOPES = `agriculture culture defence education emergency-services employment energy environment
finance-and-economic-development foreign-affairs healthcare infrastructures justice
local-authorities manufacturing research science-and-technology security society sport tourism
transportation welfare`.split(/\s+/);

const date = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const language = {
  type: 'object',
  required: ['shortDescription'],
  properties: {
    localisedName: { type: 'string' },
    shortDescription: { type: 'string', minLength: 1, maxLength: 150 },
    longDescription: { type: 'string', minLength: 150, maxLength: 10000 },
    documentation: { type: 'string', format: 'uri' },
    apiDocumentation: { type: 'string', format: 'uri' },
    features: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    screenshots: { type: 'array', items: { type: 'string' } },
    videos: { type: 'array', items: { type: 'string', format: 'uri' } },
    awards: { type: 'array', items: { type: 'string' } },
  },
  additionalProperties: false,
};
const contact = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1 },
    email: { type: 'string', format: 'email' },
    phone: { type: 'string' },
    affiliation: { type: 'string' },
  },
  additionalProperties: false,
};
const dependency = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string' },
    versionMin: { type: 'string' },
    versionMax: { type: 'string' },
    version: { type: 'string' },
    optional: { type: 'boolean' },
  },
  additionalProperties: false,
};

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: [
    'publiccodeYmlVersion',
    'name',
    'url',
    'platforms',
    'categories',
    'developmentStatus',
    'softwareType',
    'description',
    'legal',
    'maintenance',
    'localisation',
  ],
  properties: {
    publiccodeYmlVersion: { const: '0.4' },
    name: { type: 'string', minLength: 1 },
    applicationSuite: { type: 'string' },
    url: { type: 'string', format: 'uri', pattern: '^https://' },
    landingURL: { type: 'string', format: 'uri' },
    isBasedOn: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    softwareVersion: { type: 'string' },
    releaseDate: date,
    logo: { type: 'string' },
    platforms: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    categories: { type: 'array', minItems: 1, items: { enum: CATEGORIES } },
    usedBy: { type: 'array', items: { type: 'string' } },
    roadmap: { type: 'string' },
    developmentStatus: { enum: ['concept', 'development', 'beta', 'stable', 'obsolete'] },
    softwareType: {
      enum: [
        'standalone/mobile',
        'standalone/iot',
        'standalone/desktop',
        'standalone/web',
        'standalone/backend',
        'standalone/other',
        'addon',
        'library',
        'configurationFiles',
      ],
    },
    intendedAudience: {
      type: 'object',
      properties: {
        countries: { type: 'array', items: { type: 'string', pattern: '^[a-z]{2}$' } },
        unsupportedCountries: { type: 'array', items: { type: 'string', pattern: '^[a-z]{2}$' } },
        scope: { type: 'array', items: { enum: SCOPES } },
      },
      additionalProperties: false,
    },
    description: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$' },
      additionalProperties: language,
    },
    legal: {
      type: 'object',
      required: ['license'],
      properties: {
        license: { type: 'string', minLength: 1 },
        mainCopyrightOwner: { type: 'string' },
        repoOwner: { type: 'string' },
      },
      additionalProperties: false,
    },
    maintenance: {
      type: 'object',
      required: ['type'],
      properties: {
        type: { enum: ['internal', 'contract', 'community', 'none'] },
        contractors: {
          type: 'array',
          items: { type: 'object', required: ['name', 'until'], properties: { name: { type: 'string' }, until: date } },
        },
        contacts: { type: 'array', minItems: 1, items: contact },
      },
      allOf: [
        { if: { properties: { type: { enum: ['internal', 'community'] } } }, then: { required: ['contacts'] } },
        { if: { properties: { type: { const: 'contract' } } }, then: { required: ['contractors'] } },
      ],
      additionalProperties: false,
    },
    localisation: {
      type: 'object',
      required: ['localisationReady', 'availableLanguages'],
      properties: {
        localisationReady: { type: 'boolean' },
        availableLanguages: {
          type: 'array',
          minItems: 1,
          items: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$' },
        },
      },
      additionalProperties: false,
    },
    dependsOn: {
      type: 'object',
      properties: {
        open: { type: 'array', items: dependency },
        proprietary: { type: 'array', items: dependency },
        hardware: { type: 'array', items: dependency },
      },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
};

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const errorsOf = (data) => (validate(data) ? [] : validate.errors.map((e) => `${e.instancePath || '/'} ${e.message}`));

function load() {
  const doc = parseDocument(read('publiccode.yml'), { version: '1.2', uniqueKeys: true });
  assert.deepEqual(doc.errors.map(String), [], 'publiccode.yml is not valid YAML');
  return doc.toJS();
}

describe('publiccode.yml', () => {
  it('has the mandatory keys of the standard (v0.4), with allowed values', () => {
    assert.deepEqual(errorsOf(load()), []);
  });

  it('describes the toolkit in Swedish and English, with features, for the web, as an MIT library', () => {
    const data = load();
    for (const lang of ['sv', 'en']) {
      assert.ok(data.description[lang], `no ${lang} description`);
      assert.ok(data.description[lang].longDescription, `no ${lang} longDescription`);
      assert.ok(data.description[lang].features?.length >= 3, `too few ${lang} features`);
      assert.ok(data.localisation.availableLanguages.includes(lang), `${lang} is not among availableLanguages`);
    }
    assert.deepEqual(data.platforms, ['web']);
    assert.equal(data.softwareType, 'library');
    assert.equal(data.legal.license, JSON.parse(read('package.json')).license);
    assert.equal(data.legal.license, 'MIT');
    assert.match(read('LICENSE'), /^MIT License/);
  });

  it('names the version the packages have', () => {
    const data = load();
    for (const pkg of ['core', 'elements']) {
      assert.equal(
        data.softwareVersion,
        JSON.parse(read(`packages/${pkg}/package.json`)).version,
        `softwareVersion differs from packages/${pkg}`,
      );
    }
  });

  it('the check rejects what the standard does not allow', () => {
    const data = load();
    const broken = [
      (d) => delete d.legal,
      (d) => delete d.maintenance.contacts,
      (d) => (d.description.sv.shortDescription = 'x'.repeat(151)),
      (d) => (d.description.en.longDescription = 'too short'),
      (d) => (d.softwareType = 'framework'),
      (d) => (d.developmentStatus = 'alpha'),
      (d) => (d.categories = ['asf']),
      (d) => (d.localisation.availableLanguages = []),
      (d) => (d.publiccodeYmlVersion = 0.4),
    ];
    for (const mutate of broken) {
      const copy = structuredClone(data);
      mutate(copy);
      assert.notDeepEqual(errorsOf(copy), [], `accepted: ${mutate}`);
    }
  });
});

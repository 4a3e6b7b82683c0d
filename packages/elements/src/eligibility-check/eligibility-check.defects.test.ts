// Issue 11, defect 7 (the self-check), issue 12 (enumerated attributes) and issue 13 (the
// reserved welfare contract, sheltered workshops). Each test here failed before its fix.
import { assert, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { minViewportWidth, setViewport } from '../testing/browser.js';
import './asf-eligibility-check.js';
import { choose, field, fill, part, parts, radio, root } from '../testing/eligibility-check.js';
import type { AsfEligibilityCheck } from './eligibility-check.js';
import type { AsfErrorEvent } from '../shared/events.js';

/** Program field names: the facts' code names, or any camelCase name in parentheses. */
const FIELDS = [
  'sellsGoodsOrServices',
  'integrationIsMainPurpose',
  'staffParticipation',
  'profitReinvestedShare',
  'publicOwnershipShare',
  'peopleWorking',
  'peopleWorkingFromTargetGroups',
  'employeesFromTargetGroups',
  'shelteredEmploymentProgramme',
  'shelteredWorkshop',
  'organisationNumber',
  'publicServiceMission',
  'profitUse',
  'participatoryManagement',
  'awardedUnderRuleInPastThreeYears',
  'contractDurationYears',
  'servicesListed',
];
const CODE_NAME = new RegExp(`\\b(${FIELDS.join('|')})\\b|\\([a-z]+[A-Z]\\w*\\)`);

describe('asf-eligibility-check: issue 11, defect 7', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('(a) never shows program field names, untouched or with errors, in Swedish and English', async () => {
    const el = await fixture<AsfEligibilityCheck>(
      html`<asf-eligibility-check check="both" profile="skoopi"></asf-eligibility-check>`,
    );
    await choose(el, 'sellsGoodsOrServices', 'yes');
    expect(part(el, 'result')!.textContent).not.to.match(CODE_NAME);
    await fill(el, 'profitReinvestedShare', '120');
    await fill(el, 'peopleWorking', '5');
    await fill(el, 'peopleWorkingFromTargetGroups', '7');
    const text = part(el, 'base')!.textContent;
    expect(parts(el, 'field-error')).to.have.length(2);
    expect(text).to.contain('7 ur målgrupperna är fler än de 5 som arbetar i verksamheten');
    expect(text).not.to.match(CODE_NAME);
    const en = await fixture<HTMLDivElement>(
      html`<div lang="en"><asf-eligibility-check check="reserved-contract"></asf-eligibility-check></div>`,
    );
    const el2 = en.querySelector('asf-eligibility-check') as AsfEligibilityCheck;
    await fill(el2, 'peopleWorking', '3');
    await fill(el2, 'peopleWorkingFromTargetGroups', '4');
    expect(part(el2, 'base')!.textContent).to.match(/exceed the 3 people working/);
    expect(part(el2, 'base')!.textContent).not.to.match(CODE_NAME);
  });

  it('(b) accepts a decimal comma, a decimal point and spaces between thousands; never drops the comma', async () => {
    const el = await fixture<AsfEligibilityCheck>(html`<asf-eligibility-check check="both"></asf-eligibility-check>`);
    expect((await fill(el, 'profitReinvestedShare', '33,5')).result.facts.profitReinvestedShare).to.equal(0.335);
    expect(parts(el, 'field-error')).to.have.length(0);
    expect((await fill(el, 'profitReinvestedShare', '33.5')).result.facts.profitReinvestedShare).to.equal(0.335);
    expect((await fill(el, 'peopleWorking', '1 234')).result.facts.peopleWorking).to.equal(1234);
    expect((await fill(el, 'peopleWorking', '1\u00a0234')).result.facts.peopleWorking).to.equal(1234);
    expect(
      (await fill(el, 'peopleWorkingFromTargetGroups', '400')).result.facts.peopleWorkingFromTargetGroups,
    ).to.equal(400);
    expect(parts(el, 'field-error')).to.have.length(0);
    // What is not a number is said so, next to the field, and never becomes one.
    const bad = await fill(el, 'profitReinvestedShare', '33,5,1');
    expect(bad.result.facts.profitReinvestedShare).to.equal(undefined);
    expect(root(el).querySelector('#q-profitReinvestedShare-error')!.textContent).to.contain('Skriv ett tal');
  });

  it('(c) says in words why the verdict needs review when an answer is invalid', async () => {
    const el = await fixture<AsfEligibilityCheck>(html`<asf-eligibility-check></asf-eligibility-check>`);
    await choose(el, 'sellsGoodsOrServices', 'no');
    await fill(el, 'profitReinvestedShare', '120');
    const check = parts(el, 'check')[0]!;
    expect(check.querySelector('[part~="verdict"]')!.textContent).to.contain('Behöver utredas');
    expect(check.textContent).to.contain('Inte uppfyllt');
    const why = check.querySelector('[part="verdict-reason"]');
    assert.exists(why, 'a reason under the verdict');
    expect(why.textContent).to.match(/ogiltig/);
    expect(why.textContent).to.contain('återinvesteras');
    await expect(el).to.be.accessible();
    // Corrected, the reason goes and the verdict follows the criteria.
    await fill(el, 'profitReinvestedShare', '80');
    expect(parts(el, 'check')[0]!.querySelector('[part="verdict-reason"]')).to.equal(null);
    expect(parts(el, 'check')[0]!.querySelector('[part~="verdict"]')!.textContent).to.contain('Uppfyller inte');
  });

  it('(d) keeps a short form of the verdict in view at 1280 px while the last questions are answered', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await fixture<AsfEligibilityCheck>(
      html`<asf-eligibility-check check="both" profile="skoopi"></asf-eligibility-check>`,
    );
    await choose(el, 'sellsGoodsOrServices', 'yes');
    const last = field(el, 'employeesFromTargetGroups');
    last.scrollIntoView({ block: 'end' });
    await fill(el, 'employeesFromTargetGroups', '1');
    await new Promise((r) => requestAnimationFrame(r));
    const inView = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    };
    expect(inView(last), 'the last question is on screen').to.equal(true);
    const shown = parts(el, 'status-bar').filter(inView);
    expect(shown, 'a short form of the verdict on screen').to.have.length(1);
    expect(shown[0]!.textContent).to.match(/ASF.*Behöver utredas|ASF.*Uppfyller/);
    expect(shown[0]!.textContent).to.contain('Reserverat kontrakt');
    // It is a visual aid: the live region says the same to screen readers.
    expect(shown[0]!.getAttribute('aria-hidden')).to.equal('true');
    window.scrollTo(0, 0);
  });

  it('(d) the short form never hides the control that has focus (WCAG 2.4.11)', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await fixture<AsfEligibilityCheck>(html`<asf-eligibility-check check="both"></asf-eligibility-check>`);
    await choose(el, 'sellsGoodsOrServices', 'yes');
    const input = field(el, 'peopleWorking');
    input.scrollIntoView({ block: 'end' });
    const bar = part(el, 'status-bar')!;
    expect(input.getBoundingClientRect().bottom, 'under the bar before focus').to.be.above(
      bar.getBoundingClientRect().top,
    );
    input.focus();
    await new Promise((r) => requestAnimationFrame(r));
    expect(input.getBoundingClientRect().bottom).to.be.at.most(bar.getBoundingClientRect().top);
    window.scrollTo(0, 0);
  });

  it('(d) the short form does not widen the page at 320 px and is not printed', async () => {
    // WebKit's window cannot be that narrow: it checks its narrowest, and the end-to-end layout
    // tests check every example page at 320 px in WebKit too.
    await setViewport({ width: Math.max(320, minViewportWidth()), height: 640 });
    const el = await fixture<AsfEligibilityCheck>(html`<asf-eligibility-check check="both"></asf-eligibility-check>`);
    await choose(el, 'sellsGoodsOrServices', 'yes');
    assert.exists(part(el, 'status-bar'));
    expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
    const sheet = [
      ...root(el).adoptedStyleSheets,
      ...[...root(el).querySelectorAll('style')].map((s) => s.sheet!),
    ].flatMap((s) => [...s.cssRules]);
    const print = sheet.filter(
      (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('print'),
    );
    expect(print.some((r) => /status-bar[^{]*\{[^}]*display:\s*none/.test(r.cssText))).to.equal(true);
  });
});

describe('asf-eligibility-check: enumerated attributes (issue 12)', () => {
  it('an unknown check names the allowed values, in Swedish and English, and fires asf-error', async () => {
    const el = document.createElement('asf-eligibility-check');
    el.setAttribute('check', 'asff');
    const error = oneEvent<AsfErrorEvent>(el, 'asf-error');
    document.body.append(el);
    const event = await error;
    await el.updateComplete;
    const shown = part(el, 'attribute-error')!;
    expect(shown.getAttribute('role')).to.equal('alert');
    expect(shown.textContent).to.contain('"asff"');
    for (const v of ['asf', 'reserved-contract', 'both', 'reserved-welfare-contract'])
      expect(shown.textContent).to.contain(v);
    expect(event.error.message.sv).to.match(/check.*"asff".*asf, reserved-contract/);
    expect(event.error.message.en).to.match(/check.*"asff".*allowed/);
    el.lang = 'en';
    document.documentElement.lang = 'en';
    el.setAttribute('profile', 'strict');
    await waitUntil(() => /allowed/.test(part(el, 'attribute-error')?.textContent ?? ''));
    document.documentElement.lang = 'sv';
    el.remove();
  });

  it('an unknown profile names the allowed values and fires asf-error once; a valid one clears it', async () => {
    const el = document.createElement('asf-eligibility-check');
    el.setAttribute('profile', 'strict');
    let count = 0;
    el.addEventListener('asf-error', () => count++);
    document.body.append(el);
    await el.updateComplete;
    await el.updateComplete;
    const shown = part(el, 'attribute-error')!;
    expect(shown.textContent).to.contain('"strict"');
    for (const v of ['tillvaxtverket', 'sofisam', 'skoopi']) expect(shown.textContent).to.contain(v);
    el.requestUpdate();
    await el.updateComplete;
    expect(count).to.equal(1);
    el.setAttribute('profile', 'sofisam');
    await el.updateComplete;
    expect(part(el, 'attribute-error')).to.equal(null);
    el.remove();
  });
});

describe('asf-eligibility-check: issue 13', () => {
  it('offers the reserved welfare contract (LOU 19 kap. 25 §) with its six criteria', async () => {
    const el = await fixture<AsfEligibilityCheck>(
      html`<asf-eligibility-check check="reserved-welfare-contract"></asf-eligibility-check>`,
    );
    expect(part(el, 'title')!.textContent).to.match(/reservera/i);
    // Its questions are a lazy chunk: pages with the other forms never download them.
    await waitUntil(() => root(el).querySelector('input[name="publicServiceMission"]'), 'the welfare questions load');
    await choose(el, 'publicServiceMission', 'yes');
    await choose(el, 'profitUse', 'reinvested');
    await choose(el, 'participatoryManagement', 'yes');
    await choose(el, 'awardedUnderRuleInPastThreeYears', 'no');
    await choose(el, 'servicesListed', 'yes');
    const event = await fill(el, 'contractDurationYears', '2,5');
    expect(event.result.checks.map((c) => c.check)).to.deep.equal(['reserved-welfare-contract']);
    expect(event.result.facts).to.deep.include({ contractDurationYears: 2.5 });
    expect(parts(el, 'criterion')).to.have.length(6);
    expect(part(el, 'verdict')!.textContent).to.contain('Uppfyller kriterierna');
    expect(part(el, 'check-title')!.textContent).to.contain('19 kap. 25 §');
    expect(part(el, 'base')!.textContent).not.to.match(CODE_NAME);
    await expect(el).to.be.accessible();
    await fill(el, 'contractDurationYears', '4');
    expect(part(el, 'verdict')!.textContent).to.contain('Uppfyller inte');
  });

  it('takes preset welfare facts once its questions have loaded, without an event', async () => {
    let events = 0;
    const el = await fixture<AsfEligibilityCheck>(
      html`<asf-eligibility-check
        check="reserved-welfare-contract"
        @asf-eligibility-change=${() => events++}
        .facts=${{ publicServiceMission: true, profitUse: 'other-distribution', contractDurationYears: 2 }}
      ></asf-eligibility-check>`,
    );
    await waitUntil(() => el.result, 'a result from the preset facts');
    await el.updateComplete;
    expect(el.result!.checks[0]!.verdict).to.equal('not-eligible');
    expect(radio(el, 'profitUse', 'other-distribution').checked).to.equal(true);
    expect(field(el, 'contractDurationYears').value).to.equal('2');
    expect(events).to.equal(0);
  });

  it('lets a sheltered workshop qualify for a reserved contract, and skoopi no longer refuses trainees', async () => {
    const el = await fixture<AsfEligibilityCheck>(
      html`<asf-eligibility-check check="reserved-contract" profile="skoopi"></asf-eligibility-check>`,
    );
    await choose(el, 'shelteredWorkshop', 'yes');
    await fill(el, 'peopleWorking', '10');
    const event = await fill(el, 'peopleWorkingFromTargetGroups', '3');
    expect(event.result.checks[0]!.verdict).to.equal('eligible');
    expect(root(el).querySelector('input[name="employeesFromTargetGroups"]')).to.equal(null);
  });
});

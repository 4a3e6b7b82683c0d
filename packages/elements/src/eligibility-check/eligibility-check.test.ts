import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './asf-eligibility-check.js';
import { choose, field, fill, nextChange, part, parts, radio, root } from '../testing/eligibility-check.js';
import type { AsfEligibilityCheck } from './eligibility-check.js';

/** The outcome of every criterion shown, in order, read from the parts: ['met', 'unknown', …]. */
const outcomes = (el: AsfEligibilityCheck, check = 0) =>
  [...parts(el, 'check')[check]!.querySelectorAll('[part~="criterion"]')].map((li) =>
    li.getAttribute('part')!.replace('criterion criterion-', ''),
  );
const verdict = (el: AsfEligibilityCheck, check = 0) => parts(el, 'check')[check]!.querySelector('[part~="verdict"]')!;

describe('asf-eligibility-check', () => {
  it('is a form of fieldsets with legends and native controls, "Vet inte" chosen, and no result before an answer', async () => {
    const el = await fixture<AsfEligibilityCheck>(html`<asf-eligibility-check></asf-eligibility-check>`);
    const title = part(el, 'title')!;
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('2');
    expect(title.textContent).to.equal('Är vi ett ASF?');
    const form = root(el).querySelector('form')!;
    expect(form.getAttribute('aria-labelledby')).to.equal('title');
    const legends = [...root(el).querySelectorAll('fieldset > legend')].map((l) => l.textContent.trim());
    expect(legends).to.have.length(3);
    expect(legends[0]).to.match(/^Driver företaget näringsverksamhet/);
    expect(legends[2]).to.equal('Hur är medarbetarna delaktiga i företaget?');
    for (const name of ['sellsGoodsOrServices', 'integrationIsMainPurpose']) {
      const labels = [...root(el).querySelectorAll(`input[name="${name}"]`)].map((i) =>
        i.closest('label')!.textContent.trim(),
      );
      expect(labels).to.deep.equal(['Ja', 'Nej', 'Vet inte']);
      expect(radio(el, name, 'unknown').checked).to.equal(true);
    }
    expect(radio(el, 'staffParticipation', 'unknown').checked).to.equal(true);
    expect(root(el).querySelectorAll('input[name="staffParticipation"]')).to.have.length(5);
    const reinvested = field(el, 'profitReinvestedShare');
    // A text input with a decimal keyboard: a number input would drop "33,5" (issue 11, defect 7b).
    expect(reinvested.type).to.equal('text');
    expect(reinvested.inputMode).to.equal('decimal');
    expect(reinvested.labels![0]!.textContent).to.contain('Hur stor del av vinsten');
    expect(field(el, 'organisationNumber').labels![0]!.textContent).to.equal('Organisationsnummer (valfritt)');
    // The reserved-contract questions are not asked by the ASF check.
    expect(root(el).querySelector('input[name="peopleWorking"]')).to.equal(null);
    expect(part(el, 'note')!.textContent).to.contain('Självskattning – inget myndighetsbeslut');
    expect(part(el, 'prompt')!.textContent).to.equal('Svara på frågorna så visas resultatet här.');
    expect(part(el, 'summary')!.getAttribute('aria-live')).to.equal('polite');
    expect(part(el, 'summary')!.textContent).to.equal('');
    expect(parts(el, 'check')).to.have.length(0);
    expect(el.result).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('meets every ASF criterion through the form, with reasons and linked sources', async () => {
    const el = await fixture<AsfEligibilityCheck>(html`<asf-eligibility-check></asf-eligibility-check>`);
    await choose(el, 'sellsGoodsOrServices', 'yes');
    await choose(el, 'integrationIsMainPurpose', 'yes');
    await choose(el, 'staffParticipation', 'ownership');
    await fill(el, 'profitReinvestedShare', '80');
    const event = await fill(el, 'publicOwnershipShare', '0');
    expect(event.result.facts).to.deep.equal({
      sellsGoodsOrServices: true,
      integrationIsMainPurpose: true,
      staffParticipation: 'ownership',
      profitReinvestedShare: 0.8,
      publicOwnershipShare: 0,
    });
    expect(event.result.checks[0]!.verdict).to.equal('eligible');
    expect(el.result).to.equal(event.result);
    expect(outcomes(el)).to.deep.equal(['met', 'met', 'met', 'met', 'met']);
    expect(verdict(el).getAttribute('part')).to.equal('verdict verdict-eligible');
    expect(verdict(el).textContent.trim()).to.equal('Uppfyller kriterierna');
    expect(verdict(el).querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    const criteria = parts(el, 'criterion');
    expect(criteria[0]!.querySelector('[part~="outcome"]')!.textContent.trim()).to.equal('Uppfyllt');
    expect(criteria[2]!.querySelector('[part="reason"]')!.textContent).to.equal(
      'Medarbetarna är delaktiga genom ägande.',
    );
    expect(criteria[3]!.querySelector('[part="reason"]')!.textContent).to.match(/^80\s%\sav vinsten återinvesteras/);
    const link = criteria[1]!.querySelector<HTMLAnchorElement>('[part="source-link"]')!;
    // Tillväxtverket's criteria (issue 13): sofisam.se is gone, so the link is the Internet Archive's copy.
    expect(link.textContent).to.equal('Tillväxtverkets kriterier för arbetsintegrerande sociala företag');
    expect(link.href).to.match(/^https:\/\/web\.archive\.org\/web\/\d+\/https:\/\/sofisam\.se\//);
    expect(criteria[1]!.querySelector('[part="source"]')!.textContent).to.contain('Punkt 1.');
    expect(part(el, 'summary')!.textContent).to.equal(
      'ASF enligt Tillväxtverkets kriterier: Uppfyller kriterierna (5 av 5 kriterier uppfyllda).',
    );
    expect(root(el).textContent).not.to.match(/NaN|undefined/);
    await expect(el).to.be.accessible();
  });

  it('answers "not met" for every ASF criterion when the answers say no', async () => {
    const el = await fixture<AsfEligibilityCheck>(html`<asf-eligibility-check></asf-eligibility-check>`);
    await choose(el, 'sellsGoodsOrServices', 'no');
    await choose(el, 'integrationIsMainPurpose', 'no');
    await choose(el, 'staffParticipation', 'none');
    await fill(el, 'profitReinvestedShare', '50');
    const event = await fill(el, 'publicOwnershipShare', '10');
    expect(event.result.checks[0]!.verdict).to.equal('not-eligible');
    expect(outcomes(el)).to.deep.equal(['not-met', 'not-met', 'not-met', 'not-met', 'not-met']);
    expect(verdict(el).textContent.trim()).to.equal('Uppfyller inte kriterierna');
    expect(parts(el, 'reason')[3]!.textContent).to.match(
      /^Bara 50\s%\sav vinsten återinvesteras; kravet är mer än 50\s%/,
    );
    expect(parts(el, 'outcome')[0]!.textContent.trim()).to.equal('Inte uppfyllt');
    await expect(el).to.be.accessible();
  });

  it('leaves a criterion unknown, never "not met", when the answer is "Vet inte" or empty', async () => {
    const el = await fixture<AsfEligibilityCheck>(html`<asf-eligibility-check></asf-eligibility-check>`);
    await choose(el, 'sellsGoodsOrServices', 'no');
    expect(outcomes(el)).to.deep.equal(['not-met', 'unknown', 'unknown', 'unknown', 'unknown']);
    const event = await choose(el, 'sellsGoodsOrServices', 'unknown');
    expect(event.result.facts).to.deep.equal({});
    expect(outcomes(el)).to.deep.equal(['unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
    expect(verdict(el).textContent.trim()).to.equal('Behöver utredas');
    expect(parts(el, 'reason')[0]!.textContent).to.match(
      /^Det går inte att avgöra om företaget säljer varor eller tjänster/,
    );
    expect(parts(el, 'outcome')[0]!.textContent.trim()).to.equal('Går inte att avgöra');
    await fill(el, 'profitReinvestedShare', '60');
    expect(outcomes(el)[3]).to.equal('met');
    const cleared = await fill(el, 'profitReinvestedShare', '');
    expect(cleared.result.facts).to.deep.equal({});
    expect(outcomes(el)[3]).to.equal('unknown');
    expect(part(el, 'summary')!.textContent).to.equal(
      'ASF enligt Tillväxtverkets kriterier: Behöver utredas (0 av 5 kriterier uppfyllda).',
    );
    await expect(el).to.be.accessible();
  });

  it('meets the reserved-contract share at exactly 30 % (3 of 10), not at 2 of 10, and cannot decide with nobody working', async () => {
    const el = await fixture<AsfEligibilityCheck>(
      html`<asf-eligibility-check check="reserved-contract"></asf-eligibility-check>`,
    );
    expect(part(el, 'title')!.textContent).to.equal('Får vi delta i en upphandling av ett reserverat kontrakt?');
    expect(root(el).querySelector('input[name="sellsGoodsOrServices"]')).to.equal(null);
    await choose(el, 'integrationIsMainPurpose', 'yes');
    await fill(el, 'peopleWorking', '10');
    let event = await fill(el, 'peopleWorkingFromTargetGroups', '3');
    expect(event.result.checks.map((c) => c.check)).to.deep.equal(['reserved-contract']);
    expect(outcomes(el)).to.deep.equal(['met', 'met']);
    expect(parts(el, 'reason')[1]!.textContent).to.match(/^3 av 10 \(30\s%\)/);
    expect(verdict(el).textContent.trim()).to.equal('Uppfyller kriterierna');
    await expect(el).to.be.accessible();

    event = await fill(el, 'peopleWorkingFromTargetGroups', '2');
    expect(outcomes(el)).to.deep.equal(['met', 'not-met']);
    expect(event.result.checks[0]!.verdict).to.equal('not-eligible');

    await fill(el, 'peopleWorking', '0');
    await fill(el, 'peopleWorkingFromTargetGroups', '0');
    expect(outcomes(el)).to.deep.equal(['met', 'unknown']);
    expect(parts(el, 'reason')[1]!.textContent).to.contain('ingen arbetar i verksamheten');
  });

  it("meets the reserved contract's purpose through a sheltered employment programme, and fails it when all three answers are no", async () => {
    const el = await fixture<AsfEligibilityCheck>(
      html`<asf-eligibility-check check="reserved-contract"></asf-eligibility-check>`,
    );
    await choose(el, 'integrationIsMainPurpose', 'no');
    expect(outcomes(el)[0]).to.equal('unknown');
    await choose(el, 'shelteredEmploymentProgramme', 'no');
    // A sheltered workshop qualifies too (LOU 4 kap. 18 § point 1, issue 13): still undecided.
    expect(outcomes(el)[0]).to.equal('unknown');
    await choose(el, 'shelteredWorkshop', 'no');
    expect(outcomes(el)[0]).to.equal('not-met');
    await choose(el, 'shelteredEmploymentProgramme', 'yes');
    expect(outcomes(el)[0]).to.equal('met');
    expect(parts(el, 'criterion-name')[0]!.textContent).to.equal('Social och yrkesmässig integrering som huvudsyfte');
    expect(parts(el, 'source-link')[0]!.textContent).to.equal('Lag (2016:1145) om offentlig upphandling (LOU)');
  });

  it("shows core's validation next to the field: 120 % is invalid, never NaN, and the verdict needs review", async () => {
    const el = await fixture<AsfEligibilityCheck>(html`<asf-eligibility-check></asf-eligibility-check>`);
    await choose(el, 'sellsGoodsOrServices', 'yes');
    const event = await fill(el, 'profitReinvestedShare', '120');
    const check = event.result.checks[0]!;
    expect(check.valid).to.equal(false);
    expect(check.issues.map((i) => i.code)).to.deep.equal(['share-out-of-range']);
    const input = field(el, 'profitReinvestedShare');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = root(el).getElementById('q-profitReinvestedShare-error')!;
    expect(error.getAttribute('part')).to.equal('field-error');
    expect(error.textContent.trim()).to.equal('Ange en andel mellan 0 och 100 %.');
    expect(input.getAttribute('aria-describedby')).to.equal(
      'q-profitReinvestedShare-hint q-profitReinvestedShare-error',
    );
    expect(outcomes(el)[3]).to.equal('unknown');
    expect(verdict(el).textContent.trim()).to.equal('Behöver utredas');
    expect(part(el, 'summary')!.textContent).to.contain('Några svar är ogiltiga; rätta de markerade fälten.');
    expect(root(el).textContent).not.to.match(/NaN|undefined/);
    await expect(el).to.be.accessible();

    await fill(el, 'profitReinvestedShare', '100');
    expect(input.hasAttribute('aria-invalid')).to.equal(false);
    expect(root(el).getElementById('q-profitReinvestedShare-error')).to.equal(null);
    expect(input.getAttribute('aria-describedby')).to.equal('q-profitReinvestedShare-hint');
  });

  it("checks the organisationsnummer with core's message, and counts that exceed their total", async () => {
    const el = await fixture<AsfEligibilityCheck>(
      html`<asf-eligibility-check check="reserved-contract"></asf-eligibility-check>`,
    );
    await fill(el, 'organisationNumber', '556036-0794');
    const org = field(el, 'organisationNumber');
    expect(org.getAttribute('aria-invalid')).to.equal('true');
    expect(root(el).getElementById('q-organisationNumber-error')!.textContent.trim()).to.equal(
      '"556036-0794": kontrollsiffran stämmer inte (ska vara 3); kontrollera numret.',
    );
    expect(org.getAttribute('aria-describedby')).to.equal('q-organisationNumber-hint q-organisationNumber-error');
    await expect(el).to.be.accessible();
    const valid = await fill(el, 'organisationNumber', '556036-0793');
    expect(valid.result.checks[0]!.valid).to.equal(true);
    expect(org.hasAttribute('aria-invalid')).to.equal(false);

    await fill(el, 'peopleWorking', '10');
    await fill(el, 'peopleWorkingFromTargetGroups', '12');
    expect(root(el).getElementById('q-peopleWorkingFromTargetGroups-error')!.textContent.trim()).to.match(
      /^12 ur målgrupperna är fler än de 10 som arbetar i verksamheten/,
    );
    await fill(el, 'peopleWorkingFromTargetGroups', '2.5');
    expect(root(el).getElementById('q-peopleWorkingFromTargetGroups-error')!.textContent.trim()).to.equal(
      'Ska vara ett heltal, men är 2.5.',
    );
  });

  it('speaks English inside lang="en" and follows a change of language', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="en"><asf-eligibility-check></asf-eligibility-check></div>`,
    );
    const el = wrapper.querySelector('asf-eligibility-check')!;
    await el.updateComplete;
    expect(part(el, 'title')!.textContent).to.equal('Are we a work-integration social enterprise?');
    expect(radio(el, 'sellsGoodsOrServices', 'unknown').closest('label')!.textContent.trim()).to.equal("Don't know");
    await choose(el, 'sellsGoodsOrServices', 'yes');
    expect(verdict(el).textContent.trim()).to.equal('Needs review');
    expect(parts(el, 'reason')[0]!.textContent).to.equal(
      'The enterprise runs a business: it produces and sells goods or services.',
    );
    expect(part(el, 'note')!.textContent).to.contain('Self-assessment – not an official decision.');
    await expect(el).to.be.accessible();
    wrapper.setAttribute('lang', 'sv');
    await waitUntil(() => part(el, 'title')!.textContent === 'Är vi ett ASF?');
    expect(parts(el, 'reason')[0]!.textContent).to.equal(
      'Företaget driver näringsverksamhet: det producerar och säljer varor eller tjänster.',
    );
    expect(verdict(el).textContent.trim()).to.equal('Behöver utredas');
  });

  it('runs both checks, and the skoopi profile asks whether people from the target groups are employed (for the ASF check only)', async () => {
    const el = await fixture<AsfEligibilityCheck>(
      html`<asf-eligibility-check check="both" profile="skoopi"></asf-eligibility-check>`,
    );
    expect(field(el, 'employeesFromTargetGroups').labels![0]!.textContent).to.contain('anställda');
    await fill(el, 'peopleWorking', '10');
    await fill(el, 'peopleWorkingFromTargetGroups', '4');
    const event = await fill(el, 'employeesFromTargetGroups', '0');
    expect(event.result.checks.map((c) => `${c.check}/${c.profile}`)).to.deep.equal([
      'asf/skoopi',
      'reserved-contract/skoopi',
    ]);
    expect(parts(el, 'check')).to.have.length(2);
    expect(outcomes(el, 0)).to.deep.equal(['unknown', 'unknown', 'unknown', 'unknown', 'unknown', 'not-met']);
    // The law counts everyone working, employed or not, in every profile (issue 13): no employment criterion.
    expect(outcomes(el, 1)).to.deep.equal(['unknown', 'met']);
    expect(part(el, 'summary')!.textContent).to.equal(
      'ASF enligt Tillväxtverkets kriterier: Uppfyller inte kriterierna (0 av 6 kriterier uppfyllda). ' +
        'Reserverat kontrakt enligt LOU 4 kap. 18 §: Behöver utredas (1 av 2 kriterier uppfyllda).',
    );
    await expect(el).to.be.accessible();
  });

  it('starts from preset facts without firing an event, and recomputes on a change of check without one', async () => {
    let events = 0;
    const facts = {
      sellsGoodsOrServices: true,
      profitReinvestedShare: 0.35,
      peopleWorking: 10,
      peopleWorkingFromTargetGroups: 3,
    };
    const el = await fixture<AsfEligibilityCheck>(
      html`<asf-eligibility-check .facts=${facts} @asf-eligibility-change=${() => events++}></asf-eligibility-check>`,
    );
    await waitUntil(() => el.result !== undefined);
    await el.updateComplete;
    expect(radio(el, 'sellsGoodsOrServices', 'yes').checked).to.equal(true);
    expect(field(el, 'profitReinvestedShare').value).to.equal('35');
    expect(el.result!.facts).to.deep.equal({ sellsGoodsOrServices: true, profitReinvestedShare: 0.35 });
    expect(outcomes(el)).to.deep.equal(['met', 'unknown', 'unknown', 'not-met', 'unknown']);
    el.check = 'reserved-contract';
    await waitUntil(() => el.result!.checks[0]!.check === 'reserved-contract');
    await el.updateComplete;
    expect(field(el, 'peopleWorking').value).to.equal('10');
    expect(outcomes(el)).to.deep.equal(['unknown', 'met']);
    expect(events).to.equal(0);
    expect(el.facts).to.equal(facts);
  });

  it('is used with the keyboard: Tab through the form, arrow keys choose, digits type', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><button>före</button><asf-eligibility-check></asf-eligibility-check></div>`,
    );
    const el = wrapper.querySelector('asf-eligibility-check')!;
    await el.updateComplete;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(field(el, 'organisationNumber'));
    await sendKeys({ press: 'Tab' });
    // A radio group is one tab stop, on its chosen option.
    expect(root(el).activeElement).to.equal(radio(el, 'sellsGoodsOrServices', 'unknown'));
    // Up twice from the last option ("Vet inte") to the first: WebKit does not wrap around the
    // ends of a radio group as Chromium and Firefox do, so the test never relies on wrapping.
    let changed = nextChange(el);
    await sendKeys({ press: 'ArrowUp' });
    await changed;
    expect(radio(el, 'sellsGoodsOrServices', 'no').checked).to.equal(true);
    changed = nextChange(el);
    await sendKeys({ press: 'ArrowUp' });
    await changed;
    await el.updateComplete;
    expect(radio(el, 'sellsGoodsOrServices', 'yes').checked).to.equal(true);
    expect(outcomes(el)[0]).to.equal('met');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(radio(el, 'integrationIsMainPurpose', 'unknown'));
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(radio(el, 'staffParticipation', 'unknown'));
    changed = nextChange(el);
    await sendKeys({ press: 'ArrowLeft' });
    await changed;
    await el.updateComplete;
    expect(radio(el, 'staffParticipation', 'none').checked).to.equal(true);
    expect(outcomes(el)[2]).to.equal('not-met');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(field(el, 'profitReinvestedShare'));
    await sendKeys({ type: '75' });
    await waitUntil(() => el.result?.facts.profitReinvestedShare === 0.75);
    await el.updateComplete;
    expect(outcomes(el)[3]).to.equal('met');
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(field(el, 'publicOwnershipShare'));
  });

  it('names the form by an aria-label when the title is hidden, and follows heading-level', async () => {
    const el = await fixture<AsfEligibilityCheck>(
      html`<asf-eligibility-check no-heading heading-level="3"></asf-eligibility-check>`,
    );
    expect(part(el, 'title')).to.equal(null);
    expect(root(el).querySelector('form')!.getAttribute('aria-label')).to.equal('Är vi ett ASF?');
    expect(part(el, 'result-title')!.getAttribute('aria-level')).to.equal('4');
    await expect(el).to.be.accessible();
  });
});

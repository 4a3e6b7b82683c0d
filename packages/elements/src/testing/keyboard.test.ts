import { expect, fixture, html } from '@open-wc/testing';
import { pressKeys, typeText } from './keyboard.js';

interface Down {
  key: string;
  ctrl: boolean;
  shift: boolean;
}

describe('testing/keyboard', () => {
  let root: HTMLElement;
  let downs: Down[];
  const input = (id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;

  beforeEach(async () => {
    root = await fixture<HTMLElement>(html`<div>
      <input id="a" /><input id="b" /><input id="c" /><input id="d" />
      <select id="s"><option>x</option><option>y</option><option>z</option></select>
    </div>`);
    downs = [];
    root.addEventListener('keydown', (e) => downs.push({ key: e.key, ctrl: e.ctrlKey, shift: e.shiftKey }));
    input('a').focus();
  });

  it('types every character, repeated ones and non-ASCII ones too, in one call', async () => {
    const text = 'aa  Gävleborg 2018–2020: “ca” 1 000 + 50 %';
    await typeText(text);
    expect(input('a').value).to.equal(text);
  });

  it('presses Tab several times in one call, and Shift+Tab moves back', async () => {
    await pressKeys(['Tab', 'Tab', 'Tab']);
    expect(document.activeElement?.id).to.equal('d');
    await pressKeys(['Shift+Tab', 'Shift+Tab']);
    expect(document.activeElement?.id).to.equal('b');
  });

  it('presses hundreds of keys in one call, chords too', async () => {
    await pressKeys([...Array<string>(300).fill('x'), 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab']);
    expect(input('a').value).to.equal('x'.repeat(300));
    expect(document.activeElement?.id).to.equal('b');
  });

  it('holds Control for a chord and releases it afterwards', async () => {
    await pressKeys(['Control+z', 'y']);
    expect(downs.filter((d) => d.key.toLowerCase() === 'z').map((d) => d.ctrl)).to.deep.equal([true]);
    expect(downs.filter((d) => d.key === 'y').map((d) => d.ctrl)).to.deep.equal([false]);
    await pressKeys(['Control+Shift+z']);
    const last = downs.filter((d) => d.key.toLowerCase() === 'z').at(-1)!;
    expect([last.ctrl, last.shift]).to.deep.equal([true, true]);
  });

  it('moves a closed select with the arrow keys', async () => {
    await pressKeys(['Tab', 'Tab', 'Tab', 'Tab', 'ArrowDown', 'ArrowDown']);
    expect(root.querySelector('select')!.value).to.equal('z');
  });
});

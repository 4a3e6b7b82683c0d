/**
 * Keyboard input for the browser tests that is the same in Chromium, Firefox and WebKit (the
 * server side is the asf-keys command of scripts/wtr-commands.mjs). Every stroke is a real key
 * press and release, in order, and a whole sequence costs one round trip to the test runner.
 * The stock `sendKeys` cannot hold a modifier in WebKit (its WebDriver launcher takes no `down`
 * or `up`), loses a repeated key there when it types a string ("aa" gives "a"), and costs a
 * round trip per key in Chromium.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * A character ('a', 'ä', ' '), a named key ('Tab', 'Enter', 'Backspace', 'Escape', 'ArrowDown',
 * 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 'Delete') or a
 * chord of modifiers and one of those ('Shift+Tab', 'Control+z', 'Control+Shift+z').
 */
export type Stroke = string;

/** Strokes per round trip: well inside the test runner's 20 s for a command in the slowest engine. */
const CHUNK = 200;

/** Presses and releases each stroke in turn. */
export async function pressKeys(strokes: readonly Stroke[]): Promise<void> {
  for (let start = 0; start < strokes.length; start += CHUNK) {
    const chunk = strokes.slice(start, start + CHUNK);
    const done = await executeServerCommand<boolean, { strokes: readonly Stroke[] }>('asf-keys', { strokes: chunk });
    if (done !== true) throw new Error('pressKeys: the test runner has no asf-keys command (web-test-runner.config)');
  }
}

/** Types the text one key per character (code point), as a person at a keyboard does. */
export async function typeText(text: string): Promise<void> {
  await pressKeys([...text]);
}

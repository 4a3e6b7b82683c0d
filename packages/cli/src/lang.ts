/**
 * Which language the command line speaks: `--lang sv|en`, else the environment's `LC_ALL`,
 * `LC_MESSAGES` or `LANG` (in POSIX order of precedence), else Swedish.
 * @module
 */
import type { Language } from '@asf-kit/core';

/** The value of `--lang` in the arguments (`--lang en`, `--lang=en`), if any. */
export function langFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === '--lang') found = argv[i + 1];
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  }
  return found;
}

/** A POSIX locale ("sv_SE.UTF-8", "en_GB", "C") as a language, or `undefined` when it names none of ours. */
function fromLocale(locale: string | undefined): Language | undefined {
  if (locale === undefined || locale.trim() === '') return undefined;
  const primary = locale
    .trim()
    .toLowerCase()
    .split(/[-_.@]/u)[0];
  if (primary === 'en') return 'en';
  if (primary === 'sv') return 'sv';
  return undefined;
}

/**
 * The language to speak.
 *
 * @example
 * detectLanguage(['validate', '--lang', 'en'], {});        // 'en'
 * detectLanguage(['validate'], { LANG: 'en_GB.UTF-8' });     // 'en'
 * detectLanguage(['validate'], { LANG: 'fi_FI.UTF-8' });     // 'sv'
 */
export function detectLanguage(argv: readonly string[], env: Record<string, string | undefined>): Language {
  const flag = langFlag(argv);
  if (flag === 'en' || flag === 'sv') return flag;
  // POSIX: LC_ALL overrides LC_MESSAGES, which overrides LANG. A set variable that names
  // another language (fi, C) decides too: it falls back to Swedish, the default.
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value !== undefined && value.trim() !== '') return fromLocale(value) ?? 'sv';
  }
  return 'sv';
}

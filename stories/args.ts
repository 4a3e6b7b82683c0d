/**
 * A date arg as an attribute value. Storybook's date control hands a story a timestamp (local
 * midnight of the chosen day); the stories' own args are `YYYY-MM-DD` text. Both become
 * `YYYY-MM-DD`; an empty value becomes undefined (the attribute is left out).
 */
export function dateArg(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    const d = new Date(value);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
  return typeof value === 'string' && value !== '' ? value : undefined;
}

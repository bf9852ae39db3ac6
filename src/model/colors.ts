/** The one colour choke point: only #rgb and #rrggbb from data ever reach a style. */
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export function safeColor(value: unknown): string | undefined {
  return typeof value === 'string' && HEX.test(value) ? value.toLowerCase() : undefined;
}

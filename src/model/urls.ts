/**
 * The one URL choke point: every href or src built from feed data goes through here.
 * A URL is kept only when `new URL` parses it as absolute and its scheme is allowed.
 */
export type UrlUse = 'link' | 'media';

const ALLOWED: Record<UrlUse, ReadonlySet<string>> = {
  link: new Set(['http:', 'https:', 'mailto:']),
  media: new Set(['http:', 'https:']),
};

export type SafeUrlResult = {ok: true; url: string} | {ok: false; reason: string};

export function checkUrl(value: unknown, use: UrlUse = 'link'): SafeUrlResult {
  if (typeof value !== 'string' || value.trim() === '') return {ok: false, reason: 'is not a URL'};
  let parsed: URL;
  try {
    parsed = new URL(value.trim());
  } catch {
    return {ok: false, reason: `"${value}" is not an absolute URL`};
  }
  if (!ALLOWED[use].has(parsed.protocol)) {
    const allowed = [...ALLOWED[use]].map((p) => p.slice(0, -1)).join(', ');
    return {ok: false, reason: `scheme "${parsed.protocol}" is not allowed (only ${allowed})`};
  }
  return {ok: true, url: parsed.href};
}

/** The URL when it is safe to put in an href (or src for `media`), otherwise undefined. */
export function safeUrl(value: unknown, use: UrlUse = 'link'): string | undefined {
  const result = checkUrl(value, use);
  return result.ok ? result.url : undefined;
}

/**
 * What a media URL points at. frise shows images (with their alt text and credit); videos, posts,
 * maps, audio and documents it does not embed (an embed would load another site's scripts into the
 * page), so they become sources the card links to, named after the service that hosts them.
 */

export type MediaKind = 'image' | 'embed' | 'link';

export interface MediaClass {
  kind: MediaKind;
  /** Who publishes what the URL points at: a service's name, else the URL's host name. */
  publisher: string;
}

const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp)$/i;
// Hosts that serve images themselves (their URLs need not end with an extension).
const IMAGE_HOSTS = [
  'upload.wikimedia.org',
  'pbs.twimg.com',
  'images.unsplash.com',
  'i.imgur.com',
  'live.staticflickr.com',
  'farm1.staticflickr.com',
  'lh3.googleusercontent.com',
];
// Services whose pages TimelineJS3 embeds, by host suffix (a host is its own name or a subdomain of it).
const SERVICES: ReadonlyArray<readonly [string, string]> = [
  ['youtube.com', 'YouTube'],
  ['youtu.be', 'YouTube'],
  ['vimeo.com', 'Vimeo'],
  ['dailymotion.com', 'Dailymotion'],
  ['vine.co', 'Vine'],
  ['twitter.com', 'X (Twitter)'],
  ['x.com', 'X (Twitter)'],
  ['bsky.app', 'Bluesky'],
  ['instagram.com', 'Instagram'],
  ['tiktok.com', 'TikTok'],
  ['facebook.com', 'Facebook'],
  ['threads.net', 'Threads'],
  ['soundcloud.com', 'SoundCloud'],
  ['spotify.com', 'Spotify'],
  ['wistia.com', 'Wistia'],
  ['flickr.com', 'Flickr'],
  ['flic.kr', 'Flickr'],
  ['imgur.com', 'Imgur'],
  ['documentcloud.org', 'DocumentCloud'],
  ['commons.wikimedia.org', 'Wikimedia Commons'],
  ['wikipedia.org', 'Wikipedia'],
  ['google.com/maps', 'Google Maps'],
  ['maps.google.com', 'Google Maps'],
  ['goo.gl/maps', 'Google Maps'],
  ['docs.google.com', 'Google Docs'],
  ['storify.com', 'Storify'],
];

/** The host name people know a site by: without `www.`. */
export function hostName(url: URL): string {
  return url.hostname.replace(/^www\./i, '');
}

/** Classifies an absolute http(s) URL (see the module's comment). */
export function classifyMedia(url: URL): MediaClass {
  const host = url.hostname.toLowerCase();
  const hostAndPath = `${host}${url.pathname}`.toLowerCase();
  const service = SERVICES.find(([suffix]) =>
    suffix.includes('/')
      ? hostAndPath.startsWith(suffix) || hostAndPath.startsWith(`www.${suffix}`)
      : host === suffix || host.endsWith(`.${suffix}`),
  );
  // a Commons or Wikipedia file page ends with the file's name but is a page, not the image
  const isPage = service !== undefined && !IMAGE_HOSTS.includes(host);
  if (!isPage && (IMAGE_EXTENSION.test(url.pathname) || IMAGE_HOSTS.includes(host)))
    return {kind: 'image', publisher: hostName(url)};
  if (service) return {kind: 'embed', publisher: service[1]};
  return {kind: 'link', publisher: hostName(url)};
}

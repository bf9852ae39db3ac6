/**
 * Which language an element shows its labels and dates in, from the most to the least specific:
 * its own `lang` attribute, then the page's language around it (the closest ancestor with a `lang`,
 * up to `<html lang>`), then the feed's language, then English. Empty or blank tags, `und`
 * ("undetermined") and tags that are not well-formed BCP 47 are skipped.
 *
 * Pure: the caller looks the page language up (see `inheritedLanguage`).
 */
export function resolveLanguage(
  own: string | null | undefined,
  pageLanguage: string | null | undefined,
  feedLanguage: string | null | undefined,
): string {
  for (const candidate of [own, pageLanguage, feedLanguage]) {
    const tag = usableTag(candidate);
    if (tag) return tag;
  }
  return 'en';
}

/** The tag trimmed, or undefined when it is empty, `und` or not a well-formed language tag. */
function usableTag(tag: string | null | undefined): string | undefined {
  if (typeof tag !== 'string') return undefined;
  const trimmed = tag.trim();
  if (trimmed === '' || trimmed.toLowerCase() === 'und') return undefined;
  let wellFormed = checkedTags.get(trimmed);
  if (wellFormed === undefined) {
    try {
      Intl.getCanonicalLocales(trimmed);
      wellFormed = true;
    } catch {
      wellFormed = false;
    }
    checkedTags.set(trimmed, wellFormed);
  }
  return wellFormed ? trimmed : undefined;
}

/** Tags already checked: the display language is resolved several times per zoom frame. */
const checkedTags = new Map<string, boolean>();

/**
 * The `lang` of the closest ancestor of `element` that has one, crossing shadow roots (a shadow root's
 * host counts as the parent of its children), up to `<html lang>`; '' when none has one. The element's
 * own `lang` is not looked at.
 */
export function inheritedLanguage(element: Element): string {
  // server rendering (@lit-labs/ssr) has no document tree to walk: the page's language is unknown there
  if (typeof ShadowRoot === 'undefined') return '';
  let node: Node | null = parentAcrossShadow(element);
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = parentAcrossShadow(node);
  }
  return '';
}

function parentAcrossShadow(node: Node): Node | null {
  if (node.parentNode instanceof ShadowRoot) return node.parentNode.host;
  return node.parentNode;
}

// The WAI-ARIA toolbar pattern for a row of buttons: the toolbar is one tab stop (the button last
// focused, the first at the start), arrow keys move along it in the reading direction and wrap, Home and
// End go to its ends. Bound on the toolbar element; it touches nothing but the toolbar's own buttons.

/** Moves the focus along the toolbar with ← → (reversed right to left), Home and End. */
export function onToolbarKeydown(event: KeyboardEvent): void {
  const toolbar = event.currentTarget as HTMLElement;
  const buttons = [...toolbar.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
  const index = buttons.indexOf(event.target as HTMLButtonElement);
  if (index < 0 || buttons.length === 0) return;
  const rtl = getComputedStyle(toolbar).direction === 'rtl';
  let next: number;
  switch (event.key) {
    case 'ArrowRight':
      next = index + (rtl ? -1 : 1);
      break;
    case 'ArrowLeft':
      next = index + (rtl ? 1 : -1);
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = buttons.length - 1;
      break;
    default:
      return;
  }
  event.preventDefault();
  buttons[(next + buttons.length) % buttons.length]!.focus();
}

/** The focused button becomes the toolbar's tab stop. */
export function onToolbarFocusin(event: FocusEvent): void {
  const toolbar = event.currentTarget as HTMLElement;
  const target = event.target as Element;
  if (!(target instanceof HTMLButtonElement) || !toolbar.contains(target)) return;
  for (const button of toolbar.querySelectorAll<HTMLButtonElement>('button'))
    button.tabIndex = button === target ? 0 : -1;
}

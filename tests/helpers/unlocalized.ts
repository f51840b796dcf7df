import { unlocalizedFragments } from '../../devhost/locales/pseudo';

const TEXT_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];

/** Every piece of visible or announced text in `root` that did not come from the pseudo-locale. */
export function findUnlocalizedText(root: HTMLElement): string[] {
  const found: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    found.push(...unlocalizedFragments(node.textContent ?? ''));
  }
  root.querySelectorAll('*').forEach((element) => {
    for (const attribute of TEXT_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value) found.push(...unlocalizedFragments(value).map((text) => `${attribute}="${text}"`));
    }
  });
  return found;
}

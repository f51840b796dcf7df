import axe from 'axe-core';

/** axe-core over a rendered container at WCAG 2.1 A/AA. jsdom cannot compute colour contrast, so
 * that rule runs in the browser tests instead (tests/e2e). Returns violations as readable lines. */
export async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } }
  });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

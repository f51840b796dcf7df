import * as React from 'react';
import { render } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { pseudoLocalize } from '../../../devhost/locales/pseudo';
import { loadLocale } from '../../helpers/locales';
import { findUnlocalizedText } from '../../helpers/unlocalized';
import type { HostKind } from '../../../src/webparts/udviklingsaftaler/hostKind';

const pseudo = pseudoLocalize(loadLocale('da-dk'));

describe('pseudo-locale: every text the app renders comes from the loc files', () => {
  const hosts: HostKind[] = ['sharePoint', 'teamsTab', 'teamsPersonalApp', 'local'];
  it.each(hosts)('renders no literal text on host %s, with and without a data site', (host) => {
    for (const dataSiteUrl of ['https://kommune.sharepoint.com/sites/udvikling', undefined]) {
      const { container, unmount } = render(<App strings={pseudo} host={host} dataSiteUrl={dataSiteUrl} startView="afdeling" />);
      expect(container.textContent).toMatch(/⟦/);
      expect(findUnlocalizedText(container)).toEqual([]);
      unmount();
    }
  });

  it('catches a literal string (the check itself can fail)', () => {
    const { container } = render(
      <div>
        <span>⟦Lókáĺ⟧</span>
        <span>Gem</span>
        <button aria-label="Luk">⟦x⟧</button>
      </div>
    );
    expect(findUnlocalizedText(container)).toEqual(['Gem', 'aria-label="Luk"']);
  });
});

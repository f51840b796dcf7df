import * as React from 'react';
import { render } from '@testing-library/react';
import { App } from '../../../src/webparts/udviklingsaftaler/components/App/App';
import { pseudoLocalize } from '../../../devhost/locales/pseudo';
import { loadLocale } from '../../helpers/locales';
import { findUnlocalizedText } from '../../helpers/unlocalized';
import { fixtureServices, sample } from '../fixtures/services';
import { screen } from '@testing-library/react';
import type { HostKind } from '../../../src/webparts/udviklingsaftaler/hostKind';

const pseudo = pseudoLocalize(loadLocale('da-dk'));

describe('pseudo-locale: every text the app renders comes from the loc files', () => {
  const hosts: HostKind[] = ['sharePoint', 'teamsTab', 'teamsPersonalApp', 'local'];
  it.each(hosts)('renders no literal text on host %s without a data site', (host) => {
    const { container } = render(<App strings={pseudo} host={host} services={undefined} startView="afdeling" />);
    expect(container.textContent).toMatch(/⟦/);
    expect(findUnlocalizedText(container)).toEqual([]);
  });

  it('renders no literal text in the department dashboard (data from lists is marked as data)', async () => {
    // Text that comes from the lists is data, not UI: mark it so only UI literals can remain.
    const mark = (text: string): string => `⟦${text}⟧`;
    const data = {
      ...sample,
      departments: sample.departments.map((d) => ({ ...d, title: mark(d.title) })),
      tracks: sample.tracks.map((t) => ({ ...t, title: mark(t.title) })),
      requirements: sample.requirements.map((r) => ({ ...r, title: mark(r.title) })),
      agreements: sample.agreements.map((a) => ({
        ...a,
        title: mark(a.title),
        intro: mark(a.intro ?? ''),
        coreTask: mark(a.coreTask ?? ''),
        policies: a.policies.map(mark)
      })),
      goals: sample.goals.map((g) => ({ ...g, title: mark(g.title), policies: g.policies.map(mark) }))
    };
    const base = fixtureServices(sample).stageConfiguration;
    const services = fixtureServices(data, { stageConfiguration: { ...base, stages: base.stages.map((st) => ({ ...st, label: mark(st.label) })) } });
    const { container } = render(<App strings={pseudo} host="sharePoint" services={services} startView="afdeling" />);
    await screen.findByTestId('track-matrix');
    expect(findUnlocalizedText(container)).toEqual([]);
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

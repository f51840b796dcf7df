// Issue #17.4: when decide() refuses a blocked move (a caller that did not wait for the form's
// checks), the feedback says in Danish what must be fixed, from the refusal's codes.
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { StringsProvider } from '../../../src/webparts/udviklingsaftaler/components/strings/StringsContext';
import { DecisionFeedback } from '../../../src/webparts/udviklingsaftaler/components/Approval/DecisionFeedback';
import { sendChecksRefusal } from '../../../src/services/approvals/sendChecksRefusal';
import { loadLocale } from '../../helpers/locales';
import { axeViolations } from '../../helpers/axe';

const da = loadLocale('da-dk');

describe('a decision refused by the send checks', () => {
  it('lists what must be fixed, in Danish', async () => {
    const error = sendChecksRefusal([
      { code: 'goalMissingContent', params: { goal: 'Sygefravær i staben', fields: ['purpose', 'followUpMethod'] } },
      { code: 'requirementUncovered', params: { requirement: '3. Lokale mål for sygefravær' } }
    ]);
    const { container } = render(
      <StringsProvider strings={da}>
        <DecisionFeedback label="Behandlet i LMU" error={error} />
      </StringsProvider>
    );
    const box = screen.getByTestId('send-checks-refusal');
    // Fluent renders an alert's content a moment later (DelayedRender).
    await waitFor(() => expect(box).toHaveTextContent('Aftalen kan ikke sendes videre, før dette er rettet:'));
    expect(box).toHaveTextContent(`Målet »Sygefravær i staben« mangler: ${da.GoalFields.purpose}, ${da.GoalFields.followUpMethod}.`);
    expect(box).toHaveTextContent('Kravet »3. Lokale mål for sygefravær« dækkes ikke af noget mål.');
    expect(await axeViolations(container)).toEqual([]);
  });
});

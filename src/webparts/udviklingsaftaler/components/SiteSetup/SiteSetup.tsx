import * as React from 'react';
import { PrimaryButton, ProgressIndicator, Stack, Text } from '@fluentui/react';
import type { SiteSetup as SiteSetupState } from '../../../../services/AppServices';
import { useStrings } from '../strings/StringsContext';
import { ErrorMessage } from '../common/ErrorMessage';
import { format } from '../common/format';
import { useServices } from '../services/ServicesContext';

export interface ISiteSetupProps {
  setup: SiteSetupState;
  onReady(): void;
}

/** Lists missing: a site owner creates them here, with progress; everyone else is told whom to ask. */
export const SiteSetup: React.FC<ISiteSetupProps> = ({ setup, onReady }) => {
  const services = useServices();
  const strings = useStrings();
  const [running, setRunning] = React.useState(false);
  const [steps, setSteps] = React.useState<string[]>([]);
  const [error, setError] = React.useState<unknown>(undefined);

  const create = (): void => {
    setRunning(true);
    setError(undefined);
    setSteps([]);
    services
      .provisionLists((step) => setSteps((done) => [...done, step.target]))
      .then(onReady, (e: unknown) => {
        setError(e);
        setRunning(false);
      });
  };

  return (
    <Stack tokens={{ childrenGap: 12, padding: 16 }} data-testid="site-setup">
      <Text block as="h2" variant="large">
        {strings.Setup.Title}
      </Text>
      {setup.canProvision ? (
        <>
          <Text block as="p">
            {format(strings.Setup.OwnerMessage, setup.missingLists.join(', '))}
          </Text>
          {error !== undefined && <ErrorMessage error={error} onRetry={create} />}
          {running ? (
            <ProgressIndicator
              label={strings.Setup.Creating}
              description={format(strings.Setup.Progress, steps.length, steps[steps.length - 1] ?? '')}
              ariaValueText={strings.Setup.Creating}
            />
          ) : (
            <PrimaryButton text={strings.Setup.Create} onClick={create} styles={{ root: { alignSelf: 'flex-start' } }} />
          )}
        </>
      ) : (
        <Text block as="p" role="status">
          {strings.Setup.OtherMessage}
        </Text>
      )}
    </Stack>
  );
};

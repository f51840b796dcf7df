import * as React from 'react';
import { Stack, Text } from '../common/layout';
import type { Agreement, AuthorityStatus, StageConfiguration } from '../../../../domain';
import type { StageFact } from '../../../../services/approvals/approvalTypes';
import { StageStatus } from './StageStatus';
import { useStrings } from '../strings/StringsContext';
import { Paragraphs } from '../common/Paragraphs';
import { MisfiledNotice } from '../common/MisfiledNotice';
import { LightButton } from '../common/LightButton';

export const AgreementHeader: React.FC<{ agreement: Agreement; stages: StageConfiguration; verification: AuthorityStatus | StageFact | undefined }> = ({
  agreement,
  stages,
  verification
}) => {
  const strings = useStrings();
  const [showIntro, setShowIntro] = React.useState(false);
  const introId = `agreement-intro-${agreement.id}`;
  return (
    <Stack tokens={{ childrenGap: 8 }} as="section" aria-labelledby={`agreement-title-${agreement.id}`}>
      <Text block as="h2" variant="xLarge" id={`agreement-title-${agreement.id}`}>
        {agreement.title}
      </Text>
      <Text block as="p" data-testid="agreement-stage">
        <strong>{strings.Department.Stage}:</strong>{' '}
        <StageStatus stages={stages} stage={agreement.stage} verification={agreement.misfiled ? 'unverified' : verification} />
      </Text>
      <MisfiledNotice misfiled={agreement.misfiled} />
      {agreement.coreTask && (
        <Stack tokens={{ childrenGap: 4 }}>
          <Text block as="h3" variant="mediumPlus">
            {strings.Department.CoreTask}
          </Text>
          <Paragraphs text={agreement.coreTask} />
        </Stack>
      )}
      {agreement.policies.length > 0 && (
        <Stack tokens={{ childrenGap: 4 }}>
          <Text block as="h3" variant="mediumPlus">
            {strings.Department.Policies}
          </Text>
          <ul>
            {agreement.policies.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Stack>
      )}
      {agreement.intro && (
        <div>
          <LightButton
            kind="action"
            iconName={showIntro ? 'ChevronUp' : 'ChevronDown'}
            aria-expanded={showIntro}
            aria-controls={introId}
            onClick={() => setShowIntro(!showIntro)}
          >
            {showIntro ? strings.Department.HideIntro : strings.Department.ShowIntro}
          </LightButton>
          {/* Rendered when opened: a collapsed introduction is no work for the first paint. */}
          <div id={introId} hidden={!showIntro}>
            {showIntro && <Paragraphs text={agreement.intro} />}
          </div>
        </div>
      )}
    </Stack>
  );
};

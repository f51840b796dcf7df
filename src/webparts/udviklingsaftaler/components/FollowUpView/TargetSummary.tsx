import * as React from 'react';
import { Icon, Stack, Text } from '@fluentui/react';
import { formatDanishNumber, targetMet, type GoalTarget } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';

/** The target against the actual value: "Mål: højst 2,8 %" / "Faktisk: 3,1 %" and whether
 * it was met. `actual` is the value being typed, so the verdict follows the input. */
export const TargetSummary: React.FC<{ target: GoalTarget; actual: number | undefined }> = ({ target, actual }) => {
  const s = useStrings().YearEnd;
  // The unit as the list stores it ("%"): data, shown as written.
  const unit = target.unit;
  const met = actual === undefined ? undefined : targetMet(target, actual);
  return (
    <Stack tokens={{ childrenGap: 2 }} data-testid="target-summary">
      <Text block>
        <strong>{s.TargetLabel}:</strong> {format(s.TargetLine, s.Directions[target.direction], formatDanishNumber(target.value), unit)}
      </Text>
      {target.note && (
        <Text block variant="small">
          {target.note}
        </Text>
      )}
      <Text block data-testid="target-actual">
        {actual === undefined ? s.ActualNotMeasured : format(s.ActualLine, formatDanishNumber(actual), unit)}
        {met !== undefined && (
          <>
            {' – '}
            <Icon iconName={met ? 'CheckMark' : 'Warning'} aria-hidden="true" /> <span data-testid="target-verdict">{met ? s.TargetMet : s.TargetNotMet}</span>
          </>
        )}
      </Text>
    </Stack>
  );
};

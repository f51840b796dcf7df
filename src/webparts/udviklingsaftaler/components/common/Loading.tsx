import * as React from 'react';
import { Shimmer, ShimmerElementType, Stack } from '@fluentui/react';
import { useStrings } from '../strings/StringsContext';

/** The shimmer every view shows while it reads. */
export const Loading: React.FC = () => {
  const strings = useStrings();
  return (
    <Stack tokens={{ childrenGap: 12 }} aria-busy="true" aria-label={strings.App.Loading} role="progressbar">
      <Shimmer width="40%" shimmerElements={[{ type: ShimmerElementType.line, height: 28 }]} />
      <Shimmer shimmerElements={[{ type: ShimmerElementType.line, height: 16 }]} />
      <Shimmer width="80%" shimmerElements={[{ type: ShimmerElementType.line, height: 16 }]} />
      <Shimmer shimmerElements={[{ type: ShimmerElementType.line, height: 120 }]} />
    </Stack>
  );
};

import * as React from 'react';
import { FontIcon } from '@fluentui/react';
import { Text } from './layout';
import type { Goal } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';

export interface IMisfiledNoticeProps {
  misfiled: Goal['misfiled'];
}

/** An item SharePoint holds outside its department's folder is not taken as the department's own:
 * said in words with an icon (never colour alone), like a forged approval. Nothing when it is in
 * its own folder. */
export const MisfiledNotice: React.FC<IMisfiledNoticeProps> = ({ misfiled }) => {
  const strings = useStrings().Filing;
  if (misfiled === undefined) return null;
  const [text, help] = misfiled === 'otherFolder' ? [strings.OtherFolder, strings.OtherFolderHelp] : [strings.OutsideFolders, strings.OutsideFoldersHelp];
  return (
    <Text block as="p" variant="small" data-testid="misfiled" data-misfiled={misfiled} style={{ color: '#a4262c', fontWeight: 600 }}>
      <FontIcon iconName="Warning" aria-hidden style={{ marginRight: 4, verticalAlign: 'middle' }} />
      {text}
      <span style={{ display: 'block', fontWeight: 400 }}>{help}</span>
    </Text>
  );
};

// Fields a corrected file and the app both changed since the earlier import (issue 19, decision
// 0011): listed in the review with both versions, and chosen field by field in the shared conflict
// dialog. Nothing is written to them until the user chooses; the choice is saved by the next "Gem".
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Stack, Text } from '@fluentui/react';
import type { AgreementContentKey } from '../../../../domain/agreementContent';
import type { GoalKey } from '../../../../domain/goalMerge';
import type { MergeChoice } from '../../../../domain/wordImport/reimportMerge';
import type { ImportConflict, ImportYearContext } from '../../../../services/wordImport/wordImportServices';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import { FieldConflictDialog, type FieldConflictChoice } from '../common/FieldConflictDialog';
import { displayValue } from '../GoalEditor/displayValue';
import { contentLabels, contentText } from '../AgreementEditor/contentText';

export interface IImportConflictsProps {
  conflicts: readonly ImportConflict[];
  context: ImportYearContext | undefined;
  onResolve(choices: Record<string, MergeChoice>): void;
}

export const ImportConflicts: React.FC<IImportConflictsProps> = ({ conflicts, context, onResolve }) => {
  const strings = useStrings();
  const s = strings.WordImportMerge;
  const [open, setOpen] = React.useState(false);
  const data = { tracks: context?.tracks ?? [], requirements: context?.requirements ?? [], departments: context?.departments ?? [], previousYearGoals: [] };
  const labels = contentLabels(strings.AgreementEditor);
  const choices: Array<FieldConflictChoice<string>> = conflicts.map((c) => {
    if (c.item === 'goal') {
      const key = c.field as GoalKey;
      const text = (v: unknown): string => displayValue(key, v, data, strings.GoalEditor);
      return { key: c.key, label: format(s.GoalField, c.goalTitle ?? '', strings.GoalFields[key]), mine: text(c.mine), theirs: text(c.theirs) };
    }
    if (c.sectionHeading !== undefined) {
      return { key: c.key, label: format(s.SectionField, c.sectionHeading), mine: contentText('intro', c.mine), theirs: contentText('intro', c.theirs) };
    }
    const key = c.field as AgreementContentKey;
    return { key: c.key, label: format(s.AgreementField, labels[key]), mine: contentText(key, c.mine), theirs: contentText(key, c.theirs) };
  });
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="import-conflicts">
      <Stack tokens={{ childrenGap: 8 }}>
        <Text variant="mediumPlus" as="h4" style={{ margin: 0, fontWeight: 600 }}>
          {s.ConflictsTitle}
        </Text>
        <span>{s.ConflictsIntro}</span>
        <ul style={{ margin: 0, paddingLeft: 16 }}>
          {choices.map((c) => (
            <li key={c.key} data-testid="import-conflict">
              <strong>{c.label}</strong>
              <br />
              {s.Mine}: {c.mine}
              <br />
              {s.Theirs}: {c.theirs}
            </li>
          ))}
        </ul>
        <DefaultButton
          text={s.ChooseVersions}
          onClick={() => setOpen(true)}
          styles={{ root: { alignSelf: 'flex-start' } }}
          data-testid="import-choose-versions"
        />
      </Stack>
      {open && (
        <FieldConflictDialog
          conflicts={choices}
          text={{ title: s.DialogTitle, intro: s.DialogIntro, mine: s.Mine, theirs: s.Theirs, apply: s.Apply, cancel: s.Cancel }}
          testId="import-conflict-dialog"
          onResolve={(keepMine) => {
            setOpen(false);
            onResolve(Object.fromEntries(conflicts.map((c) => [c.key, keepMine.has(c.key) ? 'mine' : 'theirs'])));
          }}
          onCancel={() => setOpen(false)}
        />
      )}
    </MessageBar>
  );
};

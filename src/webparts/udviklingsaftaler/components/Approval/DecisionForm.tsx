import * as React from 'react';
import { DefaultButton, PrimaryButton, Stack, TextField } from '@fluentui/react';
import { DanishDatePicker } from '../common/DanishDatePicker';
import { decisionProblems, type DecisionField, type StageTransition } from '../../../../domain';
import { useStrings } from '../strings/StringsContext';
import { format } from '../common/format';
import type { ApprovalTarget } from '../../../../services/approvals/approvalTypes';
import { SendChecks } from '../Conversation/SendChecks';
import { validationTexts } from '../common/validationText';

export interface DecisionInput {
  comment?: string;
  meetingDate?: string;
  minutesUrl?: string;
}

export interface IDecisionFormProps {
  transition: StageTransition;
  /** The item moved: an agreement's move is checked first when the configuration says so. */
  target?: ApprovalTarget;
  busy: boolean;
  onSubmit(input: DecisionInput): void;
  onCancel(): void;
}

/** The fields a move needs (a comment to return, the meeting and minutes of a hearing), checked
 * at the field before anything is sent by the domain's rule (decisionProblems), which the service
 * checks again. */
export const DecisionForm: React.FC<IDecisionFormProps> = ({ transition, target, busy, onSubmit, onCancel }) => {
  const all = useStrings();
  const strings = all.Approval;
  const [blocked, setBlocked] = React.useState(false);
  const [comment, setComment] = React.useState('');
  const [meetingDate, setMeetingDate] = React.useState<string>('');
  const [minutesUrl, setMinutesUrl] = React.useState('');
  const [tried, setTried] = React.useState(false);
  const problems = decisionProblems(transition, { comment, meetingDate: meetingDate === '' ? undefined : meetingDate, minutesUrl });
  const errorAt = (field: DecisionField): string | undefined =>
    validationTexts(
      all.Validation,
      problems.filter((p) => p.field === field)
    );
  const commentError = errorAt('comment');
  const dateError = errorAt('meetingDate');
  const urlError = errorAt('minutesUrl');
  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    setTried(true);
    if (commentError || dateError || urlError || blocked) return;
    onSubmit({
      comment: comment.trim() === '' ? undefined : comment.trim(),
      meetingDate: transition.requiresMeeting ? meetingDate : undefined,
      minutesUrl: transition.requiresMeeting ? minutesUrl.trim() : undefined
    });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="decision-form">
      <Stack tokens={{ childrenGap: 8 }}>
        {target && <SendChecks target={target} transition={transition} onBlocked={setBlocked} />}
        {transition.requiresMeeting && (
          <>
            <DanishDatePicker
              label={strings.MeetingDate}
              isRequired
              value={meetingDate}
              onChange={setMeetingDate}
              name="meetingDate"
              errorMessage={tried ? dateError : undefined}
            />
            <TextField
              label={strings.MinutesUrl}
              required
              value={minutesUrl}
              onChange={(_e, v) => setMinutesUrl(v ?? '')}
              errorMessage={tried ? urlError : undefined}
              type="url"
            />
          </>
        )}
        <TextField
          label={strings.Comment}
          required={transition.requiresComment}
          multiline
          rows={3}
          value={comment}
          onChange={(_e, v) => setComment(v ?? '')}
          errorMessage={tried ? commentError : undefined}
        />
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" disabled={busy || blocked} text={format(strings.Confirm, transition.label)} />
          <DefaultButton onClick={onCancel} disabled={busy} text={strings.Cancel} />
        </Stack>
      </Stack>
    </form>
  );
};

// "Stedfortræder" in Mine opgaver (issue #17.3, decision 0009): whom the user stands in for today,
// and, for a member of a deciding group, their substitutes: name one for a group and a period
// (days typed the Danish way), see them, end one. In Mine opgaver's chunk (tasks-view).
import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, Stack, Text } from '@fluentui/react';
import type { GroupKey } from '../../../../domain';
import { substitutionProblems, type SubstitutionProblem } from '../../../../domain/substitution';
import { danishDateText } from '../../../../domain/danishDateFormat';
import type { SubstituteDraft, SubstituteOverview } from '../../../../services/approvals/approvalTypes';
import { useServices } from '../services/ServicesContext';
import { useStrings } from '../strings/StringsContext';
import { useLoadable } from '../common/useLoadable';
import { ErrorMessage } from '../common/ErrorMessage';
import { DanishDatePicker } from '../common/DanishDatePicker';
import { format } from '../common/format';

const SubstitutesPanel: React.FC = () => {
  const services = useServices();
  const s = useStrings().Substitutes;
  const [refresh, setRefresh] = React.useState(0);
  const [state, reload] = useLoadable(() => services.approvals.substitutes(), [services, refresh]);
  const [open, setOpen] = React.useState(false);
  const [draft, setDraft] = React.useState<SubstituteDraft>({});
  const [problems, setProblems] = React.useState<SubstitutionProblem[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [done, setDone] = React.useState<string | undefined>();
  const [failed, setFailed] = React.useState<unknown>();

  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} action="read" />;
  if (state.status !== 'ready') return null;
  const view: SubstituteOverview = state.value;
  const group = (g: GroupKey): string => s.Groups[g];
  const problemAt = (field: SubstitutionProblem['field']): string | undefined => {
    const found = problems.find((p) => p.field === field);
    return found ? s.Problems[found.code] : undefined;
  };

  // One group to choose from is chosen already.
  const chosen: SubstituteDraft = { ...draft, group: draft.group ?? (view.groups.length === 1 ? view.groups[0] : undefined) };

  const name = (): void => {
    // The domain's own check first (the service repeats it with the real membership): every
    // problem at its field. The view's groups are the user's own and the candidates leave the
    // user out, so the user stands in as a member of those groups under an id no one has.
    const me = -1;
    const candidate = view.candidates.find((c) => c.id === chosen.substituteId);
    const found = substitutionProblems(
      {
        group: chosen.group,
        substitute: chosen.substituteId === undefined ? undefined : { id: chosen.substituteId, email: '' },
        from: chosen.from,
        to: chosen.to
      },
      me,
      Object.fromEntries(view.groups.map((g) => [g, [me]])),
      view.candidates.map((c) => c.id),
      view.today
    );
    setProblems(found);
    setDone(undefined);
    setFailed(undefined);
    if (found.length > 0) return;
    setBusy(true);
    services.approvals.nameSubstitute(chosen).then(
      () => {
        setBusy(false);
        setDone(format(s.Named, candidate?.name ?? '', danishDateText(chosen.from as string), danishDateText(chosen.to as string)));
        setDraft({});
        setRefresh((n) => n + 1);
      },
      (e: unknown) => {
        // What was typed stays in the form.
        setBusy(false);
        setFailed(e);
      }
    );
  };

  const end = (id: number, who: string): void => {
    setBusy(true);
    setDone(undefined);
    setFailed(undefined);
    services.approvals.endSubstitution(id).then(
      () => {
        setBusy(false);
        setDone(format(s.Ended, who));
        setRefresh((n) => n + 1);
      },
      (e: unknown) => {
        setBusy(false);
        setFailed(e);
      }
    );
  };

  return (
    <section aria-label={s.Title} data-testid="substitutes" style={{ margin: '12px 0' }}>
      {view.actingFor.map((a) => (
        <div key={`${a.group}-${a.principal}`} data-testid="acting-for">
          <MessageBar messageBarType={MessageBarType.info}>{format(s.ActingFor, a.principal, group(a.group), danishDateText(a.to))}</MessageBar>
        </div>
      ))}
      {view.groups.length > 0 && (
        <DefaultButton
          text={open ? s.Close : s.Open}
          aria-expanded={open}
          iconProps={{ iconName: 'People' }}
          onClick={() => setOpen(!open)}
          style={{ marginTop: 8 }}
        />
      )}
      {open && view.groups.length > 0 && (
        <Stack tokens={{ childrenGap: 8 }} style={{ border: '1px solid #c8c6c4', borderRadius: 4, padding: 12, marginTop: 8, maxWidth: 560 }}>
          <Text block as="h3" variant="large" style={{ margin: 0 }}>
            {s.Title}
          </Text>
          <Text block>{s.Intro}</Text>
          {view.listMissing === true && (
            <MessageBar messageBarType={MessageBarType.warning} isMultiline>
              {s.ListMissing}
            </MessageBar>
          )}
          {done && (
            <MessageBar messageBarType={MessageBarType.success} role="status">
              {done}
            </MessageBar>
          )}
          {failed !== undefined && <ErrorMessage error={failed} />}
          <Text block as="h4" variant="mediumPlus" style={{ margin: 0 }}>
            {s.Mine}
          </Text>
          {view.mine.length === 0 ? (
            <Text block>{s.NoneMine}</Text>
          ) : (
            <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="my-substitutes">
              {view.mine.map((m) => (
                <li key={m.id}>
                  <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }}>
                    <Text>{format(s.Row, m.substitute, group(m.group), danishDateText(m.from), danishDateText(m.to))}</Text>
                    <DefaultButton text={s.End} ariaLabel={format(s.EndLabel, m.substitute)} disabled={busy} onClick={() => end(m.id, m.substitute)} />
                  </Stack>
                </li>
              ))}
            </ul>
          )}
          <Dropdown
            label={s.Substitute}
            placeholder={s.SubstitutePlaceholder}
            required
            options={view.candidates.map((c) => ({ key: c.id, text: c.name }))}
            selectedKey={draft.substituteId ?? null}
            onChange={(_e, o) => setDraft({ ...draft, substituteId: o === undefined ? undefined : Number(o.key) })}
            errorMessage={problemAt('substitute')}
          />
          <Text block variant="small">
            {s.SubstituteHint}
          </Text>
          <Dropdown
            label={s.Group}
            required
            options={view.groups.map((g) => ({ key: g, text: group(g) }))}
            selectedKey={chosen.group ?? null}
            onChange={(_e, o) => setDraft({ ...draft, group: o?.key as GroupKey | undefined })}
            errorMessage={problemAt('group')}
          />
          <DanishDatePicker
            label={s.From}
            isRequired
            value={draft.from ?? ''}
            onChange={(v) => setDraft({ ...draft, from: v || undefined })}
            errorMessage={problemAt('from')}
          />
          <DanishDatePicker
            label={s.To}
            isRequired
            value={draft.to ?? ''}
            onChange={(v) => setDraft({ ...draft, to: v || undefined })}
            errorMessage={problemAt('to')}
          />
          <Stack horizontal>
            <PrimaryButton text={busy ? s.Naming : s.Name} disabled={busy || view.listMissing === true} onClick={() => name()} />
          </Stack>
        </Stack>
      )}
    </section>
  );
};

export default SubstitutesPanel;

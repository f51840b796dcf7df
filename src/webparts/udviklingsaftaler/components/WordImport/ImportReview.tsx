// The review of one imported file: department and year (changeable), the goals found with their
// marks (each can be left out), problems with names that do not resolve, every part of the document
// with where it goes (movable, skippable), and "Gem" through the normal create path. A corrected
// file's fields that the app changed too wait for the user's choice (ImportConflicts); a year
// without a DUS keeps its track marks aside until the user picks a DUS year or skips them.
import * as React from 'react';
import { Checkbox, Dropdown, Link, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import { assemble, documentDepartment, resolveGoal } from '../../../../domain/wordImport/assemble';
import type { ImportMapping, PartDestination } from '../../../../domain/wordImport/recognise';
import type { ImportedFile } from '../../../../services/wordImport/importDocument';
import type { ImportSaveResult, ImportYearContext } from '../../../../services/wordImport/wordImportServices';
import type { MergeChoice } from '../../../../domain/wordImport/reimportMerge';
import { useServices } from '../services/ServicesContext';
import { useStrings } from '../strings/StringsContext';
import { useNavigation } from '../../routing/NavigationContext';
import { ErrorMessage } from '../common/ErrorMessage';
import { format } from '../common/format';
import { PartRow } from './PartRow';
import { goalName } from './destinations';
import { ImportConflicts } from './ImportConflicts';
import { TrackYearChoice, type TrackYear } from './TrackYearChoice';

export interface IImportReviewProps {
  file: ImportedFile;
  /** The department and year the page was opened for: used when the document names none. */
  fallbackDepartmentId?: number;
  fallbackYear?: number;
}

type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; result: ImportSaveResult } | { status: 'failed'; error: unknown };

export const ImportReview: React.FC<IImportReviewProps> = ({ file, fallbackDepartmentId, fallbackYear }) => {
  const strings = useStrings();
  const s = strings.WordImport;
  const m = strings.WordImportMerge;
  const services = useServices();
  const { href } = useNavigation();
  const [mapping, setMapping] = React.useState<ImportMapping>(file.mapping);
  const original = React.useMemo(() => new Map(file.mapping.parts.map((p) => [p.index, p.destination])), [file]);
  const [yearText, setYearText] = React.useState(String(file.mapping.year ?? fallbackYear ?? ''));
  const year = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : undefined;
  const [context, setContext] = React.useState<ImportYearContext | undefined>(undefined);
  const [departmentId, setDepartmentId] = React.useState<number | undefined>(undefined);
  const [save, setSave] = React.useState<SaveState>({ status: 'idle' });
  const [trackYear, setTrackYear] = React.useState<TrackYear>(undefined);
  const [borrowed, setBorrowed] = React.useState<ImportYearContext | undefined>(undefined);

  React.useEffect(() => {
    if (!services || year === undefined) return;
    let live = true;
    services.wordImport.yearContext(year).then(
      (c) => {
        if (!live) return;
        setContext(c);
        setDepartmentId((current) => current ?? documentDepartment(file.mapping, c.departments)?.id ?? fallbackDepartmentId);
      },
      (error: unknown) => live && setSave({ status: 'failed', error })
    );
    return () => {
      live = false;
    };
  }, [services, year, file, fallbackDepartmentId]);

  // A year without a DUS: the tracks of the DUS year the user picked resolve the marks.
  React.useEffect(() => {
    setBorrowed(undefined);
    if (!services || typeof trackYear !== 'number') return;
    let live = true;
    services.wordImport.yearContext(trackYear).then(
      (c) => live && setBorrowed(c),
      (error: unknown) => live && setSave({ status: 'failed', error })
    );
    return () => {
      live = false;
    };
  }, [services, trackYear]);

  const move = React.useCallback((index: number, destination: PartDestination) => {
    setMapping((m) => ({ ...m, parts: m.parts.map((p) => (p.index === index ? { ...p, destination } : p)) }));
    setSave({ status: 'idle' });
  }, []);
  const toggleGoal = (goal: number, include: boolean): void => {
    setMapping((m) => ({ ...m, goals: m.goals.map((g, i) => (i === goal ? { ...g, skip: !include } : g)) }));
    setSave({ status: 'idle' });
  };

  const assembled = React.useMemo(() => assemble(mapping), [mapping]);
  const withoutStrategy = context !== undefined && context.strategy === undefined;
  const resolveWith = React.useCallback(
    (c: ImportYearContext, tracks: ImportYearContext['tracks'], aside: boolean) =>
      assembled.goals.map((g) =>
        resolveGoal(g, { ...c, tracks, withoutStrategy: aside, ownDepartmentId: departmentId, agreementPolicies: assembled.agreement.policies })
      ),
    [assembled, departmentId]
  );
  const resolved = React.useMemo(
    () => (context ? resolveWith(context, borrowed?.tracks ?? context.tracks, withoutStrategy && borrowed === undefined) : []),
    [context, borrowed, withoutStrategy, resolveWith]
  );
  // The marks no DUS of the year can take, whatever the user picked (so the choice stays on screen).
  const marksAside = React.useMemo(
    () =>
      context && withoutStrategy
        ? resolveWith(context, [], true).flatMap((r) => r.resolved.unmatchedColumns.map((column) => ({ goal: r.resolved.position, column })))
        : [],
    [context, withoutStrategy, resolveWith]
  );
  const problems = resolved.flatMap((r) => r.problems).filter((p) => p.code !== 'trackWithoutStrategy');
  const trackYearMissing = marksAside.length > 0 && trackYear === undefined;
  const skippedParts = mapping.parts.filter((p) => p.destination.kind === 'skipped').length;
  const trackTitle = (id: number): string => (borrowed ?? context)?.tracks.find((t) => t.id === id)?.title ?? String(id);

  const onSave = async (choices?: Record<string, MergeChoice>): Promise<void> => {
    if (!services || departmentId === undefined || year === undefined || trackYearMissing) return;
    setSave({ status: 'saving' });
    try {
      setSave({
        status: 'saved',
        result: await services.wordImport.save({
          mapping,
          departmentId,
          year,
          ...(mapping.yearTo !== undefined && mapping.yearTo > year ? { yearTo: mapping.yearTo } : {}),
          ...(marksAside.length > 0 && trackYear !== undefined ? { trackYear } : {}),
          ...(choices ? { choices } : {})
        })
      });
    } catch (error) {
      setSave({ status: 'failed', error });
    }
  };

  const saved = save.status === 'saved' ? save.result : undefined;
  const count = (o: string): number => saved?.goals.filter((g) => g.outcome === o).length ?? 0;
  const yearInvalid = year === undefined ? s.YearInvalid : undefined;
  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="import-review">
      <Stack horizontal wrap tokens={{ childrenGap: 16 }} verticalAlign="start">
        <Dropdown
          label={s.DepartmentLabel}
          styles={{ root: { minWidth: 320 } }}
          selectedKey={departmentId ?? null}
          options={(context?.departments ?? []).filter((d) => d.active).map((d) => ({ key: d.id, text: d.title }))}
          onChange={(_e, o) => {
            setDepartmentId(o ? Number(o.key) : undefined);
            setSave({ status: 'idle' });
          }}
          errorMessage={context && departmentId === undefined ? s.DepartmentMissing : undefined}
          data-testid="import-department"
        />
        <TextField
          label={s.YearLabel}
          value={yearText}
          onChange={(_e, v) => {
            setYearText(v ?? '');
            setSave({ status: 'idle' });
          }}
          errorMessage={yearInvalid}
          inputMode="numeric"
          styles={{ root: { width: 120 } }}
          data-testid="import-year"
        />
      </Stack>
      <Text role="status">{format(s.Summary, assembled.goals.length, assembled.agreement.sections.length, skippedParts)}</Text>

      <section aria-labelledby="import-goals-heading">
        <h3 id="import-goals-heading">{s.GoalsHeading}</h3>
        <Stack tokens={{ childrenGap: 8 }} role="list">
          {mapping.goals.map((g, i) => {
            const goal = assembled.goals.find((a) => a.position === i);
            const r = goal ? resolved[assembled.goals.indexOf(goal)]?.resolved : undefined;
            const marks = r ? [...r.trackIds.map(trackTitle), ...r.policies] : [];
            // A heading recognition found to be a group (no text of its own) is not a goal to offer.
            if (g.skip && !goal && mapping.parts.every((p) => !(p.destination.kind === 'goal' && p.destination.goal === i))) return null;
            const title =
              goal?.title ??
              mapping.parts.find((p) => p.destination.kind === 'goal' && p.destination.goal === i && p.destination.field === 'title')?.text ??
              '';
            return (
              <Stack key={i} role="listitem" tokens={{ childrenGap: 2 }} data-testid="import-goal">
                <Checkbox
                  label={`${format(strings.WordImport.Destinations.goal, goalName(mapping, i))}: ${title}`}
                  checked={!g.skip}
                  onChange={(_e, v) => toggleGoal(i, !!v)}
                  ariaLabel={`${s.ImportGoal}: ${title}`}
                />
                {!g.skip && (
                  <Text variant="small" style={{ marginLeft: 28 }}>
                    {format(s.Marks, marks.length > 0 ? marks.join(', ') : s.NoMarks)}
                  </Text>
                )}
              </Stack>
            );
          })}
        </Stack>
      </section>

      {problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          <ul style={{ margin: 0, paddingLeft: 16 }}>
            {problems.map((p, i) => (
              <li key={i}>
                {p.code === 'unknownDepartment'
                  ? format(s.UnknownDepartment, goalName(mapping, p.goal), p.params.name)
                  : p.code === 'unknownRequirement'
                    ? format(s.UnknownRequirement, goalName(mapping, p.goal), p.params.number)
                    : ''}
              </li>
            ))}
          </ul>
        </MessageBar>
      )}

      {marksAside.length > 0 && year !== undefined && (
        <TrackYearChoice
          year={year}
          mapping={mapping}
          marks={marksAside}
          strategyYears={context?.strategyYears ?? []}
          value={trackYear}
          onChange={(v) => {
            setTrackYear(v);
            setSave({ status: 'idle' });
          }}
        />
      )}

      <section aria-labelledby="import-parts-heading">
        <h3 id="import-parts-heading">{s.PartsHeading}</h3>
        <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)', gap: 16, fontWeight: 600 }} aria-hidden="true">
          <span>{s.DocumentColumn}</span>
          <span>{s.MappingColumn}</span>
        </div>
        <div role="list" aria-label={s.PartsHeading}>
          {mapping.parts.map((p) => (
            <PartRow key={p.index} part={p} mapping={mapping} original={original.get(p.index) ?? p.destination} onMove={move} />
          ))}
        </div>
      </section>

      {save.status === 'failed' && <ErrorMessage error={save.error} onRetry={() => void onSave()} />}
      {saved && saved.conflicts.length > 0 && (
        <ImportConflicts
          conflicts={saved.conflicts}
          context={context && borrowed ? { ...context, tracks: borrowed.tracks } : context}
          onResolve={(choices) => void onSave(choices)}
        />
      )}
      {saved && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline data-testid="import-saved">
          <Stack tokens={{ childrenGap: 4 }}>
            <span>
              {format(
                s.Saved,
                file.fileName,
                saved.agreement === 'conflict' ? m.AgreementConflict : s.AgreementOutcome[saved.agreement],
                count('created'),
                count('updated'),
                count('unchanged')
              )}
            </span>
            {count('locked') > 0 && <span>{format(s.GoalsLocked, count('locked'))}</span>}
            {count('conflict') > 0 && saved.conflicts.length === 0 && <span>{format(s.GoalsInConflict, count('conflict'))}</span>}
            <Stack horizontal tokens={{ childrenGap: 16 }}>
              <Link href={href({ view: 'afdeling', departmentId, year })} data-interception="off">
                {s.OpenDepartment}
              </Link>
              <Link href={href({ view: 'dokument', agreementId: saved.agreementId })} data-interception="off">
                {s.OpenDocument}
              </Link>
            </Stack>
          </Stack>
        </MessageBar>
      )}
      <PrimaryButton
        text={save.status === 'saving' ? s.Saving : s.Save}
        disabled={save.status === 'saving' || departmentId === undefined || year === undefined || assembled.goals.length === 0 || trackYearMissing}
        onClick={() => void onSave()}
        styles={{ root: { alignSelf: 'flex-start' } }}
        data-testid="import-save"
      />
    </Stack>
  );
};

import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, Stack, Text } from '@fluentui/react';
import { copyTargetYear } from '../../../../domain/strategyCopy';
import type { StrategyAdminData } from '../../../../services/strategyAdmin/strategyAdminServices';
import type { Route } from '../../routing/route';
import { useStrings } from '../strings/StringsContext';
import { useLoadable } from '../common/useLoadable';
import { Loading } from '../common/Loading';
import { ErrorMessage } from '../common/ErrorMessage';
import { DamageNotice } from '../common/DamageNotice';
import { format } from '../common/format';
import { StrategyReadOnly } from './StrategyReadOnly';
import { StrategyForm } from './StrategyForm';
import { useServices } from '../services/ServicesContext';

export interface IStrategyAdminProps {
  year: number | undefined;
  navigate(route: Route): void;
}

/** DUS (#/dus/<year>): the year's strategy. Everyone reads it; the secretariat edits it, creates a
 * year, or starts next year as a copy. */
export const StrategyAdmin: React.FC<IStrategyAdminProps> = ({ year: routeYear, navigate }) => {
  const services = useServices();
  const year = routeYear ?? new Date().getFullYear();
  const [loaded, reload] = useLoadable(() => services.strategyAdmin.load(year), [services, year]);
  // #/dus without a year opens this year's DUS, or else the newest there is.
  const newest =
    loaded.status === 'ready' && routeYear === undefined && !loaded.value.current ? loaded.value.years[loaded.value.years.length - 1]?.year : undefined;
  React.useEffect(() => {
    if (newest !== undefined) navigate({ view: 'dus', year: newest });
  }, [newest, navigate]);
  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="dus-view">
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'error' && <ErrorMessage error={loaded.error} onRetry={reload} action="read" />}
      {loaded.status === 'ready' && !(routeYear === undefined && !loaded.value.current && loaded.value.years.length > 0) && (
        <StrategyAdminBody key={`${year}-${loaded.value.current?.strategy.etag ?? 'none'}`} data={loaded.value} navigate={navigate} reload={reload} />
      )}
    </Stack>
  );
};

interface BodyProps {
  data: StrategyAdminData;
  navigate(route: Route): void;
  reload(): void;
}

const StrategyAdminBody: React.FC<BodyProps> = ({ data, navigate, reload }) => {
  const services = useServices();
  const strings = useStrings();
  const s = strings.StrategyAdmin;
  const [creating, setCreating] = React.useState(false);
  const [copy, setCopy] = React.useState<{ busy: boolean; error?: unknown }>({ busy: false });
  const { year, current, canEdit } = data;
  const has = (y: number): boolean => data.years.some((x) => y >= x.year && y <= (x.yearTo ?? x.year));

  // The copy source: this year's DUS (its next year), or, for an empty year, the DUS whose next
  // year this is. Offered only when that next year has no DUS yet.
  const source = current ? current.strategy : undefined;
  const previous = [...data.years].reverse().find((y) => copyTargetYear(y) === year);
  const copyFrom = source && !has(copyTargetYear(source)) ? source : !current && previous ? previous : undefined;

  const onCopy = (): void => {
    if (!copyFrom) return;
    setCopy({ busy: true });
    services.strategyAdmin.copyToNextYear(copyFrom.year).then(
      (target) => {
        setCopy({ busy: false });
        if (target === year) reload();
        else navigate({ view: 'dus', year: target });
      },
      (error: unknown) => setCopy({ busy: false, error })
    );
  };

  const years = Array.from(new Set([...data.years.map((y) => y.year), year])).sort((a, b) => b - a);
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 16 }}>
        <Stack.Item grow>
          <Text block as="h2" variant="xLarge">
            {format(s.Title, year)}
          </Text>
          <Text block>{s.Intro}</Text>
        </Stack.Item>
        <Dropdown
          label={s.YearPicker}
          selectedKey={year}
          options={years.map((y) => ({ key: y, text: String(y) }))}
          onChange={(_e, o) => o && navigate({ view: 'dus', year: Number(o.key) })}
          styles={{ root: { minWidth: 120 } }}
        />
      </Stack>
      {/* Unreadable deadlines are shown as such; the data layer refuses to overwrite them. */}
      <DamageNotice item={current?.strategy} kind="strategy" />
      {canEdit && copyFrom && (
        <Stack tokens={{ childrenGap: 4 }}>
          <Stack.Item>
            <DefaultButton iconProps={{ iconName: 'Copy' }} onClick={onCopy} disabled={copy.busy} data-testid="dus-copy">
              {copy.busy ? s.Copying : format(s.CopyFrom, copyTargetYear(copyFrom), copyFrom.year)}
            </DefaultButton>
          </Stack.Item>
          <Text block variant="small">
            {s.CopyHint}
          </Text>
        </Stack>
      )}
      {copy.error !== undefined && <ErrorMessage error={copy.error} onRetry={onCopy} />}
      {!canEdit && (
        <MessageBar messageBarType={MessageBarType.info} data-testid="dus-readonly">
          {s.ReadOnly}
        </MessageBar>
      )}
      {!current && !creating && (
        <Stack tokens={{ childrenGap: 8 }} role="status" data-testid="dus-empty">
          <Text block as="h3" variant="large">
            {format(s.NoStrategy, year)}
          </Text>
          {!canEdit && <Text block>{s.NoStrategyReader}</Text>}
          {canEdit && (
            <Stack.Item>
              <PrimaryButton iconProps={{ iconName: 'Add' }} onClick={() => setCreating(true)}>
                {format(s.CreateEmpty, year)}
              </PrimaryButton>
            </Stack.Item>
          )}
        </Stack>
      )}
      {current && !canEdit && <StrategyReadOnly parts={current} />}
      {canEdit && (current || creating) && (
        <StrategyForm
          data={data}
          onSaved={(saved) => {
            if (saved.strategy.year !== year) navigate({ view: 'dus', year: saved.strategy.year });
            // A year created from scratch now has a DUS: the page (copy offer, year picker) follows.
            else if (!current) reload();
          }}
          reload={reload}
        />
      )}
    </Stack>
  );
};

export default StrategyAdmin;

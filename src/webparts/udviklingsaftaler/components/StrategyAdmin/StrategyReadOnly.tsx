import * as React from 'react';
import { Stack, Text, mergeStyles } from '@fluentui/react';
import { danishDateShort } from '../../../../domain/danishDateFormat';
import { goalTemplateFor, type TrackKind } from '../../../../domain';
import type { StrategyWithParts } from '../../../../services/strategyAdmin/strategyAdminServices';
import { useStrings } from '../strings/StringsContext';
import { Paragraphs } from '../common/Paragraphs';

const listClass = mergeStyles({ margin: 0, paddingLeft: 20 });
const KINDS: readonly TrackKind[] = ['track', 'theme', 'focusArea'];

const Section: React.FC<{ title: string }> = ({ title, children }) => (
  <Stack tokens={{ childrenGap: 6 }}>
    <Text block as="h3" variant="large">
      {title}
    </Text>
    {children}
  </Stack>
);

/** The year's DUS as everyone reads it: what the agreements build on. */
export const StrategyReadOnly: React.FC<{ parts: StrategyWithParts }> = ({ parts }) => {
  const strings = useStrings();
  const s = strings.StrategyAdmin;
  const { strategy, tracks, requirements } = parts;
  const template = goalTemplateFor(strategy, tracks);
  return (
    <Stack tokens={{ childrenGap: 20 }} data-testid="dus-read">
      <Stack tokens={{ childrenGap: 6 }}>
        <Text block as="h3" variant="large" data-testid="dus-title">
          {strategy.title}
        </Text>
        {strategy.yearTo !== undefined && (
          <Text block>
            <strong>{s.FieldYearTo}:</strong> {strategy.yearTo}
          </Text>
        )}
        {strategy.vision && (
          <Text block>
            <strong>{s.FieldVision}:</strong> {strategy.vision}
          </Text>
        )}
        {strategy.intro && <Paragraphs text={strategy.intro} />}
      </Stack>
      <Section title={s.Tracks}>
        {tracks.length === 0 && <Text block>{s.NoTracks}</Text>}
        {KINDS.filter((k) => tracks.some((t) => t.kind === k)).map((kind) => (
          <Stack key={kind} tokens={{ childrenGap: 4 }}>
            <Text block as="h4" variant="mediumPlus">
              {strings.Department.TrackKinds[kind]}
            </Text>
            <ul className={listClass}>
              {tracks
                .filter((t) => t.kind === kind)
                .map((t) => (
                  <li key={t.id} data-testid={`dus-track-${t.id}`}>
                    <Text>{t.number !== undefined ? `${t.number}. ${t.title}` : t.title}</Text>
                    {t.description && <Paragraphs text={t.description} headingLevel={5} />}
                  </li>
                ))}
            </ul>
          </Stack>
        ))}
      </Section>
      <Section title={s.Requirements}>
        {requirements.length === 0 ? (
          <Text block>{s.NoRequirements}</Text>
        ) : (
          <ol className={listClass}>
            {requirements.map((r) => (
              <li key={r.id} value={r.number}>
                <Text>{r.title}</Text> <Text variant="small">({s.AppliesToValues[r.appliesTo]})</Text>
                {r.description && (
                  <Text block variant="small">
                    {r.description}
                  </Text>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section title={s.Deadlines}>
        {strategy.deadlines.length === 0 ? (
          <Text block>{s.NoDeadlines}</Text>
        ) : (
          <ul className={listClass} data-testid="dus-deadlines">
            {strategy.deadlines.map((d, i) => (
              <li key={i}>
                <Text>{d.date ? `${danishDateShort(d.date)}: ${d.title}` : d.title}</Text>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={s.MinimumContent}>
        <ul className={listClass}>
          {strategy.minimumGoalContent.map((f) => (
            <li key={f}>
              <Text>{strings.GoalFields[f]}</Text>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={s.Template}>
        <Text block>{s.Templates[template.key]}</Text>
        <TemplatePreview templateKey={template.key} />
      </Section>
      {strategy.agreementSections !== undefined && strategy.agreementSections.length > 0 && (
        <Section title={strings.Start.SectionsLabel}>
          <ul className={listClass} data-testid="dus-agreement-sections">
            {strategy.agreementSections.map((h, i) => (
              <li key={i}>
                <Text>{h}</Text>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </Stack>
  );
};

/** The headings a goal of the year gets, as the year's documents print them (data, not UI text). */
export const TemplatePreview: React.FC<{ templateKey: keyof IUdviklingsaftalerStrings['StrategyAdmin']['Templates'] }> = ({ templateKey }) => {
  const s = useStrings().StrategyAdmin;
  const template = goalTemplateFor({ goalTemplate: templateKey, minimumGoalContent: [] });
  return (
    <Stack tokens={{ childrenGap: 2 }} data-testid="template-preview" aria-label={s.TemplatePreview} role="group">
      <Text block variant="small">
        {s.TemplatePreview}:
      </Text>
      <ol className={listClass}>
        <li>
          <Text variant="small">{template.titleLabel}</Text>
        </li>
        <li>
          <Text variant="small">{template.tracksLabel}</Text>
        </li>
        {template.sections.map((section) => (
          <li key={section.field}>
            <Text variant="small">{section.label}</Text>
          </li>
        ))}
      </ol>
    </Stack>
  );
};

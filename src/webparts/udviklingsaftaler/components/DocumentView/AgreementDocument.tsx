import * as React from 'react';
import { hiddenContentStyle, mergeStyleSets } from '@fluentui/react';
import type { AgreementOutline, ClimateOutline, GoalOutline, OutlineField } from '../../../../domain/agreementOutline';
import { TextBlocks as Blocks } from '../common/Paragraphs';
import { ClimateAnnexTable, MarkCell } from '../common/ClimateAnnexTable';
import { DOCUMENT_CLASS, GOAL_CLASS, KEEP_TOGETHER_CLASS } from './printStyles';

const cell = { border: '1px solid #605e5c', padding: '6px 8px', verticalAlign: 'top', textAlign: 'left', overflowWrap: 'anywhere' } as const;

const styles = mergeStyleSets({
  document: {
    maxWidth: 900,
    lineHeight: '1.45',
    selectors: {
      h1: { fontSize: 28, fontWeight: 600, margin: '8px 0 4px' },
      h2: { fontSize: 22, fontWeight: 600, margin: '28px 0 8px' },
      h3: { fontSize: 18, fontWeight: 600, margin: '24px 0 8px' },
      h4: { fontSize: 15, fontWeight: 600, margin: '16px 0 4px' },
      p: { margin: '0 0 8px' },
      ul: { margin: '0 0 8px', paddingLeft: 24 },
      table: { borderCollapse: 'collapse', width: '100%', margin: '4px 0 16px' },
      'th, td': cell,
      'thead th, tbody th': { background: '#f3f2f1', fontWeight: 600 },
      'td.mark': { textAlign: 'center', fontWeight: 700, width: 56, height: 24 },
      caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' }
    }
  },
  subtitle: { fontSize: 18 },
  shared: { fontStyle: 'italic' },
  scroller: { overflowX: 'auto', maxWidth: '100%', position: 'relative' },
  hidden: hiddenContentStyle
});

/** A table that may be wider than a phone scrolls inside the page; as a named region with a tab
 * stop, keyboard users can scroll it too. */
const Scroller: React.FC<{ label: string }> = ({ label, children }) => (
  <div className={`${styles.scroller} ${KEEP_TOGETHER_CLASS}`} tabIndex={0} role="region" aria-label={label}>
    {children}
  </div>
);

const Fields: React.FC<{ fields: OutlineField[] }> = ({ fields }) => (
  <>
    {fields.map((field) => (
      <React.Fragment key={field.label}>
        <h4>{field.label}</h4>
        <Blocks blocks={field.blocks} />
      </React.Fragment>
    ))}
  </>
);

const Goal: React.FC<{ goal: GoalOutline }> = ({ goal }) => (
  <section className={GOAL_CLASS} aria-labelledby={`doc-goal-${goal.goalId}`} data-testid={`document-goal-${goal.goalId}`}>
    <h3 id={`doc-goal-${goal.goalId}`}>{goal.heading}</h3>
    {goal.sharedWith && <p className={styles.shared}>{goal.sharedWith}</p>}
    {goal.trackTable && (
      <Scroller label={`${goal.trackTable.caption}: ${goal.title}`}>
        <table data-testid="goal-track-table">
          <caption>{goal.trackTable.caption}</caption>
          <thead>
            <tr>
              {goal.trackTable.columns.map((c) => (
                <th scope="col" key={c.key} data-kind={c.kind}>
                  {c.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {goal.trackTable.marks.map((m, i) => (
                <MarkCell key={goal.trackTable?.columns[i].key ?? i} marked={m} />
              ))}
            </tr>
          </tbody>
        </table>
      </Scroller>
    )}
    <Fields fields={goal.fields} />
  </section>
);

const Climate: React.FC<{ climate: ClimateOutline }> = ({ climate }) => (
  <section aria-labelledby={`doc-climate-${climate.goalId}`} data-testid={`climate-annex-${climate.goalId}`}>
    <h3 id={`doc-climate-${climate.goalId}`}>{climate.title}</h3>
    {climate.sharedWith && <p className={styles.shared}>{climate.sharedWith}</p>}
    <ClimateAnnexTable title={climate.title} rows={climate.rows} resourceEffect={climate.resourceEffect} />
  </section>
);

/** The agreement laid out like the seed documents. Its text is the agreement's, in Danish. */
export const AgreementDocument: React.FC<{ outline: AgreementOutline }> = ({ outline }) => (
  <article lang="da" className={`${DOCUMENT_CLASS} ${styles.document}`} aria-labelledby="doc-title" data-testid="agreement-document">
    <h1 id="doc-title">{outline.title}</h1>
    <p className={styles.subtitle}>{outline.subtitle}</p>
    {outline.meta.map((m) => (
      <p key={m} data-testid="document-meta">
        {m}
      </p>
    ))}
    {outline.sections.map((s) => (
      <section key={s.heading}>
        <h2>{s.heading}</h2>
        <Blocks blocks={s.blocks} headingLevel={3} />
      </section>
    ))}
    {outline.milestones && (
      <section aria-labelledby="doc-milestones">
        <h2 id="doc-milestones">{outline.milestones.caption}</h2>
        <table data-testid="milestones-table">
          <caption className={styles.hidden}>{outline.milestones.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{outline.milestones.columns[0]}</th>
              <th scope="col">{outline.milestones.columns[1]}</th>
            </tr>
          </thead>
          <tbody>
            {outline.milestones.rows.map(([what, when], i) => (
              <tr key={i}>
                <th scope="row" style={{ fontWeight: 400, background: 'transparent' }}>
                  {what}
                </th>
                <td>{when}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    )}
    {outline.dialogues.map((d) => (
      <section key={d.heading} data-testid="document-dialogue">
        <h2>{d.heading}</h2>
        <Blocks blocks={d.blocks} headingLevel={3} />
      </section>
    ))}
    {outline.goals.length > 0 && <h2>{outline.goalsHeading}</h2>}
    {outline.goals.map((g) => (
      <Goal key={g.goalId} goal={g} />
    ))}
    {outline.climate.length > 0 && (
      <section className={GOAL_CLASS} aria-labelledby="doc-climate">
        <h2 id="doc-climate">{outline.climateHeading}</h2>
        {outline.climate.map((c) => (
          <Climate key={c.goalId} climate={c} />
        ))}
      </section>
    )}
  </article>
);

import * as React from 'react';
import { evidenceDelivered, summarizeOutcomes, type Goal } from '../../../../domain';
import { OutcomeSummary } from '../YearEnd/OutcomeSummary';

/** The year-end outcomes of the department's own goals, once any goal has one. Loaded with the
 * other parts of the department view that only some visits need (chunk 'department-extras'). */
const DepartmentOutcomes: React.FC<{ goals: Goal[]; departmentId: number }> = ({ goals, departmentId }) => (
  <OutcomeSummary summary={summarizeOutcomes(goals.filter((g) => g.departmentId === departmentId))} headingLevel="h3" evidence={evidenceDelivered(goals)} />
);

export default DepartmentOutcomes;

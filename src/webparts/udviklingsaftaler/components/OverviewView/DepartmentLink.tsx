import * as React from 'react';
import { Link } from '@fluentui/react';
import type { Department } from '../../../../domain';
import { useNavigation } from '../../routing/NavigationContext';

/** Click-through to the department's own view for the year. */
export const DepartmentLink: React.FC<{ department: Department; year: number; depth?: number; underline?: boolean }> = ({
  department,
  year,
  depth = 0,
  underline
}) => {
  const { href } = useNavigation();
  return (
    <Link
      href={href({ view: 'afdeling', departmentId: department.id, year })}
      data-interception="off"
      underline={underline}
      style={{ paddingLeft: depth * 16 }}
    >
      {department.title}
    </Link>
  );
};

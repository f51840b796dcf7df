import { describe, expect, it } from '@jest/globals';
import { foreignContentEdit, outsidersOf } from '../../../src/domain/foreignEdit';

// Issue #15.3: the deciding groups hold list-wide Contribute (they move every department's Stage);
// a content change by one of them who is not the department's leader or editor is detected.
describe('foreign content edits', () => {
  const membership = { leaders: [10, 11], approvers: [20], secretariat: [30], editors: [40, 41] };
  const fields = [
    { key: 'Title', label: 'Titel' },
    { key: 'Purpose', label: 'Formål' }
  ];

  it("the outsiders are the deciding groups' members less the department's own leader and editors", () => {
    expect([...outsidersOf(membership, [10, 40])].sort()).toEqual([11, 20, 30]);
    // Editors of other departments are no outsiders here: SharePoint refuses their writes (folders).
    expect(outsidersOf(membership, []).has(41)).toBe(false);
  });

  it('finds the first version whose content an outsider changed, the first version counting from nothing', () => {
    const outsiders = outsidersOf(membership, [10, 40]);
    const v = (label: string, editorId: number, values: Record<string, unknown>) => ({ label, editorId, values });
    // Created by the department's editor, moved on by another leader (Stage only), then rewritten by him.
    const history = [
      v('3.0', 11, { Title: 'B', Purpose: 'x', Stage: 'Ledergruppe' }),
      v('1.0', 40, { Title: 'A', Purpose: 'x', Stage: 'Kladde' }),
      v('2.0', 11, { Title: 'A', Purpose: 'x', Stage: 'Ledergruppe' })
    ];
    expect(foreignContentEdit(history.slice(1), fields, outsiders)).toBeUndefined();
    expect(foreignContentEdit(history, fields, outsiders)).toBe('3.0');
    // An item an outsider created in the department's folder is foreign from its first version.
    expect(foreignContentEdit([v('1.0', 20, { Title: 'C' })], fields, outsiders)).toBe('1.0');
    // The department's own leader may write it.
    expect(foreignContentEdit([v('1.0', 40, { Title: 'A' }), v('2.0', 10, { Title: 'D' })], fields, outsiders)).toBeUndefined();
  });
});

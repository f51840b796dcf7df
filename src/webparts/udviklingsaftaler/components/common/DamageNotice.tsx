// What the mappers found wrong with an item (codes, domain/damage.ts), said in the user's
// language: "Målet kunne ikke læses helt: feltet Dokumentation er beskadiget."
import * as React from 'react';
import { describeDamage, type DamagedItem, type DamagedKind, type FieldDamage, type MaybeDamaged } from '../../../../domain/damage';
import { useStrings } from '../strings/StringsContext';
import { Notice } from './Notice';

type ResilienceStrings = IUdviklingsaftalerStrings['Resilience'];

/** The sentence for an item's damage, in the user's language. */
export function damageText(strings: ResilienceStrings, kind: DamagedKind, damage: readonly FieldDamage[]): string {
  return describeDamage(strings, kind, damage);
}

export interface IDamageNoticeProps {
  item: MaybeDamaged | undefined;
  kind: DamagedKind;
  /** A further sentence, e.g. why the item is read-only. */
  detail?: string;
}

/** A warning for a damaged item; nothing for an intact one. */
export const DamageNotice: React.FC<IDamageNoticeProps> = ({ item, kind, detail }) => {
  const strings = useStrings().Resilience;
  if (item?.damage === undefined || item.damage.length === 0) return null;
  return (
    <Notice kind="warning" data-testid="damage-notice">
      {damageText(strings, kind, item.damage)}
      {detail ? ` ${detail}` : ''}
    </Notice>
  );
};

/** One warning per damaged item of a view, each named by its title (the Dokument, Mine opgaver). */
export const DamagedNotices: React.FC<{ items: readonly DamagedItem[] }> = ({ items }) => {
  const strings = useStrings().Resilience;
  return (
    <>
      {items.map((item) => (
        <Notice key={`${item.kind}:${item.id}`} kind="warning" data-testid="damage-notice">
          <strong>{item.title}:</strong> {damageText(strings, item.kind, item.damage)}
        </Notice>
      ))}
    </>
  );
};

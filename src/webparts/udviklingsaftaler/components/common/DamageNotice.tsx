// What the mappers found wrong with an item (codes, domain/damage.ts), said in the user's
// language: "Målet kunne ikke læses helt: feltet Dokumentation er beskadiget."
import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';
import type { DamagedItem, DamagedKind, FieldDamage, MaybeDamaged } from '../../../../domain/damage';
import { useStrings } from '../strings/StringsContext';
import { format } from './format';

type ResilienceStrings = IUdviklingsaftalerStrings['Resilience'];

/** The sentence for an item's damage; a field the strings do not name is shown by its key. */
export function damageText(strings: ResilienceStrings, kind: DamagedKind, damage: readonly FieldDamage[]): string {
  const fields = strings.DamageFields as Record<string, string | undefined>;
  const parts = damage.map((d) => format(strings.DamageCodes[d.code], fields[d.field] ?? d.field));
  const template = kind === 'goal' ? strings.DamagedGoal : kind === 'agreement' ? strings.DamagedAgreement : strings.DamagedStrategy;
  return format(template, parts.join(', '));
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
    <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="damage-notice">
      {damageText(strings, kind, item.damage)}{detail ? ` ${detail}` : ''}
    </MessageBar>
  );
};

/** One warning per damaged item of a view, each named by its title (the Dokument, Mine opgaver). */
export const DamagedNotices: React.FC<{ items: readonly DamagedItem[] }> = ({ items }) => {
  const strings = useStrings().Resilience;
  return (
    <>
      {items.map((item) => (
        <MessageBar key={`${item.kind}:${item.id}`} messageBarType={MessageBarType.warning} isMultiline data-testid="damage-notice">
          <strong>{item.title}:</strong> {damageText(strings, item.kind, item.damage)}
        </MessageBar>
      ))}
    </>
  );
};

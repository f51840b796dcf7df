import * as React from 'react';
import { mergeStyles } from '@fluentui/react';
import { Stack, Text } from '../../src/webparts/udviklingsaftaler/components/common/layout';
import { LightLink } from '../../src/webparts/udviklingsaftaler/components/common/LightLink';
import type { DevhostMunicipality } from '../users';

// Dev-host chrome, not product UI: who am I, and in which locale. Switching reloads the page with
// ?user= (the server turns it into the cookie the emulator reads) so every request runs as that user.
const ROLE_LABEL: Record<string, string> = {
  reader: 'medarbejder',
  editor: 'redaktør',
  leader: 'afdelingsleder',
  approver: 'godkender',
  secretariat: 'sekretariat',
  owner: 'webstedsejer'
};

export interface IDevhostBarProps {
  municipalities: DevhostMunicipality[];
  currentLogin: string | undefined;
  locale: string;
}

// Native selects, not Fluent's Dropdown: the bar is the page's chrome, as SharePoint's own bar is,
// and renders with the app's first mount. A Fluent Dropdown measures the window when it mounts
// (useResponsiveMode), which forced a layout in the middle of the first render, and the two cost
// about 35 ms of the dev host's first render that the web part does not have (issue 21).
const selectStyle: React.CSSProperties = { font: 'inherit', fontWeight: 400, padding: '4px 6px', minWidth: 120 };
const labelStyle: React.CSSProperties = { display: 'flex', flexDirection: 'column', gap: 4, fontSize: 14, fontWeight: 600 };
// The app's light Stack, Text and Link (their look without Fluent's component code), as the web
// part's first commit has them (decision 0016).
const barClass = mergeStyles({ padding: 8, marginBottom: 16, borderBottom: '1px solid #c8c6c4' });
const outboxClass = mergeStyles({ paddingBottom: 8, color: '#005a9e' });

export const DevhostBar: React.FC<IDevhostBarProps> = ({ municipalities, currentLogin, locale }) => {
  const go = (params: Record<string, string>): void => {
    const search = new URLSearchParams(window.location.search);
    Object.entries(params).forEach(([key, value]) => search.set(key, value));
    window.location.search = search.toString();
  };
  return (
    <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }} className={barClass} aria-label="Lokal udviklingsside" role="region">
      <Text variant="small" style={{ fontWeight: 600 }}>
        Lokal udviklingsside (emulator)
      </Text>
      <label style={labelStyle}>
        Bruger
        <select
          value={currentLogin ?? ''}
          style={{ ...selectStyle, minWidth: 280 }}
          onChange={(event) => event.target.value && go({ user: event.target.value })}
          data-testid="devhost-user"
        >
          {currentLogin === undefined && (
            <option value="" disabled>
              Vælg en bruger
            </option>
          )}
          {municipalities.map((municipality) => (
            <optgroup key={municipality.key} label={municipality.title}>
              {municipality.users.map((user) => (
                <option key={user.login} value={user.login}>
                  {`${user.displayName} (${ROLE_LABEL[user.role]})`}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {/* The mails the product sent (the emulator's outbox), next to who sent them. */}
      <LightLink href="/udbakke" data-testid="devhost-outbox" className={outboxClass}>
        Udbakke
      </LightLink>
      <label style={labelStyle}>
        Sprog
        <select value={locale} style={selectStyle} onChange={(event) => go({ locale: event.target.value })} data-testid="devhost-locale">
          <option value="da-dk">Dansk</option>
          <option value="en-us">English</option>
          <option value="qps-ploc">Pseudo (test)</option>
        </select>
      </label>
    </Stack>
  );
};

import * as React from 'react';
import { Dropdown, Link, Stack, Text, type IDropdownOption } from '@fluentui/react';
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

export const DevhostBar: React.FC<IDevhostBarProps> = ({ municipalities, currentLogin, locale }) => {
  const userOptions: IDropdownOption[] = municipalities.flatMap((municipality) => [
    { key: `header-${municipality.key}`, text: municipality.title, itemType: 1 },
    ...municipality.users.map((user) => ({ key: user.login, text: `${user.displayName} (${ROLE_LABEL[user.role]})` }))
  ]);
  const go = (params: Record<string, string>): void => {
    const search = new URLSearchParams(window.location.search);
    Object.entries(params).forEach(([key, value]) => search.set(key, value));
    window.location.search = search.toString();
  };
  return (
    <Stack
      horizontal
      wrap
      verticalAlign="end"
      tokens={{ childrenGap: 12 }}
      styles={{ root: { padding: 8, marginBottom: 16, borderBottom: '1px solid #c8c6c4' } }}
      aria-label="Lokal udviklingsside"
      role="region"
    >
      <Text variant="small" styles={{ root: { fontWeight: 600 } }}>
        Lokal udviklingsside (emulator)
      </Text>
      <Dropdown
        label="Bruger"
        selectedKey={currentLogin}
        placeholder="Vælg en bruger"
        options={userOptions}
        styles={{ dropdown: { minWidth: 280 } }}
        onChange={(_event, option) => option && go({ user: String(option.key) })}
        data-testid="devhost-user"
      />
      {/* The mails the product sent (the emulator's outbox), next to who sent them. */}
      <Link href="/udbakke" data-testid="devhost-outbox" styles={{ root: { paddingBottom: 8, color: '#005a9e' } }}>
        Udbakke
      </Link>
      <Dropdown
        label="Sprog"
        selectedKey={locale}
        options={[
          { key: 'da-dk', text: 'Dansk' },
          { key: 'en-us', text: 'English' },
          { key: 'qps-ploc', text: 'Pseudo (test)' }
        ]}
        onChange={(_event, option) => option && go({ locale: String(option.key) })}
      />
    </Stack>
  );
};

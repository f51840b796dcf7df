/** The demo site owner: full control on every municipality's site (set-up, provisioning). */
export const SITE_OWNER_LOGIN = 'admin@kommune.local';
export const SITE_OWNER_DISPLAY_NAME = 'Administrator (demo)';

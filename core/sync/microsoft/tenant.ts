// Which accounts may sign in: `common` (work/school and personal), `organizations` (work/school only),
// `consumers` (personal Outlook.com only), or one directory's tenant id or domain.
export type MicrosoftTenantSetting = 'common' | 'organizations' | 'consumers' | (string & {});

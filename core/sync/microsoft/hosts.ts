// The Microsoft hosts the extension talks to when an account is connected: exactly sign-in and Graph.
export const MICROSOFT_API_MATCHES = ['https://login.microsoftonline.com/*', 'https://graph.microsoft.com/*'];

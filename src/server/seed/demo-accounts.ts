// The fixed demo accounts the README lists; the sign-in screen offers them with demo data.
export interface DemoAccount {
  email: string;
  role: 'employee' | 'organizer' | 'leader' | 'admin';
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'anna@fjordby.example', role: 'employee' },
  { email: 'bo@fjordby.example', role: 'organizer' },
  { email: 'lis@fjordby.example', role: 'leader' },
  { email: 'admin@fjordby.example', role: 'admin' },
];

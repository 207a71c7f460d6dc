import type { ReactNode } from 'react';

export const metadata = { title: 'Next.js consumer of magnesium-widgets' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="da">
      <body>{children}</body>
    </html>
  );
}

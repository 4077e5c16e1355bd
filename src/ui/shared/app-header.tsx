import type { ComponentChildren } from 'preact';

export function AppHeader({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <header class="app-header">
      <img src="/icons/icon-32.png" alt="" />
      <h1>{title}</h1>
      {children}
    </header>
  );
}

import { AppHeader } from '../shared/app-header';

export function Options({ version }: { version: string }) {
  return (
    <>
      <AppHeader title="ChartLint settings" />
      <main class="options">
        <section aria-labelledby="privacy-title">
          <h2 id="privacy-title">Privacy</h2>
          <p>
            ChartLint works entirely inside this browser. It has no network access: the text of your notes and the codes
            you enter are never sent anywhere. Page text is kept in memory for the open tab only and is never saved to
            disk or synced.
          </p>
        </section>
        <section aria-labelledby="about-title">
          <h2 id="about-title">About</h2>
          <p>ChartLint version {version}.</p>
        </section>
      </main>
    </>
  );
}

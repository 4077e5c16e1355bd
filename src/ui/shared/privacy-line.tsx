/** The quiet privacy promise every surface shows. */
export function PrivacyLine() {
  return (
    <p class="privacy">
      Nothing leaves this browser: ChartLint has no network access, and page text stays in memory for the open tab only.
    </p>
  );
}

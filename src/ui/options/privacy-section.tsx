/** The privacy model, in the same plain words as the README's "Privacy" section. */
export function PrivacySection() {
  return (
    <section aria-labelledby="privacy-title">
      <h2 id="privacy-title">Privacy</h2>
      <ul class="privacy-model">
        <li>
          <strong>Nothing leaves this browser.</strong> ChartLint makes no network requests at all: no servers, no
          analytics, no updates of its data. Its pages may only load files packed inside the extension.
        </li>
        <li>
          <strong>It reads only the sites you allow.</strong> Each site needs your click on “Enable on this site” and the
          browser’s permission; “Disable” or Remove (above) takes the permission back.
        </li>
        <li>
          <strong>Chart text stays in memory.</strong> The note, the codes and the findings are kept in the browser’s
          session memory for the open tab and are deleted when the tab closes. They are never written to disk or synced.
        </li>
        <li>
          <strong>Only these settings are synced</strong> through your browser account: site addresses, pinned
          selectors, rule choices and display choices. No patient information is ever part of them.
        </li>
        <li>
          <strong>It never changes what you wrote.</strong> ChartLint only reads fields and draws its badge beside them.
        </li>
      </ul>
    </section>
  );
}

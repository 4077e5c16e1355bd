import type { OptionsState } from './options-state';

export function AboutSection({ state, version }: { state: OptionsState; version: string }) {
  return (
    <section aria-labelledby="about-title">
      <h2 id="about-title">About</h2>
      <p>
        ChartLint version <strong data-version>{version}</strong>.
      </p>
      <table class="sources" aria-label="Data sources">
        <thead>
          <tr>
            <th scope="col">Data</th>
            <th scope="col">Release</th>
            <th scope="col">Publisher and licence</th>
          </tr>
        </thead>
        <tbody>
          {state.sources.value.map((s) => (
            <tr key={s.name}>
              <td>
                {s.name}
                <div class="muted help source-url">{s.source}</div>
              </td>
              <td>
                {s.release}
                <div class="muted help">{s.effective}</div>
              </td>
              <td>
                {s.publisher}
                <div class="muted help">{s.license}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

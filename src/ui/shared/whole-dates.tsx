import { splitDates } from './split-dates';

/** `text` with each ISO date in a `span.date`, which does not wrap (theme.css). */
export function WholeDates({ text }: { text: string }) {
  return (
    <>
      {splitDates(text).map((p, i) =>
        p.date ? (
          <span key={i} class="date">
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
    </>
  );
}

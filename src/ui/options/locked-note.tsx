/** Marks a value the administrator set (storage.managed): shown, but not editable. */
export function LockedNote() {
  return (
    <span class="locked" title="Set by your administrator (managed policy); you cannot change it here.">
      <span aria-hidden="true">🔒</span> Locked by your administrator
    </span>
  );
}

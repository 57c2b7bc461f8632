/**
 * Copy buttons for read-only address fields (a calendar feed's address): each
 * `button[data-copy-from]` copies the value of the field it names and says so in the
 * `[data-copy-status]` line of that field. The buttons are hidden until this script runs.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-from]')) {
  const id = button.dataset.copyFrom!;
  const field = document.getElementById(id) as HTMLInputElement | null;
  const status = document.querySelector<HTMLElement>(`[data-copy-status="${CSS.escape(id)}"]`);
  if (!field) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    let copied: boolean;
    try {
      await navigator.clipboard.writeText(field.value);
      copied = true;
    } catch {
      // The clipboard API is refused on plain http and in some browsers: the older command still copies a selection.
      field.focus();
      field.select();
      copied = document.execCommand('copy');
    }
    if (status) status.textContent = (copied ? button.dataset.copied : button.dataset.copyFailed) ?? '';
  });
}

/**
 * The one browser script of the web pages, compiled by `tsc -p tsconfig.web.json` at build time and
 * served by the hub itself (the Content-Security-Policy allows no inline or third-party script).
 * Buttons with `data-copy-target="<id>"` copy that element's text to the clipboard.
 */
function copyFrom(button: HTMLButtonElement): void {
  const target = document.getElementById(button.dataset['copyTarget'] ?? '');
  if (!target) return;
  const label = button.textContent;
  navigator.clipboard.writeText(target.textContent ?? '').then(
    () => {
      button.textContent = 'Copied';
      setTimeout(() => (button.textContent = label), 1500);
    },
    () => {
      button.textContent = 'Copy failed';
    },
  );
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy-target]');
  if (button) copyFrom(button);
});

/** `/` and Ctrl-K (Cmd-K) jump to the search field from anywhere on the page. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
  const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if (!slash && !ctrlK) return;
  // On the search page its own field takes the shortcut; elsewhere the header field.
  const field = document.querySelector<HTMLInputElement>('#search-page-input') ?? document.querySelector<HTMLInputElement>('#site-search-input');
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});

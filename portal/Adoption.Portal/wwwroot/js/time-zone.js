// Fills hidden "time zone" fields with the browser's IANA zone, so a new person starts in their own time.
for (const field of document.querySelectorAll('[data-browser-time-zone]')) {
  try {
    field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
  } catch {
    field.value = '';
  }
}

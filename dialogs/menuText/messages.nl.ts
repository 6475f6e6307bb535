/** Dutch texts around generated answers to free questions. */
export const menuTextMessages = {
  sources: 'Bronnen',
  generatedNote: 'Dit antwoord is door een taalmodel geschreven, alleen uit de bronnen hierboven. Controleer belangrijke zaken bij het mbo.',
} as const;

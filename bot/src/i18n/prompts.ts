import { defineMessages } from './define';

/** Texts on the prompt, receipt, closed, saving and try-again cards, and answer validation messages. Ours, never users'. */
export const promptMessages = defineMessages({
  sv: {
    'prompt.session': 'Efter träff {number}: {title}',
    'prompt.due': 'Svara senast {when}',
    'prompt.visibility.private': 'Ditt svar visas bara för utbildningens handledare och samordnare.',
    'prompt.visibility.cohort': 'Ditt svar visas för hela gruppen, med ditt namn.',
    'prompt.visibility.anonymous': 'Ditt svar visas för gruppen utan ditt namn.',
    'prompt.required': 'Måste fyllas i',
    'prompt.optional': '(frivillig)',
    'prompt.submit': 'Skicka svar',
    'prompt.saveEdit': 'Spara ändringen',
    'prompt.fixErrors': 'Något behöver rättas innan svaret kan sparas. Se de markerade frågorna.',
    'prompt.unknownFields': 'Kortet innehöll fält som inte hör till uppgiften. Här är uppgiften som den ser ut nu.',
    'prompt.rating.1': '1 – Inte alls',
    'prompt.rating.2': '2 – I liten grad',
    'prompt.rating.3': '3 – Delvis',
    'prompt.rating.4': '4 – I ganska hög grad',
    'prompt.rating.5': '5 – I hög grad',
    'prompt.choicePlaceholder': 'Välj',

    'prompt.receipt.heading': 'Tack! Ditt svar är sparat',
    'prompt.receipt.given': 'Besvarad {when}',
    'prompt.receipt.edited': 'Besvarad {given}, senast ändrad {edited}',
    'prompt.receipt.editUntil': 'Du kan ändra ditt svar till {when}.',
    'prompt.receipt.noAnswer': '(inget svar)',
    'prompt.receipt.edit': 'Ändra svar',
    'prompt.receipt.conflict':
      'Svaret ändrades samtidigt någon annanstans (kanske av dig i ett annat fönster). Här är svaret som det är sparat nu.',
    'prompt.receipt.alreadyAnswered':
      'Du hade redan svarat på uppgiften. Här är svaret som det är sparat. Välj "Ändra svar" om du vill ändra det.',

    'prompt.closed.heading': 'Uppgiften är stängd',
    'prompt.closed.body': 'Sista dag att svara var {when}. Det går inte längre att skicka eller ändra svar.',
    'prompt.closed.answered': 'Uppgiften stängdes {when}. Ditt svar är sparat men kan inte längre ändras.',
    'prompt.notYetOpen.heading': 'Uppgiften är inte öppen än',
    'prompt.notYetOpen.body': 'Du kan svara från {when}.',

    'prompt.saving.heading': 'Sparar ditt svar …',
    'prompt.saving.body': 'Det tar lite längre tid än vanligt. Kortet uppdateras när svaret är sparat.',

    'prompt.tryAgain.heading': 'Svaret kunde inte sparas',
    'prompt.tryAgain.body':
      'Lagringen svarar inte just nu, så ingenting sparades. Försök igen om en stund. Dina svar finns kvar i knappen nedan.',
    'prompt.tryAgain.retry': 'Försök igen',

    'prompt.unavailable.notFound.heading': 'Uppgiften finns inte',
    'prompt.unavailable.notFound.body':
      'Uppgiften har tagits bort eller kortet är för gammalt. Skriv **uppgifter** för att se dina öppna uppgifter.',
    'prompt.unavailable.notEnrolled.heading': 'Du är inte med i den här utbildningen',
    'prompt.unavailable.notEnrolled.body':
      'Uppgiften hör till en utbildning som du inte är anmäld till, så ingenting sparades. Kontakta samordnaren om du tycker att du borde vara med.',
    'prompt.unavailable.noIdentity.heading': 'Jag kunde inte känna igen ditt konto',
    'prompt.unavailable.noIdentity.body': 'Öppna chatten i Teams och försök igen.',
    'prompt.action.list': 'Mina uppgifter',

    'prompt.list.open': 'Öppna',
    'prompt.list.answered': 'Besvarad',
    'prompt.list.showAnswer': 'Visa svar',

    'answer.error.required': 'Svara på frågan.',
    'answer.error.tooLong': 'Svaret får vara högst {max} tecken (nu {length}).',
    'answer.error.wrongType': 'Svaret har fel form.',
    'answer.error.unknownChoice': 'Välj bland alternativen på kortet.',
    'answer.error.notRating': 'Välj ett värde från 1 till 5.',
    'answer.error.unknownField': 'Okänt fält.',
  },
  en: {
    'prompt.session': 'After session {number}: {title}',
    'prompt.due': 'Answer by {when}',
    'prompt.visibility.private': 'Your answer is shown only to the training facilitators and coordinators.',
    'prompt.visibility.cohort': 'Your answer is shown to the whole group, with your name.',
    'prompt.visibility.anonymous': 'Your answer is shown to the group without your name.',
    'prompt.required': 'Required',
    'prompt.optional': '(optional)',
    'prompt.submit': 'Send answer',
    'prompt.saveEdit': 'Save the change',
    'prompt.fixErrors': 'Something needs fixing before the answer can be saved. See the marked questions.',
    'prompt.unknownFields': 'The card contained fields that do not belong to the assignment. Here is the assignment as it is now.',
    'prompt.rating.1': '1 – Not at all',
    'prompt.rating.2': '2 – A little',
    'prompt.rating.3': '3 – Partly',
    'prompt.rating.4': '4 – Quite a lot',
    'prompt.rating.5': '5 – Very much',
    'prompt.choicePlaceholder': 'Choose',

    'prompt.receipt.heading': 'Thank you! Your answer is saved',
    'prompt.receipt.given': 'Answered {when}',
    'prompt.receipt.edited': 'Answered {given}, last changed {edited}',
    'prompt.receipt.editUntil': 'You can change your answer until {when}.',
    'prompt.receipt.noAnswer': '(no answer)',
    'prompt.receipt.edit': 'Edit answer',
    'prompt.receipt.conflict':
      'The answer was changed elsewhere at the same time (perhaps by you in another window). Here is the answer as it is saved now.',
    'prompt.receipt.alreadyAnswered':
      'You had already answered this assignment. Here is the answer as it is saved. Choose "Edit answer" to change it.',

    'prompt.closed.heading': 'The assignment is closed',
    'prompt.closed.body': 'The last day to answer was {when}. Answers can no longer be sent or changed.',
    'prompt.closed.answered': 'The assignment closed {when}. Your answer is saved but can no longer be changed.',
    'prompt.notYetOpen.heading': 'The assignment is not open yet',
    'prompt.notYetOpen.body': 'You can answer from {when}.',

    'prompt.saving.heading': 'Saving your answer …',
    'prompt.saving.body': 'This is taking a little longer than usual. The card updates when the answer is saved.',

    'prompt.tryAgain.heading': 'The answer could not be saved',
    'prompt.tryAgain.body':
      'Storage is not responding right now, so nothing was saved. Please try again in a moment. Your answers are kept in the button below.',
    'prompt.tryAgain.retry': 'Try again',

    'prompt.unavailable.notFound.heading': 'The assignment does not exist',
    'prompt.unavailable.notFound.body': 'The assignment was removed or the card is too old. Type **prompts** to see your open assignments.',
    'prompt.unavailable.notEnrolled.heading': 'You are not in this training',
    'prompt.unavailable.notEnrolled.body':
      'The assignment belongs to a training you are not enrolled in, so nothing was saved. Contact the coordinator if you think you should be.',
    'prompt.unavailable.noIdentity.heading': 'I could not recognise your account',
    'prompt.unavailable.noIdentity.body': 'Open the chat in Teams and try again.',
    'prompt.action.list': 'My assignments',

    'prompt.list.open': 'Open',
    'prompt.list.answered': 'Answered',
    'prompt.list.showAnswer': 'Show answer',

    'answer.error.required': 'Please answer this question.',
    'answer.error.tooLong': 'The answer may be at most {max} characters (now {length}).',
    'answer.error.wrongType': 'The answer has the wrong form.',
    'answer.error.unknownChoice': 'Choose one of the options on the card.',
    'answer.error.notRating': 'Choose a value from 1 to 5.',
    'answer.error.unknownField': 'Unknown field.',
  },
});

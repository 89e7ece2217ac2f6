import { defineMessages } from './define';

/** Scheduled messages (reminder cards, notification previews), delivery reasons and the `send` command. */
export const deliveryMessages = defineMessages({
  sv: {
    'delivery.sessionReminder.heading': 'Påminnelse: snart är det träff {number}',
    'delivery.sessionReminder.intro': 'Här är tid, agenda och länk till träffen.',
    'delivery.sessionReminder.bringHeading': 'Ta med dig',
    'delivery.sessionReminder.bring': 'Dina tankar från hemuppgiften:',
    'delivery.sessionReminder.bringDue': 'Svara senast {when}',

    'delivery.promptReminder.heading': 'Påminnelse',
    'delivery.promptReminder.body': 'Du har inte svarat på den här uppgiften än:',
    'delivery.promptReminder.due': 'Svara senast {when}.',
    'delivery.promptReminder.action': 'Visa mina uppgifter',

    'delivery.preview.prompt': 'Ny uppgift: {title}',
    'delivery.preview.promptReminder': 'Påminnelse: {title}',
    'delivery.preview.sessionReminder': 'Träff {number} {when}',

    'delivery.reason.notInstalled': 'appen är inte installerad',
    'delivery.reason.notMatched': 'inte kopplad till ett Teams-konto än',
    'delivery.reason.serviceUrlNotAllowed': 'otillåten tjänstadress (serviceUrl)',
    'delivery.reason.claimExpired': 'avbröts mitt i utskicket; okänt om meddelandet kom fram',

    'delivery.cli.command.send': 'send PROGRAM UTSKICK  skicka ett utskick nu till alla deltagare (högst en gång per person)',
    'delivery.cli.missingOperands': 'Ange program och utskick: send PROGRAM UTSKICK.',
    'delivery.cli.unknownProgramme': 'Det finns inget program {id}.',
    'delivery.cli.unknownPrompt': 'Programmet {programme} har inget utskick {id}.',
    'delivery.cli.closed': 'Utskicket {id} stängde {when} och skickas inte längre.',
    'delivery.cli.notOpen': 'Utskicket {id} öppnar {when}; svar tas emot först då, så det skickas inte tidigare.',
    'delivery.cli.summary':
      'Utskicket {id} i {programme}: {sent} skickade, {failed} misslyckade, {unreachable} nås inte, {unknown} okända.',
    'delivery.cli.waiting': '{count} väntar fortfarande på att skickas.',
    'delivery.cli.reasonLine': '  {state}: {reason} ({count})',
    'delivery.cli.state.failed': 'misslyckade',
    'delivery.cli.state.unreachable': 'nås inte',
    'delivery.cli.state.unknown': 'okända',
    'delivery.cli.failed': 'Utskicket misslyckades: {reason}',
  },
  en: {
    'delivery.sessionReminder.heading': 'Reminder: session {number} is coming up',
    'delivery.sessionReminder.intro': 'Here are the time, the agenda and the link for the session.',
    'delivery.sessionReminder.bringHeading': 'Bring along',
    'delivery.sessionReminder.bring': 'Your thoughts from the assignment:',
    'delivery.sessionReminder.bringDue': 'Due {when}',

    'delivery.promptReminder.heading': 'Reminder',
    'delivery.promptReminder.body': 'You have not answered this assignment yet:',
    'delivery.promptReminder.due': 'Please answer by {when}.',
    'delivery.promptReminder.action': 'Show my assignments',

    'delivery.preview.prompt': 'New assignment: {title}',
    'delivery.preview.promptReminder': 'Reminder: {title}',
    'delivery.preview.sessionReminder': 'Session {number} {when}',

    'delivery.reason.notInstalled': 'the app is not installed',
    'delivery.reason.notMatched': 'not linked to a Teams account yet',
    'delivery.reason.serviceUrlNotAllowed': 'service URL not allowed',
    'delivery.reason.claimExpired': 'interrupted while sending; unknown whether the message arrived',

    'delivery.cli.command.send': 'send PROGRAMME PROMPT  send a prompt now to every participant (at most once per person)',
    'delivery.cli.missingOperands': 'Name the programme and the prompt: send PROGRAMME PROMPT.',
    'delivery.cli.unknownProgramme': 'There is no programme {id}.',
    'delivery.cli.unknownPrompt': 'Programme {programme} has no prompt {id}.',
    'delivery.cli.closed': 'The prompt {id} closed on {when} and is no longer sent.',
    'delivery.cli.notOpen': 'The prompt {id} opens on {when}; answers are taken only from then, so it is not sent earlier.',
    'delivery.cli.summary': 'Prompt {id} in {programme}: {sent} sent, {failed} failed, {unreachable} unreachable, {unknown} unknown.',
    'delivery.cli.waiting': '{count} still waiting to be sent.',
    'delivery.cli.reasonLine': '  {state}: {reason} ({count})',
    'delivery.cli.state.failed': 'failed',
    'delivery.cli.state.unreachable': 'unreachable',
    'delivery.cli.state.unknown': 'unknown',
    'delivery.cli.failed': 'The send failed: {reason}',
  },
});

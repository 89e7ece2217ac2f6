import { defineMessages } from './define';

/** Texts on the bot's Adaptive Cards. Markdown is allowed here: these strings are ours, not users'. */
export const cardMessages = defineMessages({
  sv: {
    'card.action.agenda': 'Visa agendan',
    'card.action.prompts': 'Mina uppgifter',
    'card.action.help': 'Hjälp',
    'card.action.joinMeeting': 'Anslut till mötet',

    'card.session.number': 'Träff {number}',
    'card.session.agendaHeading': 'Agenda',
    'card.session.materialsHeading': 'Material',
    'card.session.noAgenda': 'Agendan för träffen är inte klar än.',

    'card.welcome.heading': 'Välkommen!',
    'card.welcome.intro': 'Jag är din assistent i utbildningen. Här ser du nästa träff och vad som händer mellan träffarna.',
    'card.welcome.nextHeading': 'Nästa träff',
    'card.welcome.noNext': 'Det finns inga fler träffar inplanerade.',
    'card.welcome.betweenHeading': 'Mellan träffarna',
    'card.welcome.between1': '- Jag skickar reflektionsfrågor efter varje träff, här i chatten.',
    'card.welcome.between2': '- Jag påminner dig innan svaren ska vara inne.',
    'card.welcome.between3': '- Inför varje träff får du agendan och länken till mötet.',
    'card.welcome.nextPrompt': 'Nästa reflektionsuppgift skickas {when}.',

    'card.agenda.heading': 'Nästa träff',
    'card.agenda.none': 'Det finns inga fler träffar inplanerade. Tack för att du var med!',

    'card.help.heading': 'Så här använder du mig',
    'card.help.intro': 'Skriv något av det här till mig, eller använd knapparna.',
    'card.help.cmd.agenda': '**agenda** eller **nästa**',
    'card.help.cmd.agendaDesc': 'Nästa träff och dess agenda',
    'card.help.cmd.prompts': '**uppgifter**',
    'card.help.cmd.promptsDesc': 'Dina öppna reflektionsuppgifter',
    'card.help.cmd.join': '**gå med KOD**',
    'card.help.cmd.joinDesc': 'Gå med i en utbildning med koden du fått',
    'card.help.cmd.language': '**språk en** / **språk sv**',
    'card.help.cmd.languageDesc': 'Byt språk till engelska eller svenska',
    'card.help.cmd.help': '**hjälp**',
    'card.help.cmd.helpDesc': 'Visar den här hjälpen',

    'card.prompts.heading': 'Mina uppgifter',
    'card.prompts.intro': 'Det här väntar på ditt svar:',
    'card.prompts.due': 'Svara senast {when}',
    'card.prompts.empty': 'Du har inga öppna uppgifter just nu. Jag hör av mig när nästa kommer.',

    'card.notEnrolled.heading': 'Du är inte med i någon utbildning än',
    'card.notEnrolled.body': 'Jag hittar dig inte på någon deltagarlista. Så här kommer du med:',
    'card.notEnrolled.step1': '- Be utbildningens samordnare att lägga till dig, eller',
    'card.notEnrolled.step2': '- skriv **gå med KOD** här i chatten om du har fått en kod.',

    'card.joined.heading': 'Du är med!',
    'card.joined.body': 'Du är nu anmäld till',
    'card.joined.already': 'Du är redan anmäld till',

    'card.joinFailed.heading': 'Det gick inte att gå med',
    'card.joinFailed.unknownCode': 'Ingen utbildning har koden',
    'card.joinFailed.unknownCodeHint': 'Kontrollera stavningen eller fråga samordnaren om koden.',
    'card.joinFailed.missingCode': 'Skriv koden efter kommandot, till exempel **gå med ABC123**.',
    'card.joinFailed.noIdentity': 'Jag kunde inte känna igen ditt konto. Öppna chatten i Teams och försök igen.',

    'card.error.heading': 'Något gick fel',
  },
  en: {
    'card.action.agenda': 'Show agenda',
    'card.action.prompts': 'My assignments',
    'card.action.help': 'Help',
    'card.action.joinMeeting': 'Join the meeting',

    'card.session.number': 'Session {number}',
    'card.session.agendaHeading': 'Agenda',
    'card.session.materialsHeading': 'Material',
    'card.session.noAgenda': 'The agenda for this session is not ready yet.',

    'card.welcome.heading': 'Welcome!',
    'card.welcome.intro': 'I am your assistant for the training. Here is the next session and what happens between sessions.',
    'card.welcome.nextHeading': 'Next session',
    'card.welcome.noNext': 'There are no more sessions planned.',
    'card.welcome.betweenHeading': 'Between sessions',
    'card.welcome.between1': '- I send reflection prompts after each session, here in this chat.',
    'card.welcome.between2': '- I remind you before your answers are due.',
    'card.welcome.between3': '- Before each session you get the agenda and the meeting link.',
    'card.welcome.nextPrompt': 'The next reflection prompt is sent on {when}.',

    'card.agenda.heading': 'Next session',
    'card.agenda.none': 'There are no more sessions planned. Thank you for taking part!',

    'card.help.heading': 'How to use me',
    'card.help.intro': 'Type one of these to me, or use the buttons.',
    'card.help.cmd.agenda': '**agenda** or **next**',
    'card.help.cmd.agendaDesc': 'The next session and its agenda',
    'card.help.cmd.prompts': '**prompts**',
    'card.help.cmd.promptsDesc': 'Your open reflection assignments',
    'card.help.cmd.join': '**join CODE**',
    'card.help.cmd.joinDesc': 'Join a training with the code you were given',
    'card.help.cmd.language': '**language sv** / **language en**',
    'card.help.cmd.languageDesc': 'Switch the language to Swedish or English',
    'card.help.cmd.help': '**help**',
    'card.help.cmd.helpDesc': 'Shows this help',

    'card.prompts.heading': 'My assignments',
    'card.prompts.intro': 'These are waiting for your answer:',
    'card.prompts.due': 'Due {when}',
    'card.prompts.empty': 'You have no open assignments right now. I will let you know when the next one arrives.',

    'card.notEnrolled.heading': 'You are not in a training yet',
    'card.notEnrolled.body': 'I cannot find you on any participant list. To join:',
    'card.notEnrolled.step1': '- ask the training coordinator to add you, or',
    'card.notEnrolled.step2': '- type **join CODE** here in the chat if you were given a code.',

    'card.joined.heading': 'You are in!',
    'card.joined.body': 'You are now enrolled in',
    'card.joined.already': 'You are already enrolled in',

    'card.joinFailed.heading': 'Could not join',
    'card.joinFailed.unknownCode': 'No training has the code',
    'card.joinFailed.unknownCodeHint': 'Check the spelling or ask the coordinator for the code.',
    'card.joinFailed.missingCode': 'Type the code after the command, for example **join ABC123**.',
    'card.joinFailed.noIdentity': 'I could not recognise your account. Open the chat in Teams and try again.',

    'card.error.heading': 'Something went wrong',
  },
});

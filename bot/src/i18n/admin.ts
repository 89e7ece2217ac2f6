import { defineMessages } from './define';

/** The programme editor and roster API (issue 6, parts 1 and 2): refusals and roster row errors. */
export const adminMessages = defineMessages({
  sv: {
    'admin.error.VALIDATION_FAILED': 'Programmet innehåller fel. Rätta de markerade fälten och spara igen.',
    'admin.error.PROGRAMME_FILE_INVALID': 'Programfilen innehåller fel. Inget har sparats.',
    'admin.error.ROSTER_HAS_ERRORS': 'Deltagarlistan har rader med fel. Rätta dem och försök igen; inget har sparats.',
    'admin.error.STORAGE_CONFLICT': 'Någon annan har ändrat programmet sedan du öppnade det. Ladda om och gör ändringen igen.',
    'admin.error.STORAGE_ALREADY_EXISTS': 'Det finns redan ett program med det id:t.',
    'admin.error.PROMPT_ALREADY_SENT':
      'Några av uppgifterna du ändrat har redan skickats. Välj för varje uppgift om svaren hittills ska behållas eller tas bort.',
    'admin.error.ROSTER_PREVIEW_STALE': 'Deltagarlistan eller filen har ändrats sedan förhandsgranskningen. Förhandsgranska igen.',
    'admin.error.LAST_COORDINATOR': 'Programmet måste ha minst en samordnare.',
    'admin.error.NOT_IMPLEMENTED': 'Det här finns inte ännu.',
    'admin.error.PROMPT_NOT_OPEN':
      'Uppgiften kan inte skickas före sin tid för utskick, eftersom svar tas emot först från den tiden. Ändra tiden för utskick och spara först.',
    'admin.error.PROMPT_CLOSED': 'Sista dagen för uppgiften har passerat, så den kan inte skickas längre.',
    'admin.roster.emptyFile': 'Filen är tom.',
    'admin.roster.unreadableFile': 'Filen kunde inte läsas som en Excel-fil (.xlsx).',
    'admin.roster.missingColumn': 'Kolumnen {column} saknas i rubrikraden.',
    'admin.roster.unknownRole': 'Okänd roll "{value}". Skriv deltagare, kursledare eller samordnare.',
    'admin.roster.unknownDepartment': 'Okänd förvaltning "{value}". Använd förvaltningens id eller namn i programmet.',
    'admin.roster.unknownLanguage': 'Okänt språk "{value}". Skriv sv eller en.',
    'admin.roster.duplicateEmail': 'Samma e-postadress finns redan på rad {line}.',
    'admin.session.placeholder': 'Träff 1',
    'admin.issue.joinCodeTaken': 'Anslutningskoden {value} används redan av ett annat program.',
    'admin.issue.idChanged': 'Programmets id kan inte ändras (det är {value}). Kopiera programmet för att få ett nytt id.',
    'admin.issue.invalidShift': 'Ange antal dagar (heltal) eller ett datum för första träffen (ÅÅÅÅ-MM-DD).',
    'admin.issue.invalidSessionNumber': 'Ange träffens nummer, ett heltal från 1.',
  },
  en: {
    'admin.error.VALIDATION_FAILED': 'The programme has errors. Correct the marked fields and save again.',
    'admin.error.PROGRAMME_FILE_INVALID': 'The programme file has errors. Nothing was saved.',
    'admin.error.ROSTER_HAS_ERRORS': 'The roster has rows with errors. Correct them and try again; nothing was saved.',
    'admin.error.STORAGE_CONFLICT': 'Someone else changed the programme since you opened it. Reload and make your change again.',
    'admin.error.STORAGE_ALREADY_EXISTS': 'A programme with that id already exists.',
    'admin.error.PROMPT_ALREADY_SENT':
      'Some of the prompts you changed have already been sent. Choose for each whether the answers so far are kept or removed.',
    'admin.error.ROSTER_PREVIEW_STALE': 'The roster or the file changed since the preview. Preview again.',
    'admin.error.LAST_COORDINATOR': 'A programme needs at least one coordinator.',
    'admin.error.NOT_IMPLEMENTED': 'This is not available yet.',
    'admin.error.PROMPT_NOT_OPEN':
      'The prompt cannot be sent before its send time, because answers are taken only from then on. Change the send time and save first.',
    'admin.error.PROMPT_CLOSED': "The prompt's due time has passed, so it can no longer be sent.",
    'admin.roster.emptyFile': 'The file is empty.',
    'admin.roster.unreadableFile': 'The file could not be read as an Excel file (.xlsx).',
    'admin.roster.missingColumn': 'The header row has no {column} column.',
    'admin.roster.unknownRole': 'Unknown role "{value}". Write participant, facilitator or coordinator.',
    'admin.roster.unknownDepartment': 'Unknown department "{value}". Use the department\'s id or name in the programme.',
    'admin.roster.unknownLanguage': 'Unknown language "{value}". Write sv or en.',
    'admin.roster.duplicateEmail': 'The same e-mail address is already on row {line}.',
    'admin.session.placeholder': 'Session 1',
    'admin.issue.joinCodeTaken': 'The join code {value} is already used by another programme.',
    'admin.issue.idChanged': "A programme's id cannot change (it is {value}). Copy the programme to get a new id.",
    'admin.issue.invalidShift': 'Give a number of days (whole) or a date for the first session (YYYY-MM-DD).',
    'admin.issue.invalidSessionNumber': "Give the session's number, a whole number from 1.",
  },
});

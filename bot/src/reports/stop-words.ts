/**
 * Words too common to say anything in a word cloud, Swedish and English,
 * lower-case. Kept short and plain: the aim is a readable summary, not
 * linguistics.
 */
const SWEDISH = `
alla allt andra annan annat att av bara blev bli blir de dem den denna deras dess dessa det detta dig din dina
ditt du där då efter ej eller en ens er era ert ett finns fler flera från får för ha hade han har hela hen
henne hennes hit hon honom hur här i in inga inget inom inte jag ju kan kunde man med mellan men mer mig min
mina mitt mot mycket ni nu när någon något några och också om oss på samma sedan sig sin sina sitt själv ska
skall skulle som så sådan sådana sådant till under upp ut utan vad var vara varför varit varje vars vem vi vid
vilka vilken vilket vår våra vårt än är även åt över också väldigt lite mest ofta alltid aldrig kanske där
hos genom både vidare dock redan ännu sen nog göra gör gjorde gjort görs kommer kom få fick många
`;

const ENGLISH = `
a about above after again against all am an and any are as at be because been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here hers
herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on
once only or other our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves also get got make made many much one us
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(`${SWEDISH} ${ENGLISH}`.split(/\s+/).filter(Boolean));

import { defineMessages } from './define';

/** Plain chat messages the bot sends (cards have their own catalogue). */
export const botMessages = defineMessages({
  sv: {
    'bot.unknown': 'Det där förstod jag inte. Skriv **hjälp** så visar jag vad jag kan göra.',
    'bot.groupOnly': 'Skriv till mig i en personlig chatt så kan jag visa din agenda och dina uppgifter.',
    'bot.language.set': 'Klart! Jag skriver till dig på svenska från och med nu.',
    'bot.language.usage': 'Skriv **språk sv** för svenska eller **språk en** för engelska.',
  },
  en: {
    'bot.unknown': "Sorry, I didn't understand that. Type **help** to see what I can do.",
    'bot.groupOnly': 'Message me in a personal chat and I can show your agenda and your assignments.',
    'bot.language.set': 'Done! I will write to you in English from now on.',
    'bot.language.usage': 'Type **language en** for English or **language sv** for Swedish.',
  },
});

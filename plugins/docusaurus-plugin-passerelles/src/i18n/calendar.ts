import type {FeatureTranslations} from './feature';

export const calendarTranslations: FeatureTranslations = {
  nl: {
    'passerelles.calendar.add': 'Toevoegen aan mijn agenda',
    'passerelles.calendar.theme': 'Abonneren op de agenda van dit thema',
    'passerelles.calendar.all': 'Abonneren op de agenda van het volledige aanbod',
    'passerelles.calendar.help':
      'Voeg dit adres toe aan je agenda (Outlook, Google Agenda, Apple Agenda): sessies die later worden aangekondigd, verschijnen er vanzelf in.',
    'passerelles.calendar.subscribe': 'Abonneren in mijn agenda',
    'passerelles.calendar.file': '.ics-bestand',
    'passerelles.calendar.address': 'Adres van de agenda',
    'passerelles.calendar.copy': 'Adres kopiëren',
    'passerelles.calendar.copied': 'Adres gekopieerd.',
    'passerelles.calendar.copyFailed': 'Kopiëren is mislukt: selecteer het adres en kopieer het zelf.',
  },
  en: {
    'passerelles.calendar.add': 'Add to my calendar',
    'passerelles.calendar.theme': "Subscribe to this theme's calendar",
    'passerelles.calendar.all': 'Subscribe to the calendar of all offers',
    'passerelles.calendar.help':
      'Add this address to your calendar (Outlook, Google Calendar, Apple Calendar): sessions announced later will appear in it by themselves.',
    'passerelles.calendar.subscribe': 'Subscribe in my calendar',
    'passerelles.calendar.file': '.ics file',
    'passerelles.calendar.address': 'Calendar address',
    'passerelles.calendar.copy': 'Copy the address',
    'passerelles.calendar.copied': 'Address copied.',
    'passerelles.calendar.copyFailed': 'Copying failed: select the address and copy it yourself.',
  },
};

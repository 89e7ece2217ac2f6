import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { decodePng, drawColorIcon, drawOutlineIcon } from '../scripts/make-icons';
import { parseEnvFile, placeholdersIn, readPngSize } from '../scripts/package-app';

const here = __dirname;
const raw = (file: string): string => readFileSync(path.join(here, file), 'utf8');

/** Production-like values: a real host name and no name suffix. */
const TEST_VALUES: Record<string, string> = {
  TEAMS_APP_ID: '11111111-2222-4333-8444-555555555555',
  BOT_ID: '66666666-7777-4888-9999-aaaaaaaaaaaa',
  AAD_APP_CLIENT_ID: '66666666-7777-4888-9999-aaaaaaaaaaaa',
  TAB_DOMAIN: 'innovation.example.org',
  TAB_ENDPOINT: 'https://innovation.example.org',
  APP_NAME_SUFFIX: '',
};

function resolved(file: string): Record<string, unknown> {
  const text = raw(file).replace(/\$\{\{(\w+)\}\}/g, (_, name: string) => {
    if (TEST_VALUES[name] === undefined) throw new Error(`no test value for ${name}`);
    return TEST_VALUES[name];
  });
  return JSON.parse(text) as Record<string, unknown>;
}

// The schemas ship inside the installed @microsoft/app-manifest; nothing is fetched.
const schemaDir = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build/json-schemas/teams/v1.30');

function validator(schemaFile: string) {
  // draft-04 schemas with loose types and a few patterns that are not valid unicode regexps.
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(path.join(schemaDir, schemaFile), 'utf8')));
}

const validateManifest = validator('MicrosoftTeams.schema.json');
const validateLocalization = validator('MicrosoftTeams.Localization.schema.json');

interface Command {
  title: string;
  description: string;
}
interface Manifest {
  $schema: string;
  manifestVersion: string;
  localizationInfo: {
    defaultLanguageTag: string;
    defaultLanguageFile?: string;
    additionalLanguages: { languageTag: string; file: string }[];
  };
  bots: { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: Command[] }[] }[];
  staticTabs: { entityId: string; name?: string; contentUrl?: string; scopes: string[] }[];
  configurableTabs: { configurationUrl: string; scopes: string[]; context: string[] }[];
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
  icons: { color: string; outline: string };
}

const manifest = resolved('manifest.json') as unknown as Manifest;
const english = resolved('en.json');

describe('manifest/manifest.json', () => {
  it('validates against the v1.30 Teams schema shipped in @microsoft/app-manifest once placeholders are filled', () => {
    expect(manifest.manifestVersion).toBe('1.30');
    expect(manifest.$schema).toBe('https://developer.microsoft.com/en-us/json-schemas/teams/v1.30/MicrosoftTeams.schema.json');
    validateManifest(manifest);
    expect(validateManifest.errors ?? []).toEqual([]);
  });

  it('is checked by a validator that really rejects what the schema forbids', () => {
    expect(validateManifest({ ...manifest, accentColor: 'purple' })).toBe(false);
    expect(validateManifest({ ...manifest, id: 'not-a-guid' })).toBe(false);
    expect(validateLocalization({ 'name.short': 'x' })).toBe(false);
  });

  it('defines every ${{VAR}} of the manifest and its language files in env/.env.local, none empty but the name suffix', () => {
    const local = parseEnvFile(readFileSync(path.join(here, '../env/.env.local'), 'utf8'));
    const used = placeholdersIn([JSON.parse(raw('manifest.json')), JSON.parse(raw('en.json'))]);
    expect(used.sort()).toEqual(Object.keys(TEST_VALUES).sort());
    for (const name of used) expect(local[name]).toBeDefined();
    expect(used.filter((name) => local[name] === '' && name !== 'APP_NAME_SUFFIX')).toEqual([]);
  });

  it('speaks Swedish first and English as an additional language (en, for every English client)', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'sv-se',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
    expect(manifest.staticTabs[0].name).toBe('Mitt program');
  });

  it('installs the bot in personal, team and group chat scopes with the four commands in each', () => {
    const [bot] = manifest.bots;
    expect(bot.botId).toBe(TEST_VALUES.BOT_ID);
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot.commandLists.flatMap((l) => l.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of bot.commandLists) expect(list.commands.map((c) => c.title)).toEqual(['hjälp', 'agenda', 'uppgifter', 'gå med']);
  });

  it('has a personal "Mitt program" tab beside the bot chat', () => {
    expect(manifest.staticTabs.map((t) => t.entityId)).toEqual(['mitt-program', 'conversations']);
    expect(manifest.staticTabs[0].contentUrl).toBe('https://innovation.example.org/index.html#/personal?locale={locale}');
    expect(manifest.staticTabs[0].scopes).toEqual(['personal']);
  });

  it('offers the configurable tab in channels, chats and meetings, side panel and stage included', () => {
    const [tab] = manifest.configurableTabs;
    expect(tab.configurationUrl).toMatch(/^https:\/\/innovation\.example\.org\/index\.html#\/config/);
    expect(tab.scopes.sort()).toEqual(['groupChat', 'team']);
    expect(tab.context.sort()).toEqual(
      ['channelTab', 'privateChatTab', 'meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel', 'meetingStage'].sort(),
    );
  });

  it('asks only for the RSC permissions that meeting events, in-meeting notifications and stage sharing need', () => {
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([
      { name: 'OnlineMeeting.ReadBasic.Chat', type: 'Application' },
      { name: 'ChannelMeeting.ReadBasic.Group', type: 'Application' },
      { name: 'OnlineMeetingParticipant.Read.Chat', type: 'Application' },
      { name: 'ChannelMeetingParticipant.Read.Group', type: 'Application' },
      { name: 'OnlineMeetingNotification.Send.Chat', type: 'Application' },
      { name: 'ChannelMeetingNotification.Send.Group', type: 'Application' },
      { name: 'MeetingStage.Write.Chat', type: 'Delegated' },
      { name: 'ChannelMeetingStage.Write.Group', type: 'Delegated' },
    ]);
  });

  it('points tab SSO at api://<tab domain>/<client id> and allows only the tab domain', () => {
    expect(manifest.webApplicationInfo).toEqual({
      id: TEST_VALUES.AAD_APP_CLIENT_ID,
      resource: `api://innovation.example.org/${TEST_VALUES.AAD_APP_CLIENT_ID}`,
    });
    expect(manifest.validDomains).toEqual(['innovation.example.org']);
  });
});

describe('manifest/en.json', () => {
  it('validates against the localization schema of the same manifest version', () => {
    expect(english.$schema).toBe('https://developer.microsoft.com/en-us/json-schemas/teams/v1.30/MicrosoftTeams.Localization.schema.json');
    validateLocalization(english);
    expect(validateLocalization.errors ?? []).toEqual([]);
  });

  it('translates every command and every named tab, and nothing else', () => {
    const translatable = [
      'name.short',
      'name.full',
      'description.short',
      'description.full',
      ...manifest.staticTabs.flatMap((t, i) => (t.name ? [`staticTabs[${i}].name`] : [])),
      ...manifest.bots[0].commandLists.flatMap((list, l) =>
        list.commands.flatMap((_, c) => [
          `bots[0].commandLists[${l}].commands[${c}].title`,
          `bots[0].commandLists[${l}].commands[${c}].description`,
        ]),
      ),
    ];
    expect(
      Object.keys(english)
        .filter((k) => k !== '$schema')
        .sort(),
    ).toEqual(translatable.sort());
    expect(english['bots[0].commandLists[0].commands[2].title']).toBe('prompts');
    expect(english['bots[0].commandLists[1].commands[3].title']).toBe('join');
  });
});

describe('manifest icons', () => {
  it('ships a 192x192 color icon and a 32x32 outline icon', () => {
    expect(readPngSize(readFileSync(path.join(here, manifest.icons.color)))).toEqual({ width: 192, height: 192 });
    expect(readPngSize(readFileSync(path.join(here, manifest.icons.outline)))).toEqual({ width: 32, height: 32 });
  });

  it('draws the outline icon in white on transparent only', () => {
    const { data } = decodePng(readFileSync(path.join(here, 'outline.png')));
    const offColor = [];
    for (let i = 0; i < data.length; i += 4)
      if (data[i + 3] > 0 && (data[i] < 255 || data[i + 1] < 255 || data[i + 2] < 255)) offColor.push(i / 4);
    expect(offColor).toEqual([]);
    expect(data.some((_, i) => i % 4 === 3 && data[i] === 0)).toBe(true);
  });

  it('matches what scripts/make-icons.ts draws (regenerate with it after a design change)', () => {
    expect(Buffer.from(decodePng(readFileSync(path.join(here, 'color.png'))).data).equals(Buffer.from(drawColorIcon().data))).toBe(true);
    expect(Buffer.from(decodePng(readFileSync(path.join(here, 'outline.png'))).data).equals(Buffer.from(drawOutlineIcon().data))).toBe(
      true,
    );
  });
});

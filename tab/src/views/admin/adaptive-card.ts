/**
 * Renders Adaptive Card JSON with the official renderer, as Teams does.
 * Loaded on demand (a dynamic import from card-preview.tsx), so the
 * renderer never weighs on the tab's first load.
 */
import * as AdaptiveCards from 'adaptivecards';

const text = (dark: boolean) => ({
  default: { default: dark ? '#FFFFFF' : '#242424', subtle: dark ? '#ADADAD' : '#616161' },
  dark: { default: '#242424', subtle: '#616161' },
  light: { default: '#FFFFFF', subtle: '#ADADAD' },
  accent: { default: dark ? '#7F85F5' : '#5B5FC7', subtle: dark ? '#7F85F5' : '#5B5FC7' },
  good: { default: dark ? '#92C353' : '#237B4B', subtle: dark ? '#92C353' : '#237B4B' },
  warning: { default: dark ? '#F8D22A' : '#835C00', subtle: dark ? '#F8D22A' : '#835C00' },
  attention: { default: dark ? '#F9526B' : '#C4314B', subtle: dark ? '#F9526B' : '#C4314B' },
});

/** A host config close to Teams' own (Segoe UI, Teams' spacing and colours). */
function teamsHostConfig(dark: boolean): AdaptiveCards.HostConfig {
  const foregroundColors = text(dark);
  return new AdaptiveCards.HostConfig({
    fontFamily: "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
    supportsInteractivity: true,
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: dark ? '#3D3D3D' : '#E0E0E0' },
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 200, default: 400, bolder: 600 },
    containerStyles: {
      default: { backgroundColor: dark ? '#292929' : '#FFFFFF', foregroundColors },
      emphasis: { backgroundColor: dark ? '#1F1F1F' : '#F5F5F5', foregroundColors },
      accent: { backgroundColor: dark ? '#2F2F4A' : '#E8EBFA', foregroundColors },
    },
    actions: {
      maxActions: 6,
      spacing: 'default',
      buttonSpacing: 8,
      showCard: { actionMode: 'inline', inlineTopMargin: 16 },
      actionsOrientation: 'horizontal',
      actionAlignment: 'left',
    },
    inputs: { label: { requiredInputs: { suffix: ' *' }, optionalInputs: {} } },
  });
}

/** The card as an element, or throws with the renderer's own message when the JSON is not a card. */
export function renderAdaptiveCard(card: Record<string, unknown>, options: { dark: boolean }): HTMLElement {
  const adaptive = new AdaptiveCards.AdaptiveCard();
  adaptive.hostConfig = teamsHostConfig(options.dark);
  // A preview: buttons show what they are but send nothing.
  adaptive.onExecuteAction = () => undefined;
  adaptive.parse(card);
  const element = adaptive.render();
  if (!element) throw new Error('The card could not be rendered.');
  return element;
}

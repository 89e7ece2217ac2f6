import { FluentProvider, Title2, Body1, webLightTheme } from '@fluentui/react-components';

/** Placeholder shell; the tab's views come with the tab issue. */
export function App() {
  const english = navigator.language.toLowerCase().startsWith('en');
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 24, minHeight: '100vh' }}>
      <main>
        <Title2 as="h1">{english ? 'Innovation training' : 'Innovationsutbildning'}</Title2>
        <Body1 as="p">{english ? 'The programme tab is being built.' : 'Programfliken byggs.'}</Body1>
      </main>
    </FluentProvider>
  );
}

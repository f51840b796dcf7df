// What the web part renders with: the app's root component and the Teams theme (Fluent UI code).
// A chunk of its own (the web part imports it once the first reads are on the wire): the main file
// is then only the boot, the data layer and the services, which the browser compiles and runs
// before the first request leaves (issue 21, docs/decisions/0014-first-paint-order.md).
export { App } from './components/App/App';
export { teamsThemeToFluent } from './teamsTheme';

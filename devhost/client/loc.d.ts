// The AMD locale files of the web part, as the dev host's esbuild plugin resolves them.
declare module 'udviklingsaftaler-locale/da-dk' {
  const strings: IUdviklingsaftalerStrings;
  export default strings;
}
declare module 'udviklingsaftaler-locale/en-us' {
  const strings: IUdviklingsaftalerStrings;
  export default strings;
}

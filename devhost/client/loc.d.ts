// The AMD locale files, as the dev host's esbuild plugin turns them into ES modules.
declare module '*/loc/da-dk.js' {
  const strings: IUdviklingsaftalerStrings;
  export default strings;
}
declare module '*/loc/en-us.js' {
  const strings: IUdviklingsaftalerStrings;
  export default strings;
}

import { benchImport } from "./import.mjs";
console.log(JSON.stringify(await benchImport(), null, 1));

/** Starts the Open-Meteo stub on a port: `tsx scripts/weather-stub.ts [port]` (see weather-stub-server.ts). */
import { startWeatherStub } from './weather-stub-server';

const stub = await startWeatherStub(Number(process.argv[2] ?? 3199));
console.log(`Weather stub listening on ${stub.url}`);

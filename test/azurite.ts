/**
 * Starts Azurite's Table service in-process on a free loopback port with
 * in-memory persistence. Used by jest's globalSetup, the benchmarks and the
 * local launcher's tests.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import type { AddressInfo } from 'node:net';

export interface RunningAzurite {
  port: number;
  connectionString: string;
  close(): Promise<void>;
}

export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export function azuriteConnectionString(port: number, host = '127.0.0.1'): string {
  return `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};TableEndpoint=http://${host}:${port}/${AZURITE_ACCOUNT};`;
}

export async function startAzurite(): Promise<RunningAzurite> {
  const { default: TableServer } = require('azurite/dist/src/table/TableServer');
  const { default: TableConfiguration } = require('azurite/dist/src/table/TableConfiguration');
  // host, port, keepAlive, dbPath, debugLog, accessLog, accessLogStream, debugPath, loose, skipApiVersionCheck,
  // cert, key, pwd, oauth, disableProductStyleUrl, inMemoryPersistence
  const config = new TableConfiguration('127.0.0.1', 0, undefined, undefined, false, false, undefined, undefined, false, true, '', '', '', undefined, false, true);
  const server = new TableServer(config);
  await server.start();
  const address = server.httpServer.address() as AddressInfo;
  return {
    port: address.port,
    connectionString: azuriteConnectionString(address.port),
    close: async () => {
      await server.close();
      await server.clean?.();
    },
  };
}

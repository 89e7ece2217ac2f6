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

import { azuriteConnectionString } from '../scripts/azurite-connection';

export async function startAzurite(): Promise<RunningAzurite> {
  const { default: TableServer } = require('azurite/dist/src/table/TableServer');
  const { default: TableConfiguration } = require('azurite/dist/src/table/TableConfiguration');
  // host, port, keepAlive, dbPath, debugLog, accessLog, accessLogStream, debugPath, loose, skipApiVersionCheck,
  // cert, key, pwd, oauth, disableProductStyleUrl, inMemoryPersistence
  const config = new TableConfiguration(
    '127.0.0.1',
    0,
    undefined,
    undefined,
    false,
    false,
    undefined,
    undefined,
    false,
    true,
    '',
    '',
    '',
    undefined,
    false,
    true,
  );
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

// Loads matrix-bot-sdk whether or not the native end-to-end encryption module
// is there.
//
// Why: matrix-bot-sdk requires `@matrix-org/matrix-sdk-crypto-nodejs` as soon
// as it is imported (CryptoClient is part of its index), and that package only
// works with a platform binary (`@matrix-org/matrix-sdk-crypto-nodejs-<os>-<arch>`)
// that npm downloads in an install script. Offline builds and npm's
// install-script policy leave it out, and the import then throws. So before
// importing the SDK we try the crypto package once; when it cannot load we put
// a stand-in into Node's CommonJS module cache under the package's resolved
// path. The SDK imports fine, and anything that would actually use encryption
// throws "end-to-end encryption is unavailable". The bot then runs with E2EE
// off and says so; with the binary installed, the real module is used.

import { createRequire } from 'node:module';

type Sdk = typeof import('matrix-bot-sdk');

export interface LoadedSdk {
  sdk: Sdk;
  /** True when the native crypto module loaded: encrypted rooms can be read. */
  e2ee: boolean;
  /** Why E2EE is off, when it is. */
  e2eeProblem?: string;
  /** The crypto module's StoreType.Sqlite, when E2EE is on. */
  sqliteStoreType?: number;
}

const CRYPTO_PACKAGE = '@matrix-org/matrix-sdk-crypto-nodejs';
let loaded: Promise<LoadedSdk> | null = null;

/** The SDK, loaded once per process. */
export function loadMatrixSdk(): Promise<LoadedSdk> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<LoadedSdk> {
  // Resolve from the SDK's own folder: that is the copy it will require.
  const require = createRequire(import.meta.url);
  const sdkRequire = createRequire(require.resolve('matrix-bot-sdk'));
  let problem: string | undefined;
  let path: string | undefined;
  let sqliteStoreType: number | undefined;
  try {
    path = sdkRequire.resolve(CRYPTO_PACKAGE);
    sqliteStoreType = (sdkRequire(CRYPTO_PACKAGE) as { StoreType: { Sqlite: number } }).StoreType.Sqlite;
  } catch (error) {
    problem = firstLine(error);
  }
  if (problem !== undefined) {
    if (path) installStub(sdkRequire, path, problem);
    else problem = `${CRYPTO_PACKAGE} is not installed`;
  }
  const sdk = (await import('matrix-bot-sdk')) as Sdk;
  return problem === undefined
    ? { sdk, e2ee: true, sqliteStoreType: sqliteStoreType ?? 0 }
    : { sdk, e2ee: false, e2eeProblem: problem };
}

/** A module whose every export is a class that refuses to be used. */
function installStub(require: NodeJS.Require, path: string, problem: string): void {
  const unavailable = (name: string) =>
    class {
      constructor() {
        throw new Error(`end-to-end encryption is unavailable (${problem}); cannot use ${name}`);
      }
      static [Symbol.hasInstance]() {
        return false;
      }
    };
  const exports = new Proxy({} as Record<string | symbol, unknown>, {
    get(target, name) {
      if (typeof name === 'symbol' || name === 'then' || name === '__esModule') return undefined;
      target[name] ??= unavailable(name);
      return target[name];
    },
  });
  // biome-ignore lint/suspicious/noExplicitAny: Node's Module type is not public in @types/node's require.cache entries.
  const Module = (require('node:module') as any).Module;
  const stub = new Module(path);
  stub.filename = path;
  stub.loaded = true;
  stub.exports = exports;
  require.cache[path] = stub;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

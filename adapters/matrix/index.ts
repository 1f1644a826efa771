// The Matrix adapter's public face: main.ts calls createMatrixAdapter.

import { MatrixAdapter, type MatrixAdapterOptions } from './adapter.ts';

export { MatrixAdapter, type MatrixAdapterOptions, type MatrixAuth, matrixCapabilities } from './adapter.ts';
export { failureOf } from './errors.ts';
export { loadMatrixSdk } from './sdk.ts';

export function createMatrixAdapter(options: MatrixAdapterOptions): MatrixAdapter {
  return new MatrixAdapter(options);
}

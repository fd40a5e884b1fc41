import * as path from 'path';

/** editors/vscode, whether the test runs from out/test (bundled) or test/ (source). */
export const EXTENSION_ROOT = path.resolve(__dirname, '..', '..');

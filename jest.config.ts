import type { Config } from 'jest';
import { pinnedInstant } from './tests/support/clock-matrix';

// Three kinds of tests, each a jest project: pure unit tests in node, React and browser-adapter tests in jsdom
// (jest-fixed-jsdom keeps fetch, Response and friends that plain jsdom drops), and integration tests that start
// their own Graph emulator on a free port. The manifest checks are a fourth, small project.
const transform: Config['transform'] = {
  '^.+\\.(t|j)sx?$': ['ts-jest', { tsconfig: { jsx: 'react-jsx', module: 'commonjs', moduleResolution: 'node', esModuleInterop: true, isolatedModules: true } }],
};
const transformIgnorePatterns = ['/node_modules/(?!(htmlparser2|domhandler|domutils|dom-serializer|entities|domelementtype|intl-messageformat|@formatjs)/)'];

// The clock matrix's instant for this run (tests/support/clock-matrix.ts): chosen once here and handed to the workers,
// so a run that crosses midnight keeps it. Replay a failing run with the printed RAPPORT_TEST_NOW.
if (process.env.RAPPORT_CLOCK_MATRIX !== 'all') {
  const pinned = pinnedInstant();
  process.env.RAPPORT_TEST_NOW = pinned.label;
  console.warn(`Date-sensitive suites pinned to ${pinned.iso} (${pinned.label}); replay with RAPPORT_TEST_NOW=${pinned.label}`);
}

const config: Config = {
  coverageThreshold: {
    global: {},
    './src/domain/': { lines: 90 },
    './src/i18n/': { lines: 90 },
  },
  collectCoverageFrom: ['src/**/*.{ts,tsx}', '!src/**/*.d.ts'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'jsdom',
      testEnvironment: 'jest-fixed-jsdom',
      testMatch: ['<rootDir>/tests/unit/**/*.test.tsx', '<rootDir>/tests/jsdom/**/*.test.ts?(x)'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup-jsdom.ts'],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts?(x)'],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'manifest',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/manifest/**/*.test.ts'],
      transform,
      transformIgnorePatterns,
    },
  ],
};
export default config;

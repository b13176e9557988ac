import '@testing-library/jest-dom';

// jsdom has no ResizeObserver; Fluent's MessageBar measures its layout with one. Nothing resizes in jsdom.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

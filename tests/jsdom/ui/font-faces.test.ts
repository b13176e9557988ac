import { resolveFontFaces } from '../../../src/ui/font-faces';

describe('resolveFontFaces (the pane resolves its fonts while Office answers)', () => {
  it('lays out one hidden word per face and leaves the document as it found it', () => {
    document.body.innerHTML = '<div id="root"></div>';
    const added: HTMLElement[] = [];
    const laidOut: string[][] = [];
    const observer = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => added.push(n as HTMLElement))));
    observer.observe(document.body, { childList: true });
    // Watches the layout being asked for (jsdom lays nothing out): which words are in the document at that moment.
    const measure = jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect');
    measure.mockImplementation(function (this: HTMLElement) {
      if (this.isConnected) laidOut.push([...this.querySelectorAll('span')].map(({ style }) => `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`));
      return Element.prototype.getBoundingClientRect.call(this);
    });
    resolveFontFaces(document, '"Segoe UI", sans-serif', '14px', [{ weight: 400 }, { weight: 700 }, { weight: 400, italic: true }]);
    observer.takeRecords().forEach((r) => r.addedNodes.forEach((n) => added.push(n as HTMLElement)));
    observer.disconnect();
    measure.mockRestore();

    expect(laidOut).toEqual([['normal 400 14px "Segoe UI", sans-serif', 'normal 700 14px "Segoe UI", sans-serif', 'italic 400 14px "Segoe UI", sans-serif']]);
    expect(added).toHaveLength(1);
    expect(added[0]?.getAttribute('aria-hidden')).toBe('true');
    expect(added[0]?.style.position).toBe('absolute');
    expect(document.body.innerHTML).toBe('<div id="root"></div>');
  });
});

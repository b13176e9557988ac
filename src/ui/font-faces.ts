/** One weight and style of a font family, as a first screen uses it. */
export interface TextFace {
  weight: number;
  italic?: boolean;
}

/**
 * Lays out a word in each face of `fontFamily`, off screen and at once, then removes it: the browser finds the
 * family's fonts for those faces now, while the page waits on its host, rather than in the first screen's own layout.
 * That search walks the family list until one is installed (Fluent's lists begin with fonts a platform may lack:
 * `-apple-system` off Apple, `Segoe UI` off Windows) and opens a font file per face. It is cached per page, so a face
 * resolved here costs the first screen nothing. Nothing is painted: the element leaves the document in the same task.
 */
export function resolveFontFaces(doc: Document, fontFamily: string, fontSize: string, faces: readonly TextFace[]): void {
  const holder = doc.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  Object.assign(holder.style, { position: 'absolute', width: '0', height: '0', overflow: 'hidden' });
  for (const face of faces) {
    const word = doc.createElement('span');
    Object.assign(word.style, { fontFamily, fontSize, fontWeight: String(face.weight), fontStyle: face.italic ? 'italic' : 'normal' });
    word.textContent = 'Rapport';
    holder.append(word);
  }
  doc.body.append(holder);
  // Reading a size lays the document out now, in this task.
  holder.getBoundingClientRect();
  holder.remove();
}

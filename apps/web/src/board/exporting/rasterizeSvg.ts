import i18next from 'i18next';

/**
 * Draws an SVG on a canvas of exactly `width` × `height` pixels and returns PNG bytes. The canvas
 * size is set explicitly (not from devicePixelRatio), so a 3× export is 3× on every screen.
 */
export async function rasterizeSvg(svg: string, width: number, height: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error(i18next.t('exporting.noCanvas'));
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    // Very large boards at 4× can exceed the browser's canvas limit, which gives no blob at all.
    if (!blob) throw new Error(i18next.t('exporting.tooLarge'));
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

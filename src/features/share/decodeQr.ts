import jsQR from "jsqr";

/** The part of the Shape Detection API used here (not in TypeScript's DOM library yet). */
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/** Reads a QR code from a video frame: `undefined` when there is none in this frame. */
export type FrameDecoder = (video: HTMLVideoElement) => Promise<string | undefined>;

/**
 * The browser's `BarcodeDetector` when it reads QR codes (Chromium on Android, Safari), otherwise
 * `jsQR` on the frame's pixels (a well-kept pure-JS decoder; Firefox, desktop Chromium).
 */
export async function createFrameDecoder(): Promise<FrameDecoder> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Detector) {
    const formats = await Detector.getSupportedFormats().catch(() => [] as string[]);
    if (formats.includes("qr_code")) {
      const detector = new Detector({ formats: ["qr_code"] });
      return async (video) => (await detector.detect(video))[0]?.rawValue;
    }
  }
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  return (video) => {
    const { videoWidth: width, videoHeight: height } = video;
    if (!context || width === 0 || height === 0) return Promise.resolve(undefined);
    canvas.width = width;
    canvas.height = height;
    context.drawImage(video, 0, 0, width, height);
    const image = context.getImageData(0, 0, width, height);
    return Promise.resolve(jsQR(image.data, width, height)?.data);
  };
}

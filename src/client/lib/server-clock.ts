/**
 * The visitor's clock, corrected by the server's: device clocks are often
 * wrong, and a promo must start and end at the same instant for everyone.
 */
import { clockOffset } from "../../lib/countdown.ts";

let offset = 0;

/** Now, in epoch ms, as the server's clock has it (the local clock until corrected). */
export const serverNow = () => Date.now() + offset;

/**
 * One HEAD request after load, so the first render never waits for the
 * network; calls back when the clock was corrected. Any failure keeps the
 * local clock.
 */
export function syncAfterLoad(onCorrected: () => void): void {
  addEventListener("load", async () => {
    try {
      const sentAt = Date.now();
      const response = await fetch(location.href, { method: "HEAD", cache: "no-store" });
      offset = clockOffset(Date.parse(response.headers.get("date")!), sentAt, Date.now());
      if (offset) onCorrected();
    } catch {
      // Offline or blocked: the local clock is the best there is.
    }
  });
}

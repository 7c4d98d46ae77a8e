/**
 * Countdown arithmetic. Pure and dependency free: the browser bundle uses it
 * every second, the tests check it exhaustively.
 */
/** Days, hours, minutes, seconds: the order the countdown shows them. */
export type TimeLeft = readonly [days: number, hours: number, minutes: number, seconds: number];

/**
 * Whole units left until `target`. Seconds round up, so the display reaches
 * 00 exactly at the target instant, never before; never negative.
 */
export function timeLeft(target: number, now: number): TimeLeft {
  const total = Math.max(0, Math.ceil((target - now) / 1000));
  return [Math.floor(total / 86_400), Math.floor(total / 3600) % 24, Math.floor(total / 60) % 60, total % 60];
}

/** Milliseconds until the displayed value next changes (the next whole second left). */
export function untilNextSecond(target: number, now: number): number {
  const rest = (target - now) % 1000;
  return rest > 0 ? rest : 1000;
}

/** "05", "00"; days may exceed 99. */
export const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The visitor's clock error from a response's Date header (whole seconds,
 * truncated, hence +500 ms) and the request's send and receive times.
 * 0 when within the threshold, so a good clock is kept; 0 for a missing or
 * unreadable header (NaN fails every comparison).
 */
export function clockOffset(serverDate: number, sentAt: number, receivedAt: number, threshold = 2000): number {
  const offset = serverDate + 500 - (sentAt + receivedAt) / 2;
  return Math.abs(offset) > threshold ? offset : 0;
}

/**
 * Instants around the fixture's promo (tests/fixtures/content/_data/promos.yaml:
 * DEPLOYNOW, 17–23 December 2025 WIB), for PROMO_NOW and the browsers' clocks.
 */
export const FIXTURE_PROMO = {
  /** A week before it starts, within its announcement. */
  upcoming: "2025-12-10T09:00:00+07:00",
  /** Three days, 15 hours before it ends. */
  active: "2025-12-20T09:00:00+07:00",
  /** Over two weeks after it ended, so no longer mentioned. */
  ended: "2026-01-10T09:00:00+07:00",
} as const;

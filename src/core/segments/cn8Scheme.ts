/**
 * The `cn8` scheme common in Chinese retail: each metric split high/low at its mean (or median).
 * Bits are R F M with R high meaning *recent*; index = R·4 + F·2 + M.
 */
export const CN8_SEGMENTS: readonly string[] = [
  "general_winback", // 000
  "important_winback", // 001
  "general_keep", // 010
  "important_keep", // 011 — lapsed but frequent and valuable: keep them, never "important value"
  "general_development", // 100
  "important_development", // 101
  "general_value", // 110
  "important_value", // 111
];

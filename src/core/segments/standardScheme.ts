/**
 * The `standard` scheme: 11 segments as an exact lookup of all 125 R-F-M codes (5 bins).
 * Rules as data: each segment lists its codes, exactly as in SPEC §4.
 */
// prettier-ignore
export const STANDARD_SEGMENTS: Readonly<Record<string, readonly string[]>> = {
  champions: ["555", "554", "544", "545", "454", "455", "445"],
  loyal: ["543", "444", "435", "355", "354", "345", "344", "335"],
  potential_loyalist: [
    "553", "551", "552", "541", "542", "533", "532", "531", "452", "451", "442", "441", "431", "453",
    "433", "432", "423", "353", "352", "351", "342", "341", "333", "323",
  ],
  new_customers: ["512", "511", "422", "421", "412", "411", "311"],
  promising: ["525", "524", "523", "522", "521", "515", "514", "513", "425", "424", "413", "414", "415", "315", "314", "313"],
  need_attention: ["535", "534", "443", "434", "343", "334", "325", "324"],
  about_to_sleep: ["331", "321", "312", "221", "213", "231", "241", "251"],
  at_risk: [
    "255", "254", "245", "244", "253", "252", "243", "242", "235", "234", "225", "224", "153", "152",
    "145", "143", "142", "135", "134", "133", "125", "124",
  ],
  cannot_lose: ["155", "154", "144", "214", "215", "115", "114", "113"],
  hibernating: ["332", "322", "233", "232", "223", "222", "132", "123", "122", "212", "211"],
  lost: ["111", "112", "121", "131", "141", "151"],
};

/** Segment key per code index (R·25 + F·5 + M − 31), built once from the table above. */
export const STANDARD_LOOKUP: readonly string[] = (() => {
  const lookup = new Array<string>(125);
  for (const [key, codes] of Object.entries(STANDARD_SEGMENTS)) {
    for (const code of codes) lookup[(+code[0] - 1) * 25 + (+code[1] - 1) * 5 + (+code[2] - 1)] = key;
  }
  return lookup;
})();

/**
 * What one file may cost. markdownlint's parser is superlinear in nested blockquotes and lists
 * (a 4,000-deep list line took 40 s; 5,000 one-line blockquotes 81 s), so the nesting is
 * measured before the parse. The real articles of the calibration corpus nest at most 6 levels
 * and hold at most 141 such levels in all; a 5 MB article lints.
 */
export const FILE_BUDGET = {
  maxBytes: 8 * 1024 * 1024,
  maxNesting: 32,
  maxNestingTotal: 1_000,
  /** After this long, the rules not yet run on the file are skipped (and the file says so). */
  maxMilliseconds: 20_000,
};

/** The text an article was written from (`source:`), for the faithfulness rules. */
export interface SourceText {
  path: string;
  text: string;
  /** ISO 639-1 code of the source's language as identified, e.g. 'fr', 'en'. */
  lang: string | undefined;
}

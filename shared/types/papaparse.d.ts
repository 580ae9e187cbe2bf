// The part of papaparse that shared/ uses (parsing a string), declared here for the shared/ and
// renderer/ type checks: @types/papaparse references Node's types (for its stream API), which
// would bring `process`, `Buffer` and `node:*` into code that must run in a page. The tests and
// the Node side check the same calls against @types/papaparse itself.
declare module 'papaparse' {
  export interface ParseConfig {
    delimiter?: string;
    delimitersToGuess?: string[];
    skipEmptyLines?: boolean | 'greedy';
  }
  export interface ParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    code: 'MissingQuotes' | 'UndetectableDelimiter' | 'TooFewFields' | 'TooManyFields' | 'InvalidQuotes';
    message: string;
    row?: number;
    index?: number;
  }
  export interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
    meta: { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean; cursor: number };
  }
  const Papa: { parse<T>(input: string, config?: ParseConfig): ParseResult<T> };
  export default Papa;
}

/**
 * An input the user handed us that we cannot process (not a PDF, encrypted, no table…).
 * The CLI prints its message as one line and exits 2; anything else is an internal error (exit 1).
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly code: "not-found" | "not-pdf" | "encrypted" | "corrupt" | "empty" | "no-table" | "bad-option" | "over-budget",
  ) {
    super(message);
    this.name = "InputError";
  }
}

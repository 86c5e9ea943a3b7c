/** A backup or restore that must not go ahead; the message says what to do instead. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

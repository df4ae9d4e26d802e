/** An error meant for the user: a stable code the UI can act on and a sentence saying what to do. */
export class StudioError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'StudioError';
  }
}

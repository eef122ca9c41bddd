// Prints the page through the system print dialog; resolves whether the job went out.

export type Printable = {
  print(
    options: { silent: boolean; printBackground: boolean },
    callback: (success: boolean, failureReason: string) => void,
  ): void;
  isDestroyed(): boolean;
};

/** Never rejects: a destroyed page, a throwing call and a cancelled dialog all give false. */
export function printPage(contents: Printable | undefined): Promise<boolean> {
  if (contents === undefined || contents.isDestroyed()) return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      contents.print({ silent: false, printBackground: true }, (success) => resolve(success));
    } catch {
      resolve(false);
    }
  });
}

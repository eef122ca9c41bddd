// Answers the renderer's messages, but only from frames of our own origin and only with the
// payload each message is meant to carry.

import { ipcMain, type IpcMainInvokeEvent } from 'electron';

import {
  type AppInfo,
  type Diagnostics,
  IpcChannel,
  type IpcChannelName,
  type KioskSettings,
  type PatientSessionState,
  type PrintResult,
  STAFF_ACTIONS,
  type StaffAction,
  type UnlockResult,
} from '../shared/ipc';
import { isLanguageCode } from '../shared/language-code';
import {
  parsePresentationMessage,
  type PresentationMessage,
} from '../shared/presentation/presentation-messages';

export interface IpcHandlers {
  appInfo(): AppInfo;
  kioskSettings(): KioskSettings;
  unlockStaff(pin: string): UnlockResult;
  staffAction(action: StaffAction): { ok: boolean };
  setDefaultLanguage(language: string): { ok: boolean };
  diagnostics(): Diagnostics | null;
  printHandout(): Promise<PrintResult>;
  reportPatientSession(state: PatientSessionState): void;
  /** `senderId` is the web contents the message came from: it decides the sender's role. */
  sendPresentation(message: PresentationMessage, senderId: number): void;
}

export class UntrustedSenderError extends Error {
  constructor(url: string) {
    super(`IPC from an untrusted frame refused: ${url || '(no url)'}`);
    this.name = 'UntrustedSenderError';
  }
}

export class InvalidPayloadError extends Error {
  constructor(channel: IpcChannelName, expectation: string) {
    super(`IPC ${channel} refused: ${expectation}`);
    this.name = 'InvalidPayloadError';
  }
}

export function assertTrustedSender(
  event: IpcMainInvokeEvent,
  isTrustedUrl: (url: string) => boolean,
): void {
  const url = event.senderFrame?.url ?? '';
  if (!isTrustedUrl(url)) throw new UntrustedSenderError(url);
}

/** Any string is a PIN attempt (junk simply fails to verify); anything else is refused. */
export function parsePinPayload(args: readonly unknown[]): string {
  const [pin] = args;
  if (args.length !== 1 || typeof pin !== 'string') {
    throw new InvalidPayloadError(
      IpcChannel.unlockStaff,
      'expects exactly one argument, the PIN as text',
    );
  }
  return pin;
}

export function parseStaffActionPayload(args: readonly unknown[]): StaffAction {
  const [action] = args;
  const known: readonly unknown[] = STAFF_ACTIONS;
  if (args.length !== 1 || !known.includes(action)) {
    throw new InvalidPayloadError(
      IpcChannel.staffAction,
      `expects exactly one of ${STAFF_ACTIONS.join(', ')}`,
    );
  }
  return action as StaffAction;
}

export function parseLanguagePayload(args: readonly unknown[]): string {
  const [language] = args;
  if (args.length !== 1 || !isLanguageCode(language)) {
    throw new InvalidPayloadError(IpcChannel.setDefaultLanguage, 'expects one language code');
  }
  return language;
}

export function parsePatientSessionPayload(args: readonly unknown[]): PatientSessionState {
  const [state] = args;
  if (args.length !== 1 || (state !== 'active' && state !== 'idle')) {
    throw new InvalidPayloadError(IpcChannel.reportPatientSession, 'expects "active" or "idle"');
  }
  return state;
}

export function parsePresentationPayload(args: readonly unknown[]): PresentationMessage {
  const message = args.length === 1 ? parsePresentationMessage(args[0]) : null;
  if (message === null) {
    throw new InvalidPayloadError(
      IpcChannel.sendPresentation,
      'expects one presentation message (src/shared/presentation/presentation-messages.ts)',
    );
  }
  return message;
}

function parseNoPayload(channel: IpcChannelName, args: readonly unknown[]): void {
  if (args.length !== 0) throw new InvalidPayloadError(channel, 'takes no arguments');
}

export function registerIpcHandlers(
  handlers: IpcHandlers,
  isTrustedUrl: (url: string) => boolean,
): void {
  const handle = (
    channel: IpcChannelName,
    answer: (args: readonly unknown[], senderId: number) => unknown,
  ): void => {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      assertTrustedSender(event, isTrustedUrl);
      return answer(args, event.sender.id);
    });
  };
  const withoutPayload =
    (channel: IpcChannelName, answer: () => unknown) =>
    (args: readonly unknown[]): unknown => {
      parseNoPayload(channel, args);
      return answer();
    };

  handle(
    IpcChannel.appInfo,
    withoutPayload(IpcChannel.appInfo, () => handlers.appInfo()),
  );
  handle(
    IpcChannel.kioskSettings,
    withoutPayload(IpcChannel.kioskSettings, () => handlers.kioskSettings()),
  );
  handle(IpcChannel.unlockStaff, (args) => handlers.unlockStaff(parsePinPayload(args)));
  handle(IpcChannel.staffAction, (args) => handlers.staffAction(parseStaffActionPayload(args)));
  handle(IpcChannel.setDefaultLanguage, (args) =>
    handlers.setDefaultLanguage(parseLanguagePayload(args)),
  );
  handle(IpcChannel.reportPatientSession, (args) =>
    handlers.reportPatientSession(parsePatientSessionPayload(args)),
  );
  handle(IpcChannel.sendPresentation, (args, senderId) =>
    handlers.sendPresentation(parsePresentationPayload(args), senderId),
  );
  handle(
    IpcChannel.diagnostics,
    withoutPayload(IpcChannel.diagnostics, () => handlers.diagnostics()),
  );
  handle(
    IpcChannel.printHandout,
    withoutPayload(IpcChannel.printHandout, () => handlers.printHandout()),
  );
}

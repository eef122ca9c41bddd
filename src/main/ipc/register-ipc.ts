// Answers the renderer's messages, but only from frames of our own origin and only with the
// payload each message is meant to carry.

import { ipcMain, type IpcMainInvokeEvent } from 'electron';

import {
  IpcChannel,
  type IpcChannelName,
  type KioskApi,
  type KioskHandlers,
  type KioskRequest,
  type PatientSessionState,
  STAFF_ACTIONS,
  type StaffAction,
} from '../../shared/ipc';
import { isLanguageCode } from '../../shared/language-code';
import {
  parsePresentationMessage,
  type PresentationMessage,
} from '../../shared/presentation/presentation-messages';

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

/** Which senders main answers: the start page, in the main frame of one of our own windows. */
export interface SenderCheck {
  isTrustedUrl(url: string): boolean;
  /** A web contents of a window we opened (a page can rename itself, not change its window). */
  isOurContents(id: number): boolean;
}

export function assertTrustedSender(event: IpcMainInvokeEvent, check: SenderCheck): void {
  const url = event.senderFrame?.url ?? '';
  const frame = event.senderFrame;
  const inMainFrame = frame !== null && frame !== undefined && frame.parent === null;
  if (!inMainFrame || !check.isOurContents(event.sender.id) || !check.isTrustedUrl(url))
    throw new UntrustedSenderError(url);
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

function noPayload(channel: IpcChannelName) {
  return (args: readonly unknown[]): [] => {
    if (args.length !== 0) throw new InvalidPayloadError(channel, 'takes no arguments');
    return [];
  };
}

/** Each request's payload check: the one table a new IPC message adds a line to. */
const PAYLOADS: { [K in KioskRequest]: (args: readonly unknown[]) => Parameters<KioskApi[K]> } = {
  appInfo: noPayload(IpcChannel.appInfo),
  kioskSettings: noPayload(IpcChannel.kioskSettings),
  unlockStaff: (args) => [parsePinPayload(args)],
  staffAction: (args) => [parseStaffActionPayload(args)],
  setDefaultLanguage: (args) => [parseLanguagePayload(args)],
  diagnostics: noPayload(IpcChannel.diagnostics),
  printHandout: noPayload(IpcChannel.printHandout),
  reportPatientSession: (args) => [parsePatientSessionPayload(args)],
  sendPresentation: (args) => [parsePresentationPayload(args)],
};

const REQUESTS = Object.keys(PAYLOADS) as KioskRequest[];

export function registerIpcHandlers(handlers: KioskHandlers, senders: SenderCheck): void {
  for (const request of REQUESTS) {
    const channel = IpcChannel[request];
    const answer = handlers[request] as (...args: unknown[]) => unknown;
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      assertTrustedSender(event, senders);
      return answer(...PAYLOADS[request](args), event.sender.id);
    });
  }
}

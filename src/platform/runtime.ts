import { browser, type Runtime } from './browser';

export type MessageSender = Runtime.MessageSender;

/** This extension's id; messages from any other sender are ignored. */
export function extensionId(): string {
  return browser.runtime.id;
}

/**
 * False once the extension has been reloaded or updated under a running content script: the
 * old script's runtime is gone and every call would throw "Extension context invalidated".
 */
export function isExtensionAlive(): boolean {
  try {
    return Boolean(browser.runtime.id);
  } catch {
    return false;
  }
}

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

export function sendRuntimeMessage(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function sendTabMessage(tabId: number, message: unknown, frameId?: number): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, frameId === undefined ? {} : { frameId });
}

export type RuntimeListener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

export function onRuntimeMessage(listener: RuntimeListener): () => void {
  // The polyfill's listener type is a union; returning undefined means "not mine".
  const wrapped = (message: unknown, sender: MessageSender) => listener(message, sender);
  browser.runtime.onMessage.addListener(wrapped);
  return () => browser.runtime.onMessage.removeListener(wrapped);
}

/** The content scripts' match patterns in the manifest: the sites ChartLint reads without being asked. */
export function contentScriptMatches(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches);
}

export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

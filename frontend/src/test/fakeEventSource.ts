import { act } from '@testing-library/react';
import { vi } from 'vitest';

/** A stand-in for the browser's EventSource (jsdom has none) that tests can push events through. */
export class FakeEventSource {
  static open: FakeEventSource[] = [];
  readonly url: string;
  readonly withCredentials: boolean;
  closed = false;
  private listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();

  constructor(url: string, init?: EventSourceInit) {
    this.url = url;
    this.withCredentials = init?.withCredentials ?? false;
    FakeEventSource.open.push(this);
  }

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close() {
    this.closed = true;
    FakeEventSource.open = FakeEventSource.open.filter((s) => s !== this);
  }

  dispatch(type: string, data: unknown) {
    const event = new MessageEvent<string>(type, { data: JSON.stringify(data) });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

/** Installs the fake; returns a function that sends an event to the open stream at `url`. */
export function fakeEventSource() {
  FakeEventSource.open = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  return {
    async emit(url: string, type: string, data: unknown) {
      const source = FakeEventSource.open.find((s) => s.url === url);
      if (!source) throw new Error(`no open stream at ${url}`);
      await act(async () => source.dispatch(type, data));
    },
    isOpen: (url: string) => FakeEventSource.open.some((s) => s.url === url && s.withCredentials),
  };
}

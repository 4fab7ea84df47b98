'use client';

/**
 * The reader's imported results, kept in this browser's IndexedDB (never sent anywhere).
 * One shared in-memory copy, loaded once; every view re-renders when it changes.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { useSyncExternalStore } from 'react';
import type { UserModel } from '@/lib/yours/user-results';

const DB = 'crosslingual-dashboard';
const STORE = 'user-models';
const EMPTY: UserModel[] = [];

let models: UserModel[] = EMPTY;
let loaded: Promise<void> | null = null;
const listeners = new Set<() => void>();

function db(): Promise<IDBPDatabase> {
  return openDB(DB, 1, {
    upgrade(d) {
      d.createObjectStore(STORE, { keyPath: 'id' });
    },
  });
}

function publish(next: UserModel[]) {
  models = next;
  listeners.forEach((l) => l());
}

async function reload() {
  const all = (await (await db()).getAll(STORE)) as UserModel[];
  // ISO timestamps: their plain string order is their time order (no collation to load).
  publish(all.sort((a, b) => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0)));
}

function ensureLoaded() {
  if (!loaded && typeof indexedDB !== 'undefined') {
    // Storage can be unavailable (private modes, blocked): the dashboard then works without it.
    loaded = reload().catch(() => undefined);
  }
}

/** Saves `list`, removing the models `replacing` names (ids) in the same transaction. */
export async function saveUserModels(list: UserModel[], replacing: string[] = []): Promise<void> {
  const d = await db();
  const tx = d.transaction(STORE, 'readwrite');
  await Promise.all([...replacing.map((id) => tx.store.delete(id)), ...list.map((m) => tx.store.put(m)), tx.done]);
  await reload();
}

export async function removeUserModel(id: string): Promise<void> {
  await (await db()).delete(STORE, id);
  await reload();
}

export async function removeAllUserModels(): Promise<void> {
  await (await db()).clear(STORE);
  await reload();
}

function subscribe(listener: () => void) {
  ensureLoaded();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const noSubscribe = () => () => {};

/**
 * The imported models; [] on the server and until IndexedDB has answered. `enabled` false:
 * always [], and storage is not opened (an embed shows what its author chose, not the reader's own results).
 */
export function useUserModels(enabled = true): UserModel[] {
  return useSyncExternalStore(
    enabled ? subscribe : noSubscribe,
    () => (enabled ? models : EMPTY),
    () => EMPTY,
  );
}

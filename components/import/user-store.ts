'use client';

/**
 * The reader's imported results, kept in this browser's IndexedDB (never sent anywhere).
 * One shared in-memory copy, loaded once; every view re-renders when it changes, in this
 * tab and (through a BroadcastChannel) in every other open tab of the site.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { useSyncExternalStore } from 'react';
import { labelKey, type UserModel } from '@/lib/yours/user-results';

const DB = 'crosslingual-dashboard';
const STORE = 'user-models';
/** Index of `nameKey` (the name, case and spaces aside): unique, so one name is one model, whichever tab saves. */
const BY_NAME = 'by-name';
const EMPTY: UserModel[] = [];

type Stored = UserModel & { nameKey: string };

let models: UserModel[] = EMPTY;
let loaded: Promise<void> | null = null;
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('crosslingual-dashboard:user-models');

/** Models saved before names were unique: a repeated name gets " (2)", " (3)"… so the index can be built. */
async function makeNamesUnique(tx: IDBPTransaction<unknown, [typeof STORE], 'versionchange'>) {
  const store = tx.objectStore(STORE);
  const seen = new Set<string>();
  for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
    const m = cursor.value as UserModel;
    let label = m.label;
    for (let n = 2; seen.has(labelKey(label)); n++) label = `${m.label} (${n})`;
    seen.add(labelKey(label));
    await cursor.update({ ...m, label, nameKey: labelKey(label) } satisfies Stored);
  }
}

function db(): Promise<IDBPDatabase> {
  return openDB(DB, 2, {
    async upgrade(d, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) d.createObjectStore(STORE, { keyPath: 'id' });
      if (oldVersion < 2) {
        await makeNamesUnique(tx as unknown as IDBPTransaction<unknown, [typeof STORE], 'versionchange'>);
        tx.objectStore(STORE).createIndex(BY_NAME, 'nameKey', { unique: true });
      }
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

/** This tab changed the store: reload here, and tell the other tabs to. */
async function changed() {
  channel?.postMessage('changed');
  await reload();
}

if (channel) channel.onmessage = () => void (loaded ? reload().catch(() => undefined) : undefined);

function ensureLoaded() {
  if (!loaded && typeof indexedDB !== 'undefined') {
    // Storage can be unavailable (private modes, blocked): the dashboard then works without it.
    loaded = reload().catch(() => undefined);
  }
}

/** Saving would repeat the name of these saved models (read inside the saving transaction, so never stale). */
export class NameTaken extends Error {
  constructor(readonly taken: UserModel[]) {
    super('name taken');
  }
}

/**
 * Saves `list` in one transaction. A name already saved (in this tab or another) throws
 * NameTaken unless `replace`, which removes the models of those names in the same transaction.
 */
export async function saveUserModels(list: UserModel[], replace = false): Promise<void> {
  const d = await db();
  const tx = d.transaction(STORE, 'readwrite');
  const byName = tx.store.index(BY_NAME);
  const taken = (await Promise.all(list.map((m) => byName.getAll(labelKey(m.label))))).flat() as UserModel[];
  if (taken.length && !replace) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new NameTaken(taken);
  }
  await Promise.all([...taken.map((m) => tx.store.delete(m.id)), ...list.map((m) => tx.store.add({ ...m, nameKey: labelKey(m.label) } satisfies Stored)), tx.done]);
  await changed();
}

export async function removeUserModel(id: string): Promise<void> {
  await (await db()).delete(STORE, id);
  await changed();
}

export async function removeAllUserModels(): Promise<void> {
  await (await db()).clear(STORE);
  await changed();
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

import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { openKartkaDB } from './storage/db.ts';
const db = openKartkaDB('m');
const rows = Array.from({length: 20000}, (_, i) => ({ id: `i${i}`, kind: 'email', source: 'gmail', providerKey: `k${i}`, rfcMessageId: `r${i}`, direction: 'incoming', participants: [], at: i, attachmentNames: [], personIds: [`p${i%100}`], companyIds: [], createdAt: 0 }));
await db.interactions.bulkAdd(rows as never);
const keys = Array.from({length: 1000}, (_, i) => `k${i*3}`);
let t = performance.now();
const a = await db.transaction('r', db.interactions, () => Promise.all(keys.map(k => db.interactions.where('providerKey').equals(k).toArray())));
console.log('dexie equals', a.flat().length, (performance.now()-t).toFixed(0));
t = performance.now();
const b = await db.transaction('r', db.interactions, async () => {
  const idx = Dexie.currentTransaction.idbtrans.objectStore('interactions').index('providerKey');
  return Promise.all(keys.map(k => new Promise<unknown[]>((res, rej) => { const r = idx.getAll(k); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); })));
});
console.log('raw getAll', b.flat().length, (performance.now()-t).toFixed(0));
t = performance.now();
const c = await db.transaction('r', db.interactions, async () => {
  const idx = Dexie.currentTransaction.idbtrans.objectStore('interactions').index('providerKey');
  return Promise.all(keys.map(k => new Promise<unknown>((res, rej) => { const r = idx.getKey(k); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); })));
});
console.log('raw getKey', c.filter(Boolean).length, (performance.now()-t).toFixed(0));
t = performance.now();
const d = await db.interactions.bulkGet(keys.map(k => 'i' + k.slice(1)));
console.log('bulkGet', d.length, (performance.now()-t).toFixed(0));
t = performance.now();
await db.transaction('rw', db.interactions, () => db.interactions.bulkAdd(rows.slice(0, 1000).map(r => ({...r, id: 'n'+r.id, providerKey: 'n'+r.providerKey})) as never));
console.log('bulkAdd 1000', (performance.now()-t).toFixed(0));

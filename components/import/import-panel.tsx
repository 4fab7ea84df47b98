'use client';

import { useEffect, useRef, useState } from 'react';
import { parseLanguages, parseParams, suggestedModelName, userModelsFromImport } from '@/lib/yours/user-results';
import { FileIntake } from './file-intake';
import type { Job, Result } from './import-job';
import { JobCard } from './job-card';
import { SavedModels } from './saved-models';
import { applyMapping } from './task-mapping';
import { NameTaken, saveUserModels, useUserModels } from './user-store';
import type { WorkerReply } from './import.worker';

let nextId = 1;

/**
 * The import page: files in (each read by its own worker), one card per file to review and
 * name what it holds, and the models already saved in this browser.
 */
export function ImportPanel() {
  const [jobs, setJobs] = useState<Job[]>([]);
  const workers = useRef(new Map<number, Worker>());
  const yours = useUserModels();

  useEffect(() => {
    const all = workers.current;
    return () => all.forEach((w) => w.terminate());
  }, []);

  const update = (id: number, patch: Partial<Job>) => setJobs((list) => list.map((j) => (j.id === id ? { ...j, ...patch } : j)));

  const start = (files: FileList | File[]) => {
    for (const file of Array.from(files)) {
      const id = nextId++;
      const job: Job = { id, file, status: 'reading', loaded: 0, result: null, name: '', params: '', languages: '', mapping: {}, message: '', nameTaken: 0 };
      setJobs((list) => [...list, job]);
      const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
      workers.current.set(id, worker);
      const received: Result['rows'] = [];
      worker.onmessage = (e: MessageEvent<WorkerReply>) => {
        if (e.data.type === 'progress') update(id, { loaded: e.data.loaded });
        else if (e.data.type === 'rows') received.push(...e.data.rows);
        else {
          const result = { ...e.data.result, rows: received };
          update(id, { status: 'review', result, name: suggestedModelName(result, file.name) });
          worker.terminate();
          workers.current.delete(id);
        }
      };
      worker.onerror = (e) => {
        update(id, { status: 'cancelled', message: `The file could not be read: ${e.message || 'the reader stopped'}` });
        worker.terminate();
      };
      worker.postMessage({ file });
    }
  };

  const cancel = (id: number) => {
    workers.current.get(id)?.terminate();
    workers.current.delete(id);
    update(id, { status: 'cancelled', message: 'Cancelled. Nothing was imported.' });
  };

  const save = async (job: Job, replace = false) => {
    const params = parseParams(job.params);
    const { codes, unknown } = parseLanguages(job.languages);
    if (!job.name.trim()) return update(job.id, { message: 'Give the model a name first.' });
    if (Number.isNaN(params)) return update(job.id, { message: `"${job.params}" is not a parameter count (examples: 560M, 7.1B, 13000000000).` });
    if (unknown.length) return update(job.id, { message: `Unknown language codes: ${unknown.join(', ')}. Use ISO 639-1 codes such as en, fr, th.` });
    const result = await applyMapping(job);
    const models = userModelsFromImport(result, { name: job.name.trim().slice(0, 120), file: job.file.name, params, pretrainingLanguages: codes, importedAt: new Date().toISOString() });
    try {
      await saveUserModels(models, replace);
      update(job.id, { status: 'saved', result, message: '', nameTaken: 0 });
    } catch (error) {
      if (!(error instanceof NameTaken)) return update(job.id, { message: 'This browser would not store the results (storage blocked or full).' });
      // Read in the saving transaction: a model saved in another tab a moment ago counts too.
      const taken = error.taken;
      const which = taken.map((m) => `“${m.label}” (from ${m.file}, ${m.importedAt.slice(0, 10)})`).join(', ');
      update(job.id, {
        nameTaken: taken.length,
        message: `${taken.length === 1 ? 'A model' : 'Models'} of this name ${taken.length === 1 ? 'is' : 'are'} already saved in this browser: ${which}. Replace ${taken.length === 1 ? 'it' : 'them'} with this file's results, or change the name.`,
      });
    }
  };

  return (
    <>
      <FileIntake onFiles={start} />

      {jobs.map((job) => (
        <JobCard key={job.id} job={job} onChange={(patch) => update(job.id, patch)} onCancel={() => cancel(job.id)} onSave={(replace) => save(job, replace)} onDiscard={() => update(job.id, { status: 'discarded' })} />
      ))}

      <SavedModels yours={yours} />
    </>
  );
}

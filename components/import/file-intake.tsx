'use client';

import { useState } from 'react';
import { CSV_TEMPLATE } from '@/lib/importers/csv-template';
import { downloadBlob } from '@/components/charts/download-blob';

/** Where files come in: a file picker that also takes drops, and the CSV template. */
export function FileIntake({ onFiles }: { onFiles: (files: FileList) => void }) {
  const [dragging, setDragging] = useState(false);
  return (
    <section aria-labelledby="pick-heading">
      <h2 id="pick-heading">Add a results file</h2>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (e.dataTransfer.files.length) onFiles(e.dataTransfer.files);
        }}
      >
        <label className="file-label">
          Choose files (or drop them here)
          <input
            type="file"
            multiple
            accept=".json,.yaml,.yml,.md,.csv,application/json,text/csv,text/markdown"
            onChange={(e) => {
              if (e.target.files?.length) onFiles(e.target.files);
              e.target.value = '';
            }}
          />
        </label>
        <p className="note">lm-evaluation-harness results JSON · Hugging Face model card (README.md or its model-index YAML) · HELM groups/*.json · the dashboard CSV</p>
      </div>
      <p>
        <button type="button" className="link-button" onClick={() => downloadBlob(new Blob([CSV_TEMPLATE], { type: 'text/csv;charset=utf-8' }), 'results-template.csv')}>
          Download the CSV template
        </button>
      </p>
    </section>
  );
}

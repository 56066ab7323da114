// What an upload's status means to the progress bar.

import type { UploadInfo, UploadState } from '../../api/types';

export function uploadEnded(status: UploadState): boolean {
  return status === 'Done' || status === 'Failed';
}

/** The bar's value in percent: 100 once done, the server's fraction (clamped) before. */
export function uploadPercent(upload: Pick<UploadInfo, 'status' | 'progress'>): number {
  if (upload.status === 'Done') return 100;
  const fraction = Number.isFinite(upload.progress) ? Math.min(1, Math.max(0, upload.progress)) : 0;
  return Math.round(fraction * 100);
}

/** A line for the bar's label: the stage and its percent, or the error. */
export function uploadLabel(upload: Pick<UploadInfo, 'status' | 'progress' | 'error' | 'chunks'>): string {
  if (upload.status === 'Failed') return `Failed: ${upload.error ?? 'unknown error'}`;
  if (upload.status === 'Done') return upload.chunks != null ? `Done, ${upload.chunks} chunks` : 'Done';
  return `${upload.status} ${uploadPercent(upload)}%`;
}

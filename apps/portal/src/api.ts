/** The portal API's answers, typed by hand (plain fetch to /portal/api, no session). */

export interface Place {
  id: string;
  code: string;
  name: string;
  level: 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP';
  parentId: string | null;
}

export interface Receipt {
  queryCode: string;
  officeName: string;
  registerBy: string;
  nextSteps: string[];
}

export interface Captcha {
  captchaId: string;
  svg: string;
}

export interface PetitionerStatus {
  step: string;
  steps: string[];
  summary: string;
  deadlines: { label: string; deadline: string; holder: 'OFFICE' | 'PETITIONER' }[];
  officeName: string;
  title: string;
  submittedAt: string;
  registerBy: string;
  status: 'SUBMITTED' | 'REGISTERED' | 'REJECTED';
  rejectionReason: string | null;
  caseNumber: string | null;
  instruments: { id: string; title: string; documentNumber: string; issuedOn: string }[];
  canRate: boolean;
  rating: string | null;
}

/** A refusal of the API: its stable code, the Chinese message to show, and its details. */
export class PortalError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/portal/api/${path}`, { ...init, credentials: 'omit' });
  } catch {
    throw new PortalError('NETWORK', '网络连接失败，请检查网络后重试');
  }
  const body = (await response.json().catch(() => null)) as { code?: string; message?: string; details?: Record<string, unknown> } | null;
  if (!response.ok) throw new PortalError(body?.code ?? 'INTERNAL', body?.message ?? '服务暂时不可用，请稍后再试', body?.details ?? {});
  return body as T;
}

/** A file the API sends (an instrument): its bytes and the name the API gives it. */
export interface DownloadedFile {
  content: Blob;
  fileName: string;
}

async function download(path: string, init: RequestInit, fallbackName: string): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(`/portal/api/${path}`, { ...init, credentials: 'omit' });
  } catch {
    throw new PortalError('NETWORK', '网络连接失败，请检查网络后重试');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { code?: string; message?: string } | null;
    throw new PortalError(body?.code ?? 'INTERNAL', body?.message ?? '服务暂时不可用，请稍后再试');
  }
  const name = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  return { content: await response.blob(), fileName: name ? decodeURIComponent(name) : fallbackName };
}

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

export const portalApi = {
  places: () => call<{ places: Place[] }>('places').then((r) => r.places),
  captcha: () => call<Captcha>('captcha'),
  submit: (petition: Record<string, unknown>, files: File[]) => {
    const form = new FormData();
    form.append('petition', JSON.stringify(petition));
    for (const file of files) form.append('files', file, file.name);
    return call<Receipt>('submissions', { method: 'POST', body: form });
  },
  status: (queryCode: string, idNumberTail: string) => call<PetitionerStatus>('status', json({ queryCode, idNumberTail })),
  instrument: (queryCode: string, idNumberTail: string, instrument: { id: string; title: string }) =>
    download(`instruments/${instrument.id}`, json({ queryCode, idNumberTail }), `${instrument.title}.docx`),
  rate: (queryCode: string, idNumberTail: string, rating: string) => call<{ rated: true }>('rate', json({ queryCode, idNumberTail, rating })),
  rateByToken: (token: string, rating: string) => call<{ rated: true }>('rate-by-token', json({ token, rating })),
};

import { parsePhone } from '../../../../libs/common/src/pii/phone';
import type { CaseKind, Channel, PetitionerInput, RegisterCaseInput, RepeatCandidatesInput } from '../gql/graphql';
import { idNumberFeedback } from './id-number';

/** At most five representatives speak for a group visit (《信访工作条例》第十八条); the server refuses more. */
export const MAX_VISIT_REPRESENTATIVES = 5;

/** Five or more person-times make a collective petition (集体访), as the server's generated column says. */
export const COLLECTIVE_MIN_PERSONS = 5;

/** The longest reason the server takes for registering a strong match as a new matter. */
export const NEW_MATTER_REASON_MAX = 500;

/** The text the repeat check needs before it searches by wording alone (the server's own minimum). */
export const REPEAT_TEXT_MIN = 4;

/** One petitioner as the form holds it: every field may still be empty or padded. */
export interface PetitionerValues {
  name?: string;
  idNumber?: string;
  phone?: string;
  email?: string;
  address?: string;
  representative?: boolean;
}

/** The registration form's values; the names are those of `RegisterCaseInput`. */
export interface RegistrationValues {
  channel?: Channel;
  kind?: CaseKind;
  categoryId?: string;
  title?: string;
  content?: string;
  problemJurisdictionId?: string;
  petitioners?: (PetitionerValues | undefined)[];
  personCount?: number | null;
  accusedUnitId?: string;
  leaderOwnerId?: string;
  receptionId?: string;
}

/** What the clerk said about the repeat candidates: nothing, "this repeats that case", or why it is new. */
export type RepeatChoice = { kind: 'none' } | { kind: 'link'; caseId: string; number: string } | { kind: 'new'; reason: string };

const trimmed = (value: string | undefined | null): string | undefined => value?.trim() || undefined;

/** Fields a person wrote, trimmed; empty ones left out so the server's defaults apply. */
function petitionerInput(values: PetitionerValues): PetitionerInput {
  const idNumber = trimmed(values.idNumber)?.toUpperCase();
  const phone = trimmed(values.phone);
  const email = trimmed(values.email);
  const address = trimmed(values.address);
  return {
    name: values.name?.trim() ?? '',
    ...(idNumber ? { idNumber } : {}),
    ...(phone ? { phone } : {}),
    ...(email ? { email } : {}),
    ...(address ? { address } : {}),
    representative: values.representative === true,
  };
}

/**
 * The mutation's input from the form: texts trimmed, empty optional fields dropped, fields that do
 * not apply to the channel or kind dropped (an accused unit only for 检举控告, a reception day
 * only for 来访), person-times only when the clerk gave them, and the repeat choice.
 */
export function registerCaseInput(values: RegistrationValues, choice: RepeatChoice): RegisterCaseInput {
  const petitioners = (values.petitioners ?? []).filter((p): p is PetitionerValues => p != null).map(petitionerInput);
  const accusedUnitId = values.kind === 'ACCUSATION' ? trimmed(values.accusedUnitId) : undefined;
  const receptionId = values.channel === 'VISIT' ? trimmed(values.receptionId) : undefined;
  const leaderOwnerId = trimmed(values.leaderOwnerId);
  const reason = choice.kind === 'new' ? choice.reason.trim() : '';
  return {
    channel: values.channel!,
    kind: values.kind!,
    categoryId: values.categoryId!,
    title: values.title?.trim() ?? '',
    content: values.content?.trim() ?? '',
    problemJurisdictionId: values.problemJurisdictionId!,
    petitioners,
    ...(values.personCount != null ? { personCount: values.personCount } : {}),
    ...(accusedUnitId ? { accusedUnitId } : {}),
    ...(leaderOwnerId ? { leaderOwnerId } : {}),
    ...(receptionId ? { receptionId } : {}),
    ...(choice.kind === 'link' ? { repeatOfId: choice.caseId } : {}),
    ...(reason ? { newMatterReason: reason } : {}),
  };
}

/**
 * Whether the petitioner at `index` may be marked a representative: in a visit, the sixth and
 * later representatives (in the form's order) are refused, as the server refuses the whole group.
 */
export function representativeProblemAt(channel: Channel | undefined, petitioners: readonly (PetitionerValues | undefined)[], index: number): string | null {
  if (channel !== 'VISIT' || petitioners[index]?.representative !== true) return null;
  const before = petitioners.slice(0, index + 1).filter((p) => p?.representative === true).length;
  return before > MAX_VISIT_REPRESENTATIVES ? `集体来访推选的代表不得超过 ${MAX_VISIT_REPRESENTATIVES} 人，此人不能再列为代表` : null;
}

/** The whole group's representative rule, as the server states it. */
export function representativeProblem(channel: Channel | undefined, petitioners: readonly (PetitionerValues | undefined)[]): string | null {
  const count = petitioners.filter((p) => p?.representative === true).length;
  return channel === 'VISIT' && count > MAX_VISIT_REPRESENTATIVES ? `集体来访推选的代表不得超过 ${MAX_VISIT_REPRESENTATIVES} 人（现有 ${count} 人）` : null;
}

/** Person-times may exceed the petitioners registered by name, never fall below them. */
export function personCountProblem(personCount: number | null | undefined, petitionerCount: number): string | null {
  if (personCount == null) return null;
  if (!Number.isInteger(personCount) || personCount < 1) return '人次应为正整数';
  return personCount < petitionerCount ? `人次（${personCount}）不能少于登记的信访人数（${petitionerCount}）` : null;
}

/** The person-times the case will count: the clerk's figure, or the number of petitioners. */
export function effectivePersonCount(personCount: number | null | undefined, petitionerCount: number): number {
  return personCount ?? petitionerCount;
}

export function isCollective(personCount: number): boolean {
  return personCount >= COLLECTIVE_MIN_PERSONS;
}

/**
 * An antd Form rule for an ID number while it is typed: a wrong character or check character at
 * once, an unfinished number left alone (`idNumberValidator` refuses that when the field is left).
 */
export function idNumberWhileTyping(_rule: unknown, value: string | undefined): Promise<void> {
  const feedback = idNumberFeedback(value ?? '');
  return feedback.status === 'error' ? Promise.reject(new Error(feedback.message)) : Promise.resolve();
}

/** An antd Form rule for a phone field: mobile or landline with area code, empty allowed. */
export function phoneValidator(_rule: unknown, value: string | undefined): Promise<void> {
  if (!value?.trim()) return Promise.resolve();
  const result = parsePhone(value);
  return result.ok ? Promise.resolve() : Promise.reject(new Error(result.message));
}

/**
 * What to ask the repeat check while the clerk types: the complete valid ID numbers and phones, the
 * title and the content; null while there is too little to search by (the server refuses that).
 */
export function repeatQueryOf(values: RegistrationValues): Required<RepeatCandidatesInput> | null {
  const petitioners = (values.petitioners ?? []).filter((p): p is PetitionerValues => p != null);
  const idNumbers = [...new Set(petitioners.map((p) => p.idNumber?.trim().toUpperCase() ?? '').filter((id) => idNumberFeedback(id).status === 'ok'))];
  const phones = [
    ...new Set(
      petitioners.flatMap((p) => {
        const parsed = p.phone?.trim() ? parsePhone(p.phone) : null;
        return parsed?.ok ? [parsed.value] : [];
      }),
    ),
  ];
  const title = values.title?.trim() ?? '';
  const content = values.content?.trim().slice(0, 1000) ?? '';
  if (!idNumbers.length && !phones.length && `${title} ${content}`.trim().length < REPEAT_TEXT_MIN) return null;
  return { title, content, idNumbers, phones };
}

/** A node of an antd TreeSelect, with whatever else a caller shows of it. */
export type TreeNode<Extra = object> = Extra & {
  value: string;
  title: string;
  disabled?: boolean;
  children?: TreeNode<Extra>[];
};

/**
 * A flat list in tree order (parents before children) as nested nodes; an item whose parent is not
 * in the list (the top of the caller's subtree) is a root.
 */
export function treeOf<T extends { id: string; parentId?: string | null }, Extra = object>(
  items: readonly T[],
  node: (item: T) => Omit<TreeNode<Extra>, 'value' | 'children'>,
): TreeNode<Extra>[] {
  const byId = new Map<string, TreeNode<Extra>>();
  const roots: TreeNode<Extra>[] = [];
  for (const item of items) byId.set(item.id, { ...node(item), value: item.id } as TreeNode<Extra>);
  for (const item of items) {
    const parent = item.parentId ? byId.get(item.parentId) : undefined;
    const self = byId.get(item.id)!;
    if (parent) (parent.children ??= []).push(self);
    else roots.push(self);
  }
  return roots;
}

/** A case the server named in a REPEAT_UNRESOLVED refusal. */
export interface RefusedMatch {
  id: string;
  number: string;
  state: string;
  registeredOn: string;
}

/** A form field the server refused: its path in the form and the reasons. */
export interface FieldProblem {
  name: (string | number)[];
  errors: string[];
}

/** The server's refusal of a registration, sorted by where the page shows it. */
export interface RegistrationRefusal {
  /** Shown next to the repeat candidates: REPEAT_UNRESOLVED or ALREADY_FINALIZED. */
  repeat: { code: 'REPEAT_UNRESOLVED' | 'ALREADY_FINALIZED'; message: string; matches: RefusedMatch[] } | null;
  /** Shown next to their fields. */
  fields: FieldProblem[];
  /** Shown above the submit button when no field or candidate holds it. */
  message: string | null;
}

/** The shape of a GraphQL error as Apollo hands it over. */
export interface ApiError {
  message: string;
  extensions?: Record<string, unknown> | null;
}

const FORM_FIELDS = new Set([
  'channel',
  'kind',
  'categoryId',
  'title',
  'content',
  'problemJurisdictionId',
  'petitioners',
  'personCount',
  'accusedUnitId',
  'leaderOwnerId',
  'receptionId',
]);

/**
 * A field path of the server (`input.petitioners.0.idNumber` from input validation,
 * `petitioners[0].idNumber` from the identity checks) as the form's name path; null when the field
 * is not one the form shows (the repeat choice, the list of petitioners as a whole).
 */
export function formFieldOf(path: string): (string | number)[] | null {
  const parts = path
    .replace(/^input\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  if (!parts.length || !FORM_FIELDS.has(String(parts[0]))) return null;
  // The list as a whole has no field of its own to show a message beside; one petitioner's field has.
  return parts[0] === 'petitioners' && parts.length < 3 ? null : parts;
}

/** Sorts the server's answer to `registerCase` for the page: the repeat panel, the fields, or one message. */
export function registrationRefusalOf(error: ApiError | undefined): RegistrationRefusal {
  const none: RegistrationRefusal = { repeat: null, fields: [], message: null };
  if (!error) return { ...none, message: '网络连接失败，请稍后再试' };
  const extensions = error.extensions ?? {};
  const details = (extensions.details ?? {}) as Record<string, unknown>;
  if (extensions.code === 'REPEAT_UNRESOLVED' || extensions.code === 'ALREADY_FINALIZED') {
    const matches = Array.isArray(details.matches) ? (details.matches as RefusedMatch[]) : [];
    return { ...none, repeat: { code: extensions.code, message: error.message, matches } };
  }
  if (extensions.code === 'VALIDATION') {
    const fields: FieldProblem[] = [];
    const listed = (details.fields ?? {}) as Record<string, string[]>;
    for (const [path, errors] of Object.entries(listed)) {
      const name = formFieldOf(path);
      if (name) fields.push({ name, errors });
    }
    const single = typeof details.field === 'string' ? details.field : typeof extensions.field === 'string' ? extensions.field : null;
    const name = single ? formFieldOf(single) : null;
    if (name && !fields.some((f) => f.name.join('.') === name.join('.'))) fields.push({ name, errors: [error.message] });
    return { ...none, fields, message: fields.length ? null : error.message };
  }
  return { ...none, message: error.message };
}

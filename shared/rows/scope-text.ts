import { t, type Bilingual } from '../i18n/messages.ts';
import type { RecipientScope } from '../model/recipient.ts';
import { normalizeText } from '../parse/text-normalize.ts';

type ScopeField = keyof RecipientScope;

/** Names planners give the scope's parts (compared lower-cased). */
const FIELD_NAMES: Readonly<Record<string, ScopeField>> = {
  category: 'categories',
  categories: 'categories',
  类别: 'categories',
  分类: 'categories',
  region: 'regions',
  regions: 'regions',
  地区: 'regions',
  区域: 'regions',
  owner: 'owners',
  owners: 'owners',
  责任处室: 'owners',
  处室: 'owners',
  责任单位: 'owners',
};

/** Texts that mean "everything". */
const ALL = new Set(['', '全部', '所有', 'all', '*']);

/**
 * Reads a recipient's scope: `类别:营商环境,质量提升; 地区:吴兴区; 责任处室:登记处`, or
 * `category=…;region=…;owner=…`; empty (or 全部/all) means everything. Names are kept as
 * typed (trimmed) so they compare equal to the Indicators table's cells.
 */
export function parseScopeText(
  input: string,
): { ok: true; scope: RecipientScope } | { ok: false; message: Bilingual } {
  const scope: RecipientScope = { categories: [], regions: [], owners: [] };
  const text = input.trim();
  if (ALL.has(text.toLowerCase())) return { ok: true, scope };
  for (const clause of text.split(/[;；\n]/)) {
    if (clause.trim() === '') continue;
    const m = /^([^:：=]+)[:：=](.*)$/.exec(clause.trim());
    const field = m ? FIELD_NAMES[normalizeText(m[1] ?? '').toLowerCase()] : undefined;
    if (!m || !field)
      return { ok: false, message: t('row.scope_invalid', { value: clause.trim() }) };
    const names = (m[2] ?? '')
      .split(/[,，、]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    scope[field].push(...names.filter((n) => !scope[field].includes(n)));
  }
  return { ok: true, scope };
}

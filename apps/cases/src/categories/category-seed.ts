import type { EntityManager } from 'typeorm';
import { CategoryStore, type RootTenant } from './category.store.js';
import { ORDINAL_STEP } from './domain/category-tree.js';

export interface StandardCategory {
  code: string;
  name: string;
  children?: StandardCategory[];
}

/** The categories petition offices commonly classify by; each province adapts its own copy. */
export const STANDARD_CATEGORIES: StandardCategory[] = [
  {
    code: 'URBAN_RURAL_CONSTRUCTION',
    name: '城乡建设',
    children: [
      { code: 'HOUSING_EXPROPRIATION', name: '房屋征收' },
      { code: 'PROPERTY_MANAGEMENT', name: '物业管理' },
      { code: 'HOUSING_SECURITY', name: '住房保障' },
      { code: 'REAL_ESTATE', name: '房地产开发与交易' },
    ],
  },
  {
    code: 'LABOUR_SOCIAL_SECURITY',
    name: '劳动和社会保障',
    children: [
      { code: 'WAGE_ARREARS', name: '拖欠工资' },
      { code: 'SOCIAL_INSURANCE', name: '社会保险' },
      { code: 'LABOUR_RELATIONS', name: '劳动关系' },
    ],
  },
  {
    code: 'LAW_AND_LITIGATION',
    name: '涉法涉诉（政法）',
    children: [
      { code: 'COURT_MATTERS', name: '法院' },
      { code: 'PROCURATORATE_MATTERS', name: '检察' },
      { code: 'PUBLIC_SECURITY_MATTERS', name: '公安' },
      { code: 'JUDICIAL_ADMINISTRATION', name: '司法行政' },
    ],
  },
  {
    code: 'AGRICULTURE_RURAL',
    name: '农业农村',
    children: [
      { code: 'LAND_CONTRACTING', name: '土地承包' },
      { code: 'RURAL_COLLECTIVE_ASSETS', name: '农村集体资产' },
      { code: 'FARM_SUBSIDIES', name: '惠农补贴' },
    ],
  },
  {
    code: 'NATURAL_RESOURCES',
    name: '自然资源',
    children: [
      { code: 'LAND_REQUISITION_COMPENSATION', name: '征地补偿' },
      { code: 'LAND_OWNERSHIP', name: '土地权属' },
      { code: 'MINERAL_RESOURCES', name: '矿产资源' },
    ],
  },
  {
    code: 'ECONOMIC_MANAGEMENT',
    name: '经济管理',
    children: [
      { code: 'ENTERPRISE_RESTRUCTURING', name: '企业改制' },
      { code: 'ILLEGAL_FUNDRAISING', name: '非法集资' },
    ],
  },
  {
    code: 'CIVIL_AFFAIRS',
    name: '民政',
    children: [
      { code: 'SOCIAL_ASSISTANCE', name: '社会救助' },
      { code: 'VETERANS_SUPPORT', name: '优抚安置' },
    ],
  },
  {
    code: 'HEALTH',
    name: '卫生健康',
    children: [
      { code: 'MEDICAL_DISPUTES', name: '医疗纠纷' },
      { code: 'MEDICAL_INSURANCE', name: '医疗保障' },
    ],
  },
  {
    code: 'MARKET_REGULATION',
    name: '市场监管',
    children: [
      { code: 'FOOD_DRUG_SAFETY', name: '食品药品安全' },
      { code: 'CONSUMER_RIGHTS', name: '消费维权' },
    ],
  },
  {
    code: 'EDUCATION',
    name: '教育',
    children: [
      { code: 'SCHOOL_ENROLMENT', name: '入学招生' },
      { code: 'TEACHER_TREATMENT', name: '教师待遇' },
    ],
  },
  {
    code: 'TRANSPORT',
    name: '交通运输',
    children: [
      { code: 'ROAD_CONSTRUCTION', name: '道路建设' },
      { code: 'TAXI_RIDE_HAILING', name: '出租车与网约车' },
    ],
  },
  {
    code: 'ECOLOGY_ENVIRONMENT',
    name: '生态环境',
    children: [
      { code: 'AIR_POLLUTION', name: '大气污染' },
      { code: 'WATER_POLLUTION', name: '水污染' },
      { code: 'NOISE_POLLUTION', name: '噪声污染' },
    ],
  },
  {
    code: 'DISCIPLINE_SUPERVISION',
    name: '纪检监察',
    children: [
      { code: 'DISCIPLINE_VIOLATIONS', name: '违反党纪' },
      { code: 'DUTY_CRIMES', name: '职务违法犯罪' },
    ],
  },
  { code: 'OTHER', name: '其他' },
];

/**
 * Gives a province the standard tree, inside the caller's transaction. Idempotent by code: a node
 * that exists is left as the administrators made it (renamed, reordered or deactivated).
 * Returns how many nodes were created.
 */
export async function seedCategoryTree(em: EntityManager, rootTenant: RootTenant): Promise<number> {
  const store = new CategoryStore();
  const existing = new Map((await store.treeOf(em, rootTenant.id)).map((c) => [c.code, c]));
  let created = 0;
  const plant = async (nodes: StandardCategory[], parentId: string | null) => {
    for (const [index, node] of nodes.entries()) {
      let category = existing.get(node.code);
      if (!category) {
        category = await store.insert(em, rootTenant, { parentId, code: node.code, name: node.name, ordinal: (index + 1) * ORDINAL_STEP });
        created++;
      }
      await plant(node.children ?? [], category.id);
    }
  };
  await plant(STANDARD_CATEGORIES, null);
  return created;
}
